// Take the write lock on one organisation (its id set to itself: nothing changes), so that two saves of
// its edit forms run one after the other and the second sees the first's version. Returns how many.
// $id: str
MATCH (o:Organisation {id: $id})
SET o.id = o.id
RETURN count(o) AS locked
