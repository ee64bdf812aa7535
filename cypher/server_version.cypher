// The Neo4j server's name, version and edition.
// no parameters
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
