// Referrals dated up to $as_of summed per (from, to, status), packed as one list; `recent` = after $recent_from.
// $as_of: date, $recent_from: date
MATCH (a:Organisation)-[r:REFERRED]->(b:Organisation)
WHERE r.date <= $as_of
WITH a.id AS source, b.id AS target, coalesce(r.status, 'sent') AS status,
     sum(coalesce(r.count, 1)) AS count,
     sum(CASE WHEN r.date > $recent_from THEN coalesce(r.count, 1) ELSE 0 END) AS recent
RETURN collect([source, target, status, count, recent]) AS rows
