// Referral totals per status between $start and $end (inclusive).
// $start: date, $end: date
MATCH (:Organisation)-[r:REFERRED]->(:Organisation)
WHERE $start <= r.date AND r.date <= $end
RETURN r.status AS status, sum(r.count) AS count
