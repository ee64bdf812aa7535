// KNOWS ties that exist on $as_of (from their since on), each undirected tie once.
// $as_of: date
MATCH (p:Person)-[r:KNOWS]->(q:Person)
WHERE r.since IS NULL OR r.since <= $as_of
RETURN p.id AS person, q.id AS other, r.strength AS strength
