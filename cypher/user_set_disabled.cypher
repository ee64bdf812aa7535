// Disable or enable a user (a disabled user cannot log in and their tokens stop working); a new
// credential stamp ends their browser sessions.
// $username: str, $disabled: bool, $stamp: str, $now: datetime
MATCH (u:User {username: $username})
SET u.disabled = $disabled, u.stamp = $stamp, u.updated_at = $now
RETURN count(u) AS updated
