// Every HAS_DEMAND with its area code and need.
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (a:Area)-[r:HAS_DEMAND]->(s:SupportType)
RETURN a.id AS area, s.id AS need, [k IN keys(r) WHERE NOT k IN $bookkeeping | [k, r[k]]] AS props
ORDER BY area, need, r.period
