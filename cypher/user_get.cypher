// One user with the password hash (for logging in).
// $username: str
MATCH (u:User {username: $username})
RETURN u {.username, .role, .created_at, .disabled, .password_hash} AS user
