// One organisation's stored properties, for its edit form (null props: no such organisation).
// $id: str
OPTIONAL MATCH (o:Organisation {id: $id})
RETURN properties(o) AS props
