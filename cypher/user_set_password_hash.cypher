// Replace a user's password hash (a new password, or a rehash with newer parameters).
// $username: str, $password_hash: str, $now: datetime
MATCH (u:User {username: $username})
SET u.password_hash = $password_hash, u.updated_at = $now
RETURN count(u) AS updated
