// Record one ingest run (provenance) and link it to the nodes it created or updated.
// $run: {id, files, sha256, started, finished, counts, who}, $source: str
CREATE (r:IngestRun {id: $run.id})
SET r += $run, r.source = $source, r.run_id = $run.id,
    r.created_at = $run.started, r.updated_at = $run.finished
WITH r
CALL (r) {
  MATCH (n)
  WHERE n.run_id = r.id AND (n:Organisation OR n:Person OR n:Area)
  MERGE (r)-[:WROTE]->(n)
  RETURN count(n) AS linked
}
RETURN linked
