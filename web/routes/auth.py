"""Logging in and out (browser sessions) and `/api/me`."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from graph import audit, users
from graph.errors import NotFoundError
from web.auth.devices import DEVICE_COOKIE, DEVICE_MAX_AGE
from web.auth.guard import client_ip
from web.auth.rules import PUBLIC, VIEWER, require
from web.auth.sessions import COOKIE, IDLE_SECONDS
from web.deps import IdentityDep
from web.rendering import render

# The login form is for anyone; logging out and /api/me are for a logged-in caller.
public = APIRouter(tags=["auth"], dependencies=[Depends(require(PUBLIC))])
router = APIRouter(tags=["auth"], dependencies=[Depends(require(VIEWER))])
LOGIN_CSRF_COOKIE = "nk_login_csrf"


def _safe_next(target: str | None) -> str:
    """Return `target` if it is a path on this site (no open redirect), else the overview."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _start_page(target: str, role: str) -> str:
    """Return where a login lands: the page asked for, else the directory for coordinators (their daily
    work is finding organisations) and the overview for viewers and admins."""
    target = _safe_next(target)
    return "/organisations" if target == "/" and role == "coordinator" else target


def _login_page(request: Request, status: int = 200, message: str = "", username: str = "") -> Response:
    token = secrets.token_urlsafe(32)
    response = render(request, "login.html", "nl", status_code=status, message=message, csrf=token,
                      username=username, next=_safe_next(request.query_params.get("next")))
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", max_age=3600)
    return response


@public.get("/login", include_in_schema=False)
def page_login(request: Request) -> Response:
    """Return the login form."""
    return _login_page(request)


@public.post("/login", include_in_schema=False)
async def login(request: Request) -> Response:
    """Check the password (slowed down after failures); on success start a NEW session.

    Failures slow down the browser they come from when it logged in as this user before, else every
    unknown browser together: a stranger cannot lock the user out of their own browser, and no
    address (real or spoofed) buys a fresh allowance of guesses."""
    form = await request.form()
    username, password = str(form.get("username", "")).strip().lower(), str(form.get("password", ""))
    expected = request.cookies.get(LOGIN_CSRF_COOKIE)
    if not expected or not secrets.compare_digest(expected, str(form.get("csrf_token", ""))):
        return _login_page(request, 403, "Het formulier is verlopen; probeer het opnieuw.")
    auth, ip = request.app.state.auth, client_ip(request)
    client = auth.devices.throttle_key(request.cookies.get(DEVICE_COOKIE), username)
    wait = auth.throttle.reserve(username, client)  # counted as a failure until the password is right
    if wait > 0:
        response = _login_page(request, 429, f"Te veel mislukte pogingen: wacht {wait:.0f} seconden.",
                               username)
        response.headers["Retry-After"] = str(int(wait) + 1)
        return response
    user = await run_in_threadpool(users.authenticate, auth.graph, username, password)
    if user is None:
        known = await run_in_threadpool(_known, auth, username)
        # An unknown name is not stored: people type their password in the wrong field.
        await run_in_threadpool(audit.record, auth.graph, actor=username if known else "(unknown)",
                                action="login_failed", ip=ip)
        return _login_page(request, 401, "Onbekende gebruikersnaam of verkeerd wachtwoord.", username)
    auth.throttle.succeeded(username, client)
    cookie, _ = auth.sessions.create(user.username, user.role, replaces=request.cookies.get(COOKIE),
                                     stamp=user.stamp)
    await run_in_threadpool(audit.record, auth.graph, actor=user.username, action="login", ip=ip)
    response = RedirectResponse(_start_page(str(form.get("next", "/")), user.role), status_code=303)
    response.set_cookie(COOKIE, cookie, httponly=True, samesite="lax", max_age=IDLE_SECONDS,
                        secure=request.url.scheme == "https")
    response.set_cookie(DEVICE_COOKIE, auth.devices.issue(user.username), httponly=True, samesite="lax",
                        max_age=DEVICE_MAX_AGE, secure=request.url.scheme == "https")
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


def _known(auth: Any, username: str) -> bool:
    try:
        users.get_user(auth.graph, username)
    except NotFoundError:
        return False
    return True


@router.post("/logout", include_in_schema=False)
def logout(request: Request, caller: IdentityDep) -> Response:
    """End the session (the guard has checked its CSRF token) and go to the login page."""
    request.app.state.auth.sessions.end(request.cookies.get(COOKIE))
    audit.record(request.app.state.auth.graph, actor=caller.name, action="logout", ip=client_ip(request))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


@router.get("/api/me")
def api_me(caller: IdentityDep) -> dict[str, Any]:
    """Return who you are: name, role, how you logged in, and the CSRF token for writes from a page."""
    session = caller.session
    return {"name": caller.name, "role": caller.role, "via": caller.via,
            "csrf_token": session.csrf if session else None}

