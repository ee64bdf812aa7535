// The recorded runs, newest first, without their change sets (those can be large).
// $limit: int
MATCH (r:IngestRun)
RETURN r.id AS id, r.kind AS kind, coalesce(r.at, r.finished) AS at, coalesce(r.who, '') AS who,
       r.counts AS counts, r.undoes AS undoes, r.undone_by AS undone_by,
       r.changes IS NOT NULL AS undoable
ORDER BY at DESC, id DESC
LIMIT $limit
