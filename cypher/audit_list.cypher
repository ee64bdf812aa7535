// Audit events, newest first, optionally only one action, actor or target.
// $action: str|null, $actor: str|null, $target: str|null, $limit: int
MATCH (e:AuditEvent)
WHERE ($action IS NULL OR e.action = $action) AND ($actor IS NULL OR e.actor = $actor)
  AND ($target IS NULL OR e.target = $target)
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id
LIMIT $limit
