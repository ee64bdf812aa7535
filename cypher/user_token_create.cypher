// Create an API token (only its sha256 is stored) held by a user; no row when the user is unknown.
// $username: str, $token: {id, hash, label, created_at}
MATCH (u:User {username: $username})
CREATE (u)-[:HOLDS]->(t:ApiToken)
SET t += $token, t.username = u.username
RETURN t {.id, .label, .created_at, .username} AS token
