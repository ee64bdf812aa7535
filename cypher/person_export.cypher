// Everything held about one person: properties, affiliations, contacts, partnerships naming them, metrics, ingest runs.
// $person_id: str
MATCH (p:Person {id: $person_id})
RETURN properties(p) AS person,
  COLLECT { MATCH (p)-[a:AFFILIATED_WITH]->(o:Organisation)
            RETURN a {.*, organisation_id: o.id, organisation_name: o.name} } AS affiliations,
  COLLECT { MATCH (p)-[k:KNOWS]-(q:Person) RETURN k {.*, other_person_id: q.id} } AS contacts,
  COLLECT { MATCH (a:Organisation)-[r:PARTNERS_WITH]->(b:Organisation)
            WHERE $person_id IN coalesce(r.contact_person_ids, [])
            RETURN r {.*, organisation_id: a.id, partner_id: b.id} } AS partnerships,
  COLLECT { MATCH (p)-[:HAS_METRICS]->(s:MetricSnapshot) RETURN properties(s) } AS metric_snapshots,
  COLLECT { MATCH (run:IngestRun)-[:WROTE]->(p)
            RETURN run {.id, .files, .started, .finished, .who} } AS ingest_runs
