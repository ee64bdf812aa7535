// Business nodes with their labels, id and properties without bookkeeping (the business hash).
// $labels: list of business labels
// $bookkeeping: list of property names left out (bookkeeping every write sets)
// Bookkeeping holds zoned datetimes, whose decoding is most of the time of a whole-graph read.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN labels(n) AS labels, n.id AS id, [k IN keys(n) WHERE NOT k IN $bookkeeping | [k, n[k]]] AS props
