// One run with its change set, and whether it is the latest undo of the run it undoes.
// $id: str
MATCH (r:IngestRun {id: $id})
RETURN r.id AS id, coalesce(r.kind, 'ingest') AS kind, coalesce(r.at, r.finished) AS at,
       r.undoes AS undoes, r.undone_by AS undone_by, r.changes AS changes
