// Referral outcomes received per organisation up to $until: accepted (accepted+completed) and decided.
// $until: date
MATCH (:Organisation)-[r:REFERRED]->(b:Organisation)
WHERE r.date <= $until
WITH b.id AS id,
     sum(CASE WHEN r.status IN ['accepted', 'completed'] THEN coalesce(r.count, 1) ELSE 0 END) AS accepted,
     sum(CASE WHEN r.status IN ['accepted', 'completed', 'rejected', 'no_capacity']
              THEN coalesce(r.count, 1) ELSE 0 END) AS decided
RETURN id, accepted, decided
