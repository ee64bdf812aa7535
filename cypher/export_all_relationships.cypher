// Every relationship with its endpoints' keys, type and properties (the JSON backup).
// no parameters
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
