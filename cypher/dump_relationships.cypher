// Every relationship with its type, endpoint ids and properties (for backups and content hashes).
// no parameters
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props
