// Every REFERRED with its endpoints.
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (a:Organisation)-[r:REFERRED]->(b:Organisation)
RETURN a.id AS from_organisation_id, b.id AS to_organisation_id, [k IN keys(r) WHERE NOT k IN $bookkeeping | [k, r[k]]] AS props
ORDER BY r.id
