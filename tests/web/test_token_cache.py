"""API tokens are looked up off the event loop and briefly cached; a revocation still takes effect."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from graph.driver import Graph
from graph.users import create_token, revoke_token
from web.auth import guard


def test_a_revoked_token_is_refused_once_its_cache_entry_expires(
    client: TestClient, client_as: Callable[[str | None], TestClient], demo_graph: Graph,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token_id, token = create_token(demo_graph, username="web-viewer", label="to revoke")
    headers = {"Authorization": f"Bearer {token}"}
    assert client_as(None).get("/api/areas", headers=headers).status_code == 200
    revoke_token(demo_graph, token_id)
    assert client_as(None).get("/api/areas", headers=headers).status_code == 200, "cached for a moment"
    monkeypatch.setattr(guard, "TOKEN_RECHECK_SECONDS", 0.0)
    assert client_as(None).get("/api/areas", headers=headers).status_code == 401
