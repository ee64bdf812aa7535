// Areas not (unchanged) from the built-in reference data, with their parent gebied.
// $builtin_source: str
// $bookkeeping: list of property names left out (bookkeeping every write sets)
MATCH (a:Area)
WHERE a.source IS NULL OR a.source <> $builtin_source
OPTIONAL MATCH (a)-[:PART_OF]->(g:Area)
RETURN [k IN keys(a) WHERE NOT k IN $bookkeeping | [k, a[k]]] AS props, g.id AS parent
ORDER BY a.id
