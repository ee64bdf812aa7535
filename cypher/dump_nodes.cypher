// Every node with its labels and properties, ordered by id (for backups and content hashes).
// no parameters
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
