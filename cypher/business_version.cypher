// A cheap version of the business data: it changes whenever a write may have changed what
// `business_hash` (graph/backup.py) covers, without reading every record. Totals of business nodes and
// relationships, the latest `updated_at` among them (every upsert sets it on what it changes), and the
// runs (an undo puts back older properties, `updated_at` too, but is itself a new run).
// $labels: [str], $types: [str]
CALL () {
  MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
  RETURN count(n) AS nodes, max(n.updated_at) AS nodes_changed
}
CALL () {
  MATCH ()-[r]->() WHERE type(r) IN $types
  RETURN count(r) AS relationships, max(r.updated_at) AS relationships_changed
}
CALL () {
  OPTIONAL MATCH (run:IngestRun)
  RETURN count(run) AS runs, max(coalesce(run.at, run.finished)) AS last_run
}
RETURN nodes, relationships, toString(nodes_changed) AS nodes_changed,
       toString(relationships_changed) AS relationships_changed, runs, toString(last_run) AS last_run
