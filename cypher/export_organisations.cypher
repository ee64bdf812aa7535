// Every organisation's properties, ordered by id (for the CSV/XLSX export).
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (o:Organisation)
RETURN [k IN keys(o) WHERE NOT k IN $bookkeeping | [k, o[k]]] AS props
ORDER BY o.id
