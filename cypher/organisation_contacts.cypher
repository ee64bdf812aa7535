// The public contact details of the given organisations (address, postcode, phone, e-mail, website).
// $ids: list[str]
MATCH (o:Organisation) WHERE o.id IN $ids
RETURN o.id AS id, o.address AS address, o.postcode AS postcode, o.phone AS phone, o.email AS email,
       o.website AS website, o.description AS description
