// A cheap version of the data the pages show; it changes whenever that data may have.
// Node and relationship totals without the access bookkeeping (users, their tokens, the audit log:
// a login must not throw away every cached analysis), and the latest change to a person (an
// erasure rewrites a person in place). All counts come from Neo4j's count store.
// no parameters
CALL () { MATCH (n) RETURN count(n) AS all_nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS all_relationships }
CALL () { MATCH (n:AuditEvent) RETURN count(n) AS audit_events }
CALL () { MATCH (n:User) RETURN count(n) AS users }
CALL () { MATCH (n:ApiToken) RETURN count(n) AS tokens }
CALL () { MATCH ()-[r:HOLDS]->() RETURN count(r) AS holds }
CALL () {
  OPTIONAL MATCH (p:Person) WHERE p.updated_at IS NOT NULL
  WITH p ORDER BY p.updated_at DESC LIMIT 1
  RETURN p.updated_at AS people_changed
}
RETURN all_nodes - audit_events - users - tokens AS nodes, all_relationships - holds AS relationships,
       toString(people_changed) AS people_changed
