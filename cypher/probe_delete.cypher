// Remove the benchmark's :LoadProbe nodes again; returns how many there were.
MATCH (n:LoadProbe)
CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS
RETURN count(*) AS removed
