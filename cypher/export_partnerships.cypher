// Every PARTNERS_WITH with its endpoints.
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (a:Organisation)-[r:PARTNERS_WITH]->(b:Organisation)
RETURN a.id AS organisation_id, b.id AS partner_id, [k IN keys(r) WHERE NOT k IN $bookkeeping | [k, r[k]]] AS props
ORDER BY r.id
