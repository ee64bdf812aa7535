// Upsert the support types (needs) by code.
// $rows: [{id, label}]
UNWIND $rows AS row
MERGE (s:SupportType {id: row.id})
SET s.label = row.label
