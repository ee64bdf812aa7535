// Delete every node except the built-in reference data (support types, built-in areas), in transactions
// of $batch nodes (must run auto-commit); the schema is left alone. A fresh start without DDL.
// $builtin_source: str, $batch: int
MATCH (n)
WHERE NOT (n:SupportType OR (n:Area AND n.source = $builtin_source))
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS
