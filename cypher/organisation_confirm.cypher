// Confirm organisations unchanged: set confirmed_at and the confirming run, nothing else.
// Returns [id, properties before] of each organisation found (the run's change set, so it can be undone).
// $ids: [organisation id], $now: datetime, $run_id: str
UNWIND $ids AS id
MATCH (n:Organisation {id: id})
WITH n, properties(n) AS before
SET n.confirmed_at = $now, n.run_id = $run_id
RETURN collect([n.id, before]) AS changes
