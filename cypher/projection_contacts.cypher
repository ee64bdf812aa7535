// KNOWS ties that exist on $as_of (from their since on), each undirected tie once, packed as one list.
// $as_of: date
MATCH (p:Person)-[r:KNOWS]->(q:Person)
WHERE r.since IS NULL OR r.since <= $as_of
RETURN collect([p.id, q.id, r.strength]) AS rows
