// Append one audit event (the app only ever creates and reads these).
// $event: {id, at, actor, action, target, ip, detail}
CREATE (e:AuditEvent)
SET e = $event
RETURN e {.*} AS event
