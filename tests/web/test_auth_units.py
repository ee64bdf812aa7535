"""The pieces of access control on their own: throttle delays, signed session cookies, redaction."""

from __future__ import annotations

import hashlib
import json

from graph.person_privacy import PersonalData
from web.auth.sessions import SessionStore
from web.auth.throttle import MAX_DELAY, LoginThrottle
from web.middleware.redaction import HIDDEN, Redactor

SECRET = b"k" * 32


def test_the_wait_doubles_with_each_failure_and_is_capped() -> None:
    assert [LoginThrottle.delay(n) for n in range(5)] == [0.0, 1.0, 2.0, 4.0, 8.0]
    assert LoginThrottle.delay(40) == MAX_DELAY
    throttle = LoginThrottle()
    throttle.failed("anna", "10.0.0.1")
    assert throttle.wait_seconds("anna", "10.0.0.1") > 0
    assert throttle.wait_seconds("anna", "10.0.0.2") == 0 == throttle.wait_seconds("bram", "10.0.0.1")
    throttle.succeeded("anna", "10.0.0.1")
    assert throttle.wait_seconds("anna", "10.0.0.1") == 0


def test_a_session_cookie_must_carry_its_signature() -> None:
    store = SessionStore(SECRET)
    cookie, session = store.create("anna", "viewer")
    sid, _, signature = cookie.partition(".")
    assert store.get(cookie) is session
    assert store.get(sid) is None and store.get(f"{sid}.{'0' * len(signature)}") is None
    assert SessionStore(b"x" * 32).get(cookie) is None, "another secret, another signature"
    new_cookie, _ = store.create("anna", "viewer", replaces=cookie)
    assert store.get(cookie) is None and store.get(new_cookie) is not None


def test_names_become_pseudonyms_and_contacts_disappear_in_every_encoding() -> None:
    people = [PersonalData("p1", "Noor O'Brien", "noor@example.org", "06-12345678"),
              PersonalData("p2", "Sam <b>", None, None), PersonalData("p3", "Sam <b>", None, None)]
    redactor = Redactor(people, SECRET)
    text = ('Noor O&#39;Brien, "Noor O\'Brien", Noordereiland, Sam &lt;b&gt;, Sam \\u003cb\\u003e,'
            " mail noor%40example.org or noor@example.org, bel 06-12345678 of 0612345678; 2025-06-01")
    out = redactor.redact(text)
    assert "Noor" not in out.replace("Noordereiland", "") and "Sam" not in out
    assert "noor" not in out and "12345678" not in out and out.count(HIDDEN) == 4
    assert "Noordereiland" in out and "2025-06-01" in out, "only whole names and real numbers go"
    assert out.count("persoon ") == 4


def test_a_body_is_redacted_once_and_then_served_from_the_memo() -> None:
    redactor = Redactor([PersonalData("p1", "Noor Bakker", None, None)], SECRET)
    body = b'{"name": "Noor Bakker"}'
    first = redactor.redact_bytes(body)
    assert b"Noor" not in first and redactor.redact_bytes(body) is first


def test_a_page_main_part_is_redacted_once_for_every_session() -> None:
    redactor = Redactor([PersonalData("p1", "Noor Bakker", None, None)], SECRET)
    main = b"<main><p>Noor Bakker leads the taalcafe</p></main>"
    first = redactor.redact_bytes(b"<header>csrf-1</header>" + main, html=True)
    second = redactor.redact_bytes(b"<header>csrf-2</header>" + main, html=True)
    assert b"Noor" not in first + second and first.endswith(b"</main>") and b"csrf-2" in second
    memo_keys = set(redactor._done)
    assert hashlib.sha256(b"<p>Noor Bakker leads the taalcafe</p>").digest() in memo_keys
    assert len(memo_keys) == 4  # two headers, one shared main part, one empty tail


def test_json_is_never_split_at_a_main_tag_a_name_may_hold() -> None:
    redactor = Redactor([PersonalData("p1", "Ali <main> Bakker", None, None)], SECRET)
    body = json.dumps({"name": "Ali <main> Bakker"}).encode()
    assert b"Bakker" not in redactor.redact_bytes(body)


def test_a_reserved_attempt_counts_before_its_password_is_checked() -> None:
    throttle = LoginThrottle()
    assert throttle.reserve("anna", "browser") == 0, "the first attempt goes"
    assert throttle.reserve("anna", "browser") > 0, "the next one waits, though the first is not done"
    assert throttle.reserve("anna", "another browser") == 0
    throttle.succeeded("anna", "browser")
    assert throttle.reserve("anna", "browser") == 0, "a correct password cleared the count"
