// Wait (up to 300 s) until every index and constraint index is online.
// no parameters
CALL db.awaitIndexes(300)
