// KNOWS ties existing on $as_of, packed; the caller keeps those between two people with a current affiliation.
// $as_of: date
MATCH (p:Person)-[r:KNOWS]->(q:Person)
WHERE r.since IS NULL OR r.since <= $as_of
RETURN collect([p.id, q.id, r.strength]) AS rows
