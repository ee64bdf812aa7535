// Confirm affiliations unchanged: set confirmed_at and the confirming run, nothing else. Returns
// [[person id, organisation id, role], properties before] of each one found (the run's change set).
// $rows: [{person_id, organisation_id, role}], $now: datetime, $run_id: str
UNWIND $rows AS row
MATCH (:Person {id: row.person_id})-[r:AFFILIATED_WITH {role: row.role}]->(:Organisation {id: row.organisation_id})
WITH row, r, properties(r) AS before
SET r.confirmed_at = $now, r.run_id = $run_id
RETURN collect([[row.person_id, row.organisation_id, row.role], before]) AS changes
