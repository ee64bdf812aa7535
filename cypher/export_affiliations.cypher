// Every AFFILIATED_WITH with its endpoints (for the CSV/XLSX export).
// no parameters
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
RETURN p.id AS person_id, o.id AS organisation_id, properties(r) AS props
ORDER BY person_id, organisation_id, r.role
