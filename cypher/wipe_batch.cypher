// Delete up to $limit nodes with their relationships; returns how many were deleted.
// $limit: int
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
