// Undo a run's writes to people: delete those it created (before null), put back the properties of
// those it changed. Returns counts and [key, properties just before the undo] for the undo's own change set.
// $rows: [{key: id, before: map or null}]
UNWIND $rows AS row
OPTIONAL MATCH (n:Person {id: row.key})
WITH row, n, CASE WHEN n IS NULL THEN null ELSE properties(n) END AS current
CALL (row, n) {
  WITH row, n WHERE row.before IS NULL AND n IS NOT NULL
  DETACH DELETE n
}
CALL (row) {
  WITH row WHERE row.before IS NOT NULL
  MERGE (m:Person {id: row.key})
  SET m = row.before
}
RETURN count(CASE WHEN row.before IS NULL AND current IS NOT NULL THEN 1 END) AS deleted,
       count(CASE WHEN row.before IS NOT NULL AND current IS NULL THEN 1 END) AS created,
       count(CASE WHEN row.before IS NOT NULL AND current IS NOT NULL THEN 1 END) AS updated,
       collect([row.key, current]) AS changes
