"""Pseudonyms for people in shared output: a keyed hash, so ids cannot be recovered without the key."""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(person_id: str, secret: bytes | str) -> str:
    """Return `persoon xxxxxx`: the first 6 hex digits of HMAC-SHA256(secret, person_id).

    The same id and secret give the same pseudonym; without the secret it is not linkable to the id.
    """
    key = secret.encode() if isinstance(secret, str) else secret
    digest = hmac.new(key, person_id.encode(), hashlib.sha256).hexdigest()
    return f"persoon {digest[:6]}"
