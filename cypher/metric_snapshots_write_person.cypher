// Write one dated MetricSnapshot per Person and link it (HAS_METRICS); re-running a date replaces that date only.
// $rows: [{id, entity_id, metrics}], $scope: scope name, $as_of: date, $now: datetime
UNWIND $rows AS row
MATCH (n:Person {id: row.entity_id})
MERGE (s:MetricSnapshot {id: row.id})
SET s = row.metrics, s.id = row.id, s.scope = $scope, s.entity_id = row.entity_id,
    s.as_of = $as_of, s.updated_at = $now, s.source = 'analysis'
MERGE (n)-[:HAS_METRICS]->(s)
RETURN count(s) AS written
