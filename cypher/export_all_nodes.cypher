// Every node with a key, its labels and properties (the JSON backup).
// no parameters
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
