// The dated metric snapshots of one organisation or person in one scope, oldest first.
// $entity_id: id, $scope: organisation|person|referral
MATCH (n:Organisation|Person {id: $entity_id})-[:HAS_METRICS]->(s:MetricSnapshot)
WHERE s.scope = $scope
RETURN s {.*} AS snapshot
ORDER BY s.as_of
