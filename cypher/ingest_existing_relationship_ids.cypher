// Endpoints of stored partnerships and referrals with the given ids (ids must keep their endpoints).
// $partnership_ids: [str], $referral_ids: [str]
CALL () {
  UNWIND $partnership_ids AS id
  MATCH (a)-[r:PARTNERS_WITH {id: id}]->(b)
  RETURN 'PARTNERS_WITH' AS type, id, a.id AS start, b.id AS end
  UNION ALL
  UNWIND $referral_ids AS id
  MATCH (a)-[r:REFERRED {id: id}]->(b)
  RETURN 'REFERRED' AS type, id, a.id AS start, b.id AS end
}
RETURN type, id, start, end
