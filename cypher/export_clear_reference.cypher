// Delete the built-in reference data (support types, built-in areas) before a restore brings it back.
// $builtin_source: str
MATCH (n)
WHERE n:SupportType OR (n:Area AND n.source = $builtin_source)
DETACH DELETE n
RETURN count(*) AS deleted
