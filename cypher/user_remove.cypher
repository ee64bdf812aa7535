// Delete a user and the API tokens they hold; no row when the user is unknown.
// $username: str
MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[:HOLDS]->(t:ApiToken)
WITH u, collect(t) AS tokens
FOREACH (t IN tokens | DETACH DELETE t)
DETACH DELETE u
RETURN size(tokens) AS tokens
