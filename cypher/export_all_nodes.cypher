// Every node with a key, its labels and properties (the JSON backup); credentials are never exported.
// no parameters
MATCH (n)
WHERE NOT n:User AND NOT n:ApiToken
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
