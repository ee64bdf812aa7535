// Point each wijk at its gebied with PART_OF, replacing a previous parent.
// $rows: [{id, parent}]
UNWIND $rows AS row
MATCH (child:Area {id: row.id})
OPTIONAL MATCH (child)-[old:PART_OF]->(previous:Area)
WHERE previous.id <> row.parent OR row.parent IS NULL
DELETE old
WITH DISTINCT child, row
MATCH (parent:Area {id: row.parent})
MERGE (child)-[:PART_OF]->(parent)
