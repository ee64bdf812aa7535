// Record a run's change set on its run node (made if absent; an ingest's own counts are kept).
// $run: {id, kind, who, at, undoes, changes: [JSON string]}, $counts: JSON string, $source: str
MERGE (r:IngestRun {id: $run.id})
  ON CREATE SET r.created_at = $run.at, r.source = $source, r.run_id = $run.id
SET r.kind = $run.kind, r.who = $run.who, r.at = $run.at, r.undoes = $run.undoes,
    r.changes = $run.changes, r.counts = coalesce(r.counts, $counts), r.updated_at = $run.at
