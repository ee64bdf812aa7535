// Every affiliation of one person (over time), with the organisation's name.
// $id: str
MATCH (p:Person {id: $id})-[r:AFFILIATED_WITH]->(o:Organisation)
RETURN o.id AS organisation, o.name AS name, r.role AS role, r.since AS since, r.until AS until
ORDER BY since, name
