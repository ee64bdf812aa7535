// Every PARTNERS_WITH with its endpoints.
// no parameters
MATCH (a:Organisation)-[r:PARTNERS_WITH]->(b:Organisation)
RETURN a.id AS organisation_id, b.id AS partner_id, properties(r) AS props
ORDER BY r.id
