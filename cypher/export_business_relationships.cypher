// Business relationships with their endpoints' labels and ids, properties without bookkeeping.
// $types: list of business relationship types
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
RETURN type(r) AS type, labels(a) AS start_labels, a.id AS start_id, labels(b) AS end_labels,
       b.id AS end_id, [k IN keys(r) WHERE NOT k IN $bookkeeping | [k, r[k]]] AS props
