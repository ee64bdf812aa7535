// Replace one run's change set (an erasure taking a person's data out of the history).
// $id: str, $changes: [JSON string]
MATCH (r:IngestRun {id: $id})
SET r.changes = $changes
