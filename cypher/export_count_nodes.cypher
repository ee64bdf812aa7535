// Count nodes that are neither built-in reference data nor audit events (a restore needs none).
// $builtin_source: str
MATCH (n)
WHERE NOT n:SupportType AND NOT n:AuditEvent AND (n.source IS NULL OR n.source <> $builtin_source)
RETURN count(n) AS count
