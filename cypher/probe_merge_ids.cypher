// Benchmark reference: MERGE bare :LoadProbe nodes by id (no properties), the published anchor's shape.
// $ids: [str]
UNWIND $ids AS id
MERGE (:LoadProbe {id: id})
