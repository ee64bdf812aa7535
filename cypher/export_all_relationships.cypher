// Every relationship with its endpoints' keys, type and properties (the JSON backup), without credentials.
// no parameters
MATCH (a)-[r]->(b)
WHERE NOT a:User AND NOT a:ApiToken AND NOT b:User AND NOT b:ApiToken
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
