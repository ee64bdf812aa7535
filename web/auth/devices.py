"""Browsers that logged in as a user before: a signed cookie set at each successful login.

The login throttle counts a known browser's failures apart from everyone else's, so a stranger
guessing (or deliberately failing) a user's password slows down only unknown browsers; the user's
own browser still gets in with the right password (OWASP's "device cookie" defence).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

DEVICE_COOKIE = "nk_device"
DEVICE_MAX_AGE = 180 * 24 * 3600
# The throttle's key for every browser that shows no device cookie of this user.
UNKNOWN_BROWSER = "unknown browser"


class KnownDevices:
    """Issues and checks device cookies `id.signature`, the signature binding id and username."""

    def __init__(self, secret: bytes) -> None:
        self._key = hmac.new(secret, b"netwerkkaart device cookie", hashlib.sha256).digest()

    def issue(self, username: str) -> str:
        """Return a new device cookie value for a browser that just logged in as `username`."""
        device = secrets.token_urlsafe(16)
        return f"{device}.{self._sign(device, username)}"

    def throttle_key(self, cookie: str | None, username: str) -> str:
        """Return whose failures a login attempt counts as: this known browser's, or UNKNOWN_BROWSER."""
        device, _, signature = (cookie or "").partition(".")
        if device and hmac.compare_digest(signature, self._sign(device, username)):
            return "device " + device
        return UNKNOWN_BROWSER

    def _sign(self, device: str, username: str) -> str:
        return hmac.new(self._key, f"{device}\0{username}".encode(), hashlib.sha256).hexdigest()
