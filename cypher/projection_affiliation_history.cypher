// Per role: affiliations ended before $as_of and affiliation-days observed up to it (turnover history).
// $as_of: date
MATCH (:Person)-[r:AFFILIATED_WITH]->(:Organisation)
WHERE r.since IS NOT NULL AND r.since <= $as_of
WITH r.role AS role, r.since AS since,
     CASE WHEN r.until IS NULL OR r.until > $as_of THEN $as_of ELSE r.until END AS stop,
     r.until IS NOT NULL AND r.until < $as_of AS ended
RETURN role, count(CASE WHEN ended THEN 1 END) AS ended,
       sum(CASE WHEN stop > since THEN duration.inDays(since, stop).days ELSE 0 END) AS days
