// Create a user unless the username is taken; returns no row when it is.
// $user: {username, role, password_hash, created_at}
OPTIONAL MATCH (taken:User {username: $user.username})
WITH taken WHERE taken IS NULL
CREATE (u:User {id: $user.username})
SET u += $user, u.disabled = false, u.updated_at = $user.created_at
RETURN u {.username, .role, .created_at, .disabled} AS user
