// Re-key an erased person's metric snapshots to the new anonymous id (<scope>:<as_of>:<id>).
// $new_id: str
MATCH (p:Person {id: $new_id})-[:HAS_METRICS]->(s:MetricSnapshot)
SET s.entity_id = $new_id, s.id = s.scope + ':' + toString(s.as_of) + ':' + $new_id
RETURN count(s) AS updated
