// Areas not (unchanged) from the built-in reference data, with their parent gebied.
// $builtin_source: str
MATCH (a:Area)
WHERE a.source IS NULL OR a.source <> $builtin_source
OPTIONAL MATCH (a)-[:PART_OF]->(g:Area)
RETURN properties(a) AS props, g.id AS parent
ORDER BY a.id
