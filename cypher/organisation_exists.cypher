// The ids among $ids that are organisations.
// $ids: [str]
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o.id AS id
