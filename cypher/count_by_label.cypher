// Count nodes per label (a node with several labels counts under each).
// no parameters
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
