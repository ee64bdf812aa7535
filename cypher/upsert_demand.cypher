// Upsert HAS_DEMAND by (area, need, period). Returns created/updated/unchanged.
// $rows: [{id, area, need, period, props}] with id = area|need|period, $now, $source, $run_id, $record: bool
// With $record, `changes` lists [key, the record's properties before (null: created)] of
// each row it created or changed: what a run replaced, so that it can be undone (graph/runs.py).
UNWIND $rows AS row
MATCH (a:Area {id: row.area})
MATCH (s:SupportType {id: row.need})
MERGE (a)-[r:HAS_DEMAND {id: row.id}]->(s)
  ON CREATE SET r.period = row.period, r.created_at = $now
WITH r, row, r.created_at = $now AS created,
     CASE WHEN $record THEN properties(r) END AS before,
     all(k IN keys(row.props) WHERE coalesce(r[k] = row.props[k], r[k] IS NULL AND row.props[k] IS NULL)) AS same
FOREACH (_ IN CASE WHEN created OR NOT same THEN [1] ELSE [] END |
  SET r += row.props, r.updated_at = $now, r.source = $source, r.run_id = $run_id)
WITH created, same, CASE WHEN $record AND (created OR NOT same)
  THEN [[row.id, row.area, row.need], CASE WHEN created THEN null ELSE before END] END AS change
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN NOT created AND same THEN 1 END) AS unchanged,
       collect(change) AS changes
