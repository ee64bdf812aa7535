// Upsert AFFILIATED_WITH by (person, organisation, role). Returns created/updated/unchanged.
// $rows: [{person_id, organisation_id, role, props}], $now, $source, $run_id, $record: bool
// With $record, `changes` lists [key, the record's properties before (null: created)] of
// each row it created or changed: what a run replaced, so that it can be undone (graph/runs.py).
// Writing a record confirms it: a created or changed row also gets confirmed_at = $now (not an unchanged one).
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (o:Organisation {id: row.organisation_id})
MERGE (p)-[r:AFFILIATED_WITH {role: row.role}]->(o)
  ON CREATE SET r.created_at = $now
WITH r, row, r.created_at = $now AS created,
     CASE WHEN $record THEN properties(r) END AS before,
     all(k IN keys(row.props) WHERE coalesce(r[k] = row.props[k], r[k] IS NULL AND row.props[k] IS NULL)) AS same
FOREACH (_ IN CASE WHEN created OR NOT same THEN [1] ELSE [] END |
  SET r += row.props, r.updated_at = $now, r.confirmed_at = $now, r.source = $source, r.run_id = $run_id)
WITH created, same, CASE WHEN $record AND (created OR NOT same)
  THEN [[row.person_id, row.organisation_id, row.role], CASE WHEN created THEN null ELSE before END] END AS change
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN NOT created AND same THEN 1 END) AS unchanged,
       collect(change) AS changes
