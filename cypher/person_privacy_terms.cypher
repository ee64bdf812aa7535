// Every person's id, name, e-mail and phone: what a viewer's responses must not show.
// no parameters
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, p.email AS email, p.phone AS phone
