// Referrals dated up to $as_of, one packed row each; `recent` = after $recent_from (the caller sums them).
// $as_of: date, $recent_from: date
MATCH (a:Organisation)-[r:REFERRED]->(b:Organisation)
WHERE r.date <= $as_of
RETURN collect([a.id, b.id, coalesce(r.status, 'sent'), coalesce(r.count, 1), r.date > $recent_from]) AS rows
