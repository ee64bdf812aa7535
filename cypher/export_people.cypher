// Every person's properties, ordered by id (for the CSV/XLSX export).
// no parameters
MATCH (p:Person)
RETURN properties(p) AS props
ORDER BY p.id
