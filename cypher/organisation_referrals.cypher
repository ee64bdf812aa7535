// Referrals into and out of one organisation up to $as_of, summed per counterpart, direction and status.
// $id: str, $as_of: date
MATCH (o:Organisation {id: $id})-[r:REFERRED]-(other:Organisation)
WHERE r.date <= $as_of
RETURN CASE WHEN startNode(r) = o THEN 'out' ELSE 'in' END AS direction,
       other.id AS organisation, other.name AS name, r.status AS status, sum(r.count) AS count
ORDER BY direction, count DESC, name
