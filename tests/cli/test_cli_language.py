"""The command line speaks Dutch unless asked otherwise: `--lang en` (anywhere) or NETWERKKAART_LANG=en."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from graph.errors import InvalidInputError
from netwerkkaart.cli.app import app
from tests.cli.run_cli import run_main

# An error of netwerkkaart's own (the date is checked before the database is opened), and the
# parser's usage errors, each as (arguments, Dutch, English).
BAD_DATE = (["analyse", "--as-of", "31-13-2025"],
            "Fout: --as-of '31-13-2025' is geen datum: gebruik JJJJ-MM-DD",
            "Error: --as-of '31-13-2025' is not a date: use YYYY-MM-DD")
USAGE_ERRORS = [
    (["--bogus"], "Fout: Onbekende optie: --bogus", "Error: No such option: --bogus"),
    (["ingest"], "Fout: Ontbrekend argument 'paths'.", "Error: Missing argument 'paths'."),
    (["no-such-command"], "Fout: Onbekende opdracht 'no-such-command'.",
     "Error: No such command 'no-such-command'."),
    (["serve", "--port", "many"], "Fout: Ongeldige waarde voor --port: geef een getal",
     "Error: Invalid value for --port: give a number"),
    (["refer", "--limit"], "Fout: Optie '--limit' heeft een waarde nodig.",
     "Error: Option '--limit' requires an argument."),
]


@pytest.fixture(autouse=True)
def _no_language_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETWERKKAART_LANG", raising=False)


@pytest.mark.parametrize(("args", "dutch", "english"), [BAD_DATE, *USAGE_ERRORS],
                         ids=["own-error", "no-such-option", "missing-argument", "no-such-command",
                              "not-a-number", "option-without-value"])
def test_errors_are_dutch_by_default(args: list[str], dutch: str, english: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(args, capsys)
    assert code == 2
    assert dutch in err
    assert english not in err


@pytest.mark.parametrize(("args", "dutch", "english"), [BAD_DATE, *USAGE_ERRORS],
                         ids=["own-error", "no-such-option", "missing-argument", "no-such-command",
                              "not-a-number", "option-without-value"])
def test_lang_en_anywhere_on_the_line_gives_english(args: list[str], dutch: str, english: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    for line in (["--lang", "en", *args], [*args, "--lang=en"]):
        code, _, err = run_main(line, capsys)
        assert code == 2
        assert english in err, line
        assert dutch not in err, line


@pytest.mark.parametrize(("args", "dutch", "english"), [BAD_DATE, USAGE_ERRORS[0]], ids=["own", "usage"])
def test_the_environment_variable_gives_english(args: list[str], dutch: str, english: str,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETWERKKAART_LANG", "en")
    code, _, err = run_main(args, capsys)
    assert code == 2 and english in err and dutch not in err
    code, _, err = run_main(["--lang", "nl", *args], capsys)
    assert code == 2 and dutch in err, "--lang wins over the environment"


def test_the_usage_lines_around_an_error_are_in_the_same_language(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, dutch = run_main(["ingest"], capsys)
    _, _, english = run_main(["ingest", "--lang", "en"], capsys)
    assert dutch.startswith("Gebruik: netwerkkaart ingest")
    assert "Zie 'netwerkkaart ingest --help' voor hulp." in dutch
    assert english.startswith("Usage: netwerkkaart ingest")
    assert "Try 'netwerkkaart ingest --help' for help." in english


@pytest.mark.parametrize("value", ["fr", "EN-GB", ""])
def test_an_unknown_language_is_refused_in_dutch(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["--lang", value, "analyse", "--as-of", "2025-01-01"], capsys)
    assert (code, out) == (2, "")
    assert f"Fout: --lang moet nl of en zijn (niet '{value}')" in err


def test_typers_cli_runner_gets_the_same_languages() -> None:
    runner = CliRunner()
    english = runner.invoke(app, ["--lang", "en", *BAD_DATE[0]])
    dutch = runner.invoke(app, BAD_DATE[0])
    assert isinstance(english.exception, InvalidInputError) and isinstance(dutch.exception, InvalidInputError)
    assert str(english.exception).startswith("--as-of '31-13-2025' is not a date")
    assert str(dutch.exception).startswith("--as-of '31-13-2025' is geen datum"), "--lang is not remembered"
    with_env = runner.invoke(app, BAD_DATE[0], env={"NETWERKKAART_LANG": "en"})
    assert str(with_env.exception).startswith("--as-of '31-13-2025' is not a date")


def test_help_lists_the_language_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["--help"], capsys)
    assert code == 0 and "--lang" in out and "NETWERKKAART_LANG" in out
