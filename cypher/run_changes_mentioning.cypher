// Runs whose change set mentions a value (a JSON-quoted id), with their change sets (an erasure rewrites them).
// $quoted: str, e.g. "\"p00042\""
MATCH (r:IngestRun)
WHERE any(chunk IN coalesce(r.changes, []) WHERE chunk CONTAINS $quoted)
RETURN r.id AS id, r.changes AS changes
