// Mark a run undone by an undo run; when the run undone is itself an undo, its target is in effect again.
// $id: the run undone, $by: the undo run's id
MATCH (r:IngestRun {id: $id})
SET r.undone_by = $by
WITH r
OPTIONAL MATCH (target:IngestRun {id: r.undoes})
SET target.undone_by = null
