"""Finding a person's data in one decoded text value: names and ids become the person's pseudonym,
e-mail addresses and phone numbers of people disappear.

Names match case-insensitively and across runs of white space; ids match as whole words; e-mail
addresses compare lower-cased; phone numbers compare by their last nine digits, so `06-1234 5678`,
`+31 (0)6 12345678` and `0612345678` are one number. Every person has their own pseudonym; a name
several people share gets the pseudonym of the one the surrounding data names (`context`), or else one
keyed on the name, which says nothing about which of them is meant.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from analysis.pseudonyms import pseudonym
from graph.person_privacy import PersonalData

HIDDEN = "–"
# Longer terms are matched one pattern each: a trie branch per character would nest groups as deep
# as the name is long, and the regex compiler recurses on nesting.
TRIE_MAX_CHARS = 100
PHONE_DIGITS = 9  # a Dutch number without its 0 or +31: what every way of writing it shares
_MIN_PHONE_DIGITS = 6
_EMAIL = re.compile(r"(?<![\w.+-])[\w+-][\w.+-]*(?:@|%40)[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\(?\d[\d \-().\/]*\d")


def term_key(text: str) -> str:
    """Return the form a name or id is looked up by: lower case, single spaces."""
    return " ".join(text.lower().split())


def _trie_pattern(words: Iterable[str]) -> str:
    """Return a regex matching any of `words` (a space matching any white space), built as a trie
    so matching stays fast for 100k words."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [(r"\s+" if c == " " else re.escape(c)) + build(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _bounded(body: str) -> re.Pattern[str]:
    # The lookarounds keep "Noor" out of "Noordereiland".
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


class PersonMatcher:
    """Replaces the personal data of a fixed set of people in single text values."""

    def __init__(self, people: list[PersonalData], secret: bytes) -> None:
        self.alias = {p.id: pseudonym(p.id, secret) for p in people}
        self.people_by_term: dict[str, list[str]] = defaultdict(list)
        for person in people:
            for term in {term_key(person.id), term_key(person.name or "")} - {""}:
                self.people_by_term[term].append(person.id)
        self.shared = {t: pseudonym("name:" + t, secret) for t, ids in self.people_by_term.items()
                       if len(set(ids)) > 1}
        short = [t for t in self.people_by_term if len(t) <= TRIE_MAX_CHARS]
        self.patterns = [_bounded(_trie_pattern(short))] if short else []
        self.patterns += [_bounded(r"\s+".join(map(re.escape, t.split(" "))))
                          for t in self.people_by_term if len(t) > TRIE_MAX_CHARS]
        self.emails = {p.email.strip().lower() for p in people if p.email}
        self.phones = {_phone_key(p.phone) for p in people if p.phone}
        self.phones.discard("")
        self.phone_lengths = sorted({len(d) for d in self.phones})

    def is_person_id(self, text: str) -> bool:
        """Return whether `text` is exactly some person's id."""
        return text in self.alias

    def value(self, text: str, context: Collection[str] = ()) -> str:
        """Return `text` with names and ids as pseudonyms and people's e-mail and phone hidden;
        `context` holds the ids of the people the data around `text` is about."""
        if text in self.alias:
            return self.alias[text]
        # Contacts first: a name that is also a word of an address (`nl`) must not hide the address.
        if self.emails:
            text = _EMAIL.sub(self._email, text)
        if self.phones:
            text = _PHONE.sub(self._phone, text)
        for pattern in self.patterns:
            text = pattern.sub(lambda m: self._alias(m.group(0), context), text)
        return text

    def _alias(self, found: str, context: Collection[str]) -> str:
        key = term_key(found)
        ids = self.people_by_term[key]
        if key not in self.shared:
            return self.alias[ids[0]]
        meant = {i for i in ids if i in context}
        return self.alias[meant.pop()] if len(meant) == 1 else self.shared[key]

    def _email(self, match: re.Match[str]) -> str:
        found = match.group(0).replace("%40", "@").lower()
        return HIDDEN if found in self.emails else match.group(0)

    def _phone(self, match: re.Match[str]) -> str:
        # Any stored phone's digits inside the run hide the whole run (it may hold more than one number).
        digits = re.sub(r"\D", "", match.group(0))
        for length in self.phone_lengths:
            if any(digits[i:i + length] in self.phones for i in range(len(digits) - length + 1)):
                return HIDDEN
        return match.group(0)


def _phone_key(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < _MIN_PHONE_DIGITS:
        return ""
    return digits[-PHONE_DIGITS:]
