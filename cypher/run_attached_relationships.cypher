// Business relationships attached to nodes an undo would delete: each must belong to the same run.
// $organisations, $people, $areas: [id]; returns type, end ids, id/role (the record key's parts)
CALL () {
  UNWIND $organisations AS id
  MATCH (:Organisation {id: id})-[r:AFFILIATED_WITH|PARTNERS_WITH|REFERRED]-()
  RETURN r
  UNION
  UNWIND $people AS id
  MATCH (:Person {id: id})-[r:AFFILIATED_WITH|KNOWS]-()
  RETURN r
  UNION
  UNWIND $areas AS id
  MATCH (:Area {id: id})-[r:HAS_DEMAND|LOCATED_IN|SERVES]-()
  RETURN r
  UNION
  UNWIND $areas AS id
  MATCH (:Area {id: id})<-[r:PART_OF]-()
  RETURN r
}
RETURN type(r) AS type, startNode(r).id AS a, endNode(r).id AS b, r.id AS id, r.role AS role
