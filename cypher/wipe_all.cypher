// Delete every node and relationship, in transactions of $batch nodes (must run auto-commit).
// $batch: int
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS
