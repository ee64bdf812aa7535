// Count relationships per type.
// no parameters
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
