// Every affiliation (past, current and future) with one organisation, with the person's name.
// $id: str
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation {id: $id})
RETURN p.id AS person, p.name AS name, r.role AS role, r.since AS since, r.until AS until
ORDER BY name, since
