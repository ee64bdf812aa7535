// Every AFFILIATED_WITH with its endpoints (for the CSV/XLSX export).
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
RETURN p.id AS person_id, o.id AS organisation_id, [k IN keys(r) WHERE NOT k IN $bookkeeping | [k, r[k]]] AS props
ORDER BY person_id, organisation_id, r.role
