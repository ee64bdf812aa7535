// Undo a run's writes to demand: delete those it created (before null), put back the properties of
// those it changed. Returns counts and [key, properties just before the undo] for the undo's own change set.
// $rows: [{key: [id, area code, need], before: map or null}]
UNWIND $rows AS row
MATCH (a:Area {id: row.key[1]})
MATCH (b:SupportType {id: row.key[2]})
OPTIONAL MATCH (a)-[r:HAS_DEMAND {id: row.key[0]}]->(b)
WITH row, a, b, r, CASE WHEN r IS NULL THEN null ELSE properties(r) END AS current
CALL (row, r) {
  WITH row, r WHERE row.before IS NULL AND r IS NOT NULL
  DELETE r
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.before IS NOT NULL
  MERGE (a)-[m:HAS_DEMAND {id: row.key[0]}]->(b)
  SET m = row.before
}
RETURN count(CASE WHEN row.before IS NULL AND current IS NOT NULL THEN 1 END) AS deleted,
       count(CASE WHEN row.before IS NOT NULL AND current IS NULL THEN 1 END) AS created,
       count(CASE WHEN row.before IS NOT NULL AND current IS NOT NULL THEN 1 END) AS updated,
       collect([row.key, current]) AS changes
