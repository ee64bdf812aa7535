"""Access rules are declared where routes are made, and read back off the route (no database needed)."""

from __future__ import annotations

import pytest
from fastapi import APIRouter, Depends

from graph.errors import InvalidInputError
from web.auth.rules import COORDINATOR, PUBLIC, VIEWER, require, rule_of


def _route(router: APIRouter, path: str) -> object:
    return next(r for r in router.routes if getattr(r, "path", None) == path)


def test_a_route_gets_its_routers_rule_and_the_strictest_of_its_own() -> None:
    router = APIRouter(dependencies=[Depends(require(VIEWER))])
    router.add_api_route("/plain", lambda: None)
    router.add_api_route("/write", lambda: None, methods=["POST"],
                         dependencies=[Depends(require(COORDINATOR))])
    router.add_api_route("/open", lambda: None, dependencies=[Depends(require(PUBLIC))])
    assert rule_of(_route(router, "/plain")) == VIEWER
    assert rule_of(_route(router, "/write")) == COORDINATOR
    assert rule_of(_route(router, "/open")) == VIEWER, "a router's rule cannot be loosened by a route"


def test_a_route_without_a_rule_has_none() -> None:
    router = APIRouter(dependencies=[Depends(lambda: None)])
    router.add_api_route("/forgotten", lambda: None)
    assert rule_of(_route(router, "/forgotten")) is None
    assert rule_of(None) is None


def test_a_rule_must_name_a_known_role() -> None:
    with pytest.raises(InvalidInputError):
        require("superuser")
