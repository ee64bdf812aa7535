"""The pieces of access control on their own: throttle delays, signed session cookies, redaction."""

from __future__ import annotations

import hashlib
import json

from markupsafe import escape

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


def test_names_become_pseudonyms_and_contacts_disappear_in_every_format() -> None:
    people = [PersonalData("p1", "Noor O'Brien", "noor@example.org", "06-12345678"),
              PersonalData("p2", "Sam <b>", None, None), PersonalData("p3", "Sam <b>", None, None)]
    redactor = Redactor(people, SECRET)
    text = ("Noor O'Brien, NOOR  o'brien, Noordereiland, Sam <b>, mail noor%40example.org or"
            " 'NOOR@example.org', bel 06-12345678, +31 (0)6 1234 5678 of 0612345678; 2025-06-01")
    page = f"<p title=\"{escape(text)}\">{escape(text)}</p>"
    for kind, body in (("text", text), ("json", json.dumps({"about": text})), ("html", page),
                       ("csv", f"about\r\n\"{text}\"\r\n")):
        out = redactor.redact(body, kind)
        assert "noor" not in out.lower().replace("noordereiland", "") and "Sam" not in out, kind
        assert "5678" not in out and out.count(HIDDEN) == 5 * (2 if kind == "html" else 1), kind
        assert "Noordereiland" in out and "2025-06-01" in out, "only whole names and real numbers go"
        assert out.count("persoon ") == 3 * (2 if kind == "html" else 1), kind


def test_only_values_are_redacted_never_keys_or_syntax() -> None:
    people = [PersonalData(i, n, None, None) for i, n in (("p1", "null"), ("p2", "id"), ("p3", "nl"),
                                                             ("p4", "p"), ("p5", "Ali " * 600))]
    redactor = Redactor(people, SECRET)
    document = {"csrf_token": None, "id": "o1", "nl": "Taal", "names": {"p2": "id"},
                "about": "null en " + "Ali " * 600}
    out = json.loads(redactor.redact(json.dumps(document), "json"))
    assert out["csrf_token"] is None and out["id"] == "o1" and out["nl"] == "Taal"
    assert "Ali" not in out["about"] and out["about"].count("persoon ") == 2
    [(key, name)] = out["names"].items()
    assert key == name and key.startswith("persoon "), "a person's id never shows, their pseudonym does"
    page = redactor.redact('<p id="x">null</p><script type="application/json">{"p": null}</script>', "html")
    assert page.startswith('<p id="x">persoon ') and page.endswith('{"p": null}</script>')


def test_people_who_share_a_name_keep_their_own_pseudonyms_where_the_data_says_who() -> None:
    people = [PersonalData("p1", "Sam de Boer", None, None), PersonalData("p2", "Sam de Boer", None, None)]
    redactor = Redactor(people, SECRET)
    out = json.loads(redactor.redact(json.dumps(
        {"nodes": [{"id": "p1", "label": "Sam de Boer"}, {"id": "p2", "label": "Sam de Boer"}],
         "text": "Sam de Boer"}), "json"))
    first, second = out["nodes"]
    assert first["label"] == first["id"] != second["label"] == second["id"]
    assert out["text"] not in (first["label"], second["label"]), "free text cannot say which Sam"


def test_a_body_is_redacted_once_and_then_served_from_the_memo() -> None:
    redactor = Redactor([PersonalData("p1", "Noor Bakker", None, None)], SECRET)
    body = b'{"name": "Noor Bakker"}'
    first = redactor.redact_bytes(body)
    assert b"Noor" not in first and redactor.redact_bytes(body) is first


def test_a_page_main_part_is_redacted_once_for_every_session() -> None:
    redactor = Redactor([PersonalData("p1", "Noor Bakker", None, None)], SECRET)
    main = b"<main><p>Noor Bakker leads the taalcafe</p></main>"
    first = redactor.redact_bytes(b"<header>csrf-1</header>" + main, kind="html")
    second = redactor.redact_bytes(b"<header>csrf-2</header>" + main, kind="html")
    assert b"Noor" not in first + second and first.endswith(b"</main>") and b"csrf-2" in second
    memo_keys = set(redactor._done)
    assert hashlib.sha256(b"html\0<p>Noor Bakker leads the taalcafe</p>").digest() in memo_keys
    assert len(memo_keys) == 4  # two headers, one shared main part, one empty tail


def test_json_is_never_split_at_a_main_tag_a_name_may_hold() -> None:
    redactor = Redactor([PersonalData("p1", "Ali <main> Bakker", None, None)], SECRET)
    body = json.dumps({"name": "Ali <main> Bakker"}).encode()
    assert b"Bakker" not in redactor.redact_bytes(body, kind="json")


def test_a_reserved_attempt_counts_before_its_password_is_checked() -> None:
    throttle = LoginThrottle()
    assert throttle.reserve("anna", "browser") == 0, "the first attempt goes"
    assert throttle.reserve("anna", "browser") > 0, "the next one waits, though the first is not done"
    assert throttle.reserve("anna", "another browser") == 0
    throttle.succeeded("anna", "browser")
    assert throttle.reserve("anna", "browser") == 0, "a correct password cleared the count"
