// Every person's properties, ordered by id (for the CSV/XLSX export).
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (p:Person)
RETURN [k IN keys(p) WHERE NOT k IN $bookkeeping | [k, p[k]]] AS props
ORDER BY p.id
