// Replace a user's password hash (a new password, or a rehash with newer parameters); a new password
// brings a new credential stamp (ending the user's browser sessions), a rehash keeps it ($stamp null).
// $username: str, $password_hash: str, $stamp: str | null, $now: datetime
MATCH (u:User {username: $username})
SET u.password_hash = $password_hash, u.stamp = coalesce($stamp, u.stamp), u.updated_at = $now
RETURN count(u) AS updated
