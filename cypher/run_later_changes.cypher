// The change sets of the runs after a moment that are still in effect: not undone, and not
// themselves an undo (an undo and the run it undid cancel out; its target is marked undone).
// $at: datetime, $id: the run being undone (left out)
MATCH (r:IngestRun)
WHERE coalesce(r.at, r.finished) > $at AND r.id <> $id AND r.undone_by IS NULL
  AND coalesce(r.kind, 'ingest') <> 'undo' AND r.changes IS NOT NULL
RETURN r.id AS id, r.changes AS changes
