// One user with the password hash (for logging in) and the credential stamp sessions are checked against.
// $username: str
MATCH (u:User {username: $username})
RETURN u {.username, .role, .created_at, .disabled, .password_hash, .stamp} AS user
