// Every KNOWS tie with its endpoints (stored from the smaller id).
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (p:Person)-[r:KNOWS]->(q:Person)
RETURN p.id AS person_id, q.id AS other_person_id, [k IN keys(r) WHERE NOT k IN $bookkeeping | [k, r[k]]] AS props
ORDER BY person_id, other_person_id
