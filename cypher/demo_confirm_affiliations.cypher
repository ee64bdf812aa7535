// The demo only: set when each affiliation was last confirmed (a spread of dates, some over a year ago).
// $rows: [{person_id, organisation_id, role, at: datetime}]
UNWIND $rows AS row
MATCH (:Person {id: row.person_id})-[r:AFFILIATED_WITH {role: row.role}]->(:Organisation {id: row.organisation_id})
SET r.confirmed_at = row.at
