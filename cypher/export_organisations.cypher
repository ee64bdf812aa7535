// Every organisation's properties, ordered by id (for the CSV/XLSX export).
// no parameters
MATCH (o:Organisation)
RETURN properties(o) AS props
ORDER BY o.id
