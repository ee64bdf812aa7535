// Rewrite the target of every audit event naming an erased person's old id to their new anonymous id.
// $old_id: str, $new_id: str
MATCH (e:AuditEvent {target: $old_id})
SET e.target = $new_id
RETURN count(e) AS updated
