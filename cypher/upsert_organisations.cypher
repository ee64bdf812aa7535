// Upsert organisations by id; only changed rows are written. Returns created/updated/unchanged.
// $rows: [{id, props}], $now: datetime, $source: str, $run_id: str, $record: bool
// With $record, `changes` lists [key, the record's properties before (null: created)] of
// each row it created or changed: what a run replaced, so that it can be undone (graph/runs.py).
// Writing a record confirms it: a created or changed row also gets confirmed_at = $now (not an unchanged one).
UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
  ON CREATE SET n.created_at = $now
WITH n, row, n.created_at = $now AS created,
     CASE WHEN $record THEN properties(n) END AS before,
     all(k IN keys(row.props) WHERE coalesce(n[k] = row.props[k], n[k] IS NULL AND row.props[k] IS NULL)) AS same
FOREACH (_ IN CASE WHEN created OR NOT same THEN [1] ELSE [] END |
  SET n += row.props, n.updated_at = $now, n.confirmed_at = $now, n.source = $source, n.run_id = $run_id)
WITH created, same, CASE WHEN $record AND (created OR NOT same)
  THEN [row.id, CASE WHEN created THEN null ELSE before END] END AS change
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN NOT created AND same THEN 1 END) AS unchanged,
       collect(change) AS changes
