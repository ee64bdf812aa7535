// The partnerships of one organisation, either direction, with the partner's id and name (edit pages).
// $id: str
MATCH (o:Organisation {id: $id})-[r:PARTNERS_WITH]-(partner:Organisation)
RETURN r.id AS id, partner.id AS partner, partner.name AS name, r.kind AS kind, r.since AS since,
       r.until AS until
ORDER BY toLower(name), id
