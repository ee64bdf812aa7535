// Role, start and end of every affiliation begun by $as_of (the data's own turnover history).
// $as_of: date
MATCH (:Person)-[r:AFFILIATED_WITH]->(:Organisation)
WHERE r.since IS NULL OR r.since <= $as_of
RETURN r.role AS role, r.since AS since, r.until AS until
