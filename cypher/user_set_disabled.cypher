// Disable or enable a user (a disabled user cannot log in and their tokens stop working).
// $username: str, $disabled: bool, $now: datetime
MATCH (u:User {username: $username})
SET u.disabled = $disabled, u.updated_at = $now
RETURN count(u) AS updated
