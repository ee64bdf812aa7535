"""The command line's language: Dutch by default, English with `--lang en` or `NETWERKKAART_LANG=en`.

Every message the CLI prints comes from the catalogue (`say`), and so do the usage errors of the
command-line parser ("Onbekende optie: --x"). click asks the stdlib's `gettext` for its messages, and
`install_click_messages` points those lookups at the catalogue's `click` domain; typer's own copy of
click writes its messages in English f-strings, so its usage errors are shown by `_show_usage_error`,
which recognises the common ones (`_USAGE`) and says them from the catalogue.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import IO, Any

from graph import catalogue
from graph.catalogue import LANGS

# The language `--lang` chose for this run (None: NETWERKKAART_LANG, else Dutch). A list, so that
# `choose` changes it in place; main() resets it on every run (tests run many in one process).
_chosen: list[str | None] = [None]


def choose(lang: str | None) -> None:
    """Make `lang` the language of this run's messages (None: back to NETWERKKAART_LANG or Dutch)."""
    _chosen[0] = lang if lang in LANGS else None


def cli_lang() -> str:
    """Return the language of the CLI's messages: `--lang`, else NETWERKKAART_LANG, else nl."""
    return _chosen[0] or catalogue.default_lang()


def split_lang(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """Return the value of `--lang` in `argv` (`--lang en`, `--lang=en`; None if absent) and argv without it.

    `--lang` may stand anywhere, before or after the command (`netwerkkaart analyse --lang en`): it is
    the language of the whole run, taken out before click parses the rest.
    """
    lang, rest, args = None, [], list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--":
            rest += [arg, *args]
            break
        if arg == "--lang" and args:
            lang = args.pop(0)
        elif arg.startswith("--lang="):
            lang = arg.removeprefix("--lang=")
        else:
            rest.append(arg)
    return lang, rest


def checked_lang(lang: str | None) -> str:
    """Return `lang` (nl or en), the CLI's language when None; raise InvalidInputError for another."""
    from graph.errors import InvalidInputError

    if lang is None:
        return cli_lang()
    if lang.strip().lower() not in LANGS:
        raise InvalidInputError(say("cli_lang_invalid", value=lang))
    return lang.strip().lower()


def say(key: str, **values: object) -> str:
    """Return message `key` in the CLI's language with its placeholders filled."""
    return catalogue.say(key, cli_lang(), **values)


def plural(key: str, n: int, **values: object) -> str:
    """Return the singular or plural form of `key` for `n` in the CLI's language."""
    return catalogue.plural(key, n, cli_lang(), **values)


def _click_gettext(message: str) -> str:
    return catalogue.translations(cli_lang(), "click").gettext(message)


def _click_ngettext(singular: str, plural_form: str, n: int) -> str:
    return catalogue.translations(cli_lang(), "click").ngettext(singular, plural_form, n)


# typer's English usage errors → catalogue keys (the named groups are the message's placeholders).
_USAGE = tuple((re.compile(pattern, re.DOTALL), key) for pattern, key in (
    (r"No such option:? '?(?P<name>[^' ]+)'?\.?", "cli_no_such_option"),
    (r"No such command '(?P<name>[^']+)'\.", "cli_no_such_command"),
    (r"Missing argument '?(?P<name>[^']+)'?\.", "cli_missing_argument"),
    (r"Missing option '?(?P<name>[^']+)'?\.", "cli_missing_option"),
    (r"Missing command\.", "cli_missing_command"),
    (r"Got unexpected extra argument(?:\(s\)|s)? \((?P<args>.*)\)", "cli_extra_arguments"),
    (r"Option '(?P<name>[^']+)' requires an argument\.", "cli_option_needs_value"),
    (r"Option '(?P<name>[^']+)' requires (?P<count>\d+) arguments\.", "cli_option_needs_values"),
    (r"Option '(?P<name>[^']+)' does not take a value\.", "cli_option_takes_no_value"),
    (r"Invalid value for '?(?P<name>[^:']+)'?: (?P<message>.*)", "cli_invalid_value"),
    (r"Invalid value: (?P<message>.*)", "cli_invalid_value_plain"),
    (r"'(?P<value>.*)' is not a valid (?:integer|float|integer range|float range)\.", "cli_not_a_number"),
    (r"(?P<value>\S+) is not in the range (?P<range>.*)\.", "cli_not_in_range"),
    (r"Input should be a valid (?:integer|number).*", "cli_not_a_whole_number"),
    (r"Input should be less than or equal to (?P<limit>\S+)", "cli_at_most"),
    (r"Input should be greater than or equal to (?P<limit>\S+)", "cli_at_least"),
    (r"'(?P<value>.*)' is not one of (?P<choices>.*)\.", "cli_not_a_choice"),
    (r"'(?P<value>.*)' is not (?P<choices>'[^']*')\.", "cli_not_a_choice"),
))


def usage_message(message: str) -> str:
    """Return a parser's English usage error in the CLI's language (unchanged when not recognised)."""
    hint = re.search(r"\s*\(Possible options: (?P<options>[^)]*)\)$", message)
    if hint:
        message = message[:hint.start()]
    for pattern, key in _USAGE:
        found = pattern.fullmatch(message.strip())
        if found:
            values = found.groupdict()
            if "message" in values:
                values["message"] = usage_message(values["message"])
            message = say(key, **values)
            break
    return message + (" " + say("cli_possible_options", options=hint["options"]) if hint else "")


def _show_usage_error(error: Any, file: IO[str] | None = None) -> None:
    out = file or sys.stderr
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        usage = ctx.get_usage()
        out.write(say("cli_usage") + usage.removeprefix("Usage:") + "\n")
        if ctx.command.get_help_option(ctx) is not None:
            out.write(say("cli_try_help", command=ctx.command_path, option=ctx.help_option_names[0]) + "\n")
        out.write("\n")
    out.write(f"{say('cli_error')} {usage_message(error.format_message())}\n")
    out.flush()


def install_click_messages() -> None:
    """Show click's and typer's usage errors in the CLI's language, from the catalogue."""
    try:
        from typer._click import exceptions as typer_errors
    except ImportError:  # a typer that uses click itself: the gettext lookups below are enough
        typer_errors = None
    if typer_errors is not None:
        typer_errors.UsageError.show = _show_usage_error  # type: ignore[method-assign]
    for name in ("click.core", "click.exceptions", "click.parser", "click.types", "click.formatting",
                 "click.decorators", "click.termui", "typer.core", "typer._click.parser"):
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = _click_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _click_ngettext  # type: ignore[attr-defined]
