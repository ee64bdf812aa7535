// Every REFERRED with its endpoints.
// no parameters
MATCH (a:Organisation)-[r:REFERRED]->(b:Organisation)
RETURN a.id AS from_organisation_id, b.id AS to_organisation_id, properties(r) AS props
ORDER BY r.id
