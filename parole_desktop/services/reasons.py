"""Is a reviewer's reason for accepting a warning a real reason? (#20 item 13)

A reason is refused when it is

* **empty**;
* **generic**: fewer than :data:`MIN_MEANINGFUL_WORDS` meaningful words. A meaningful word has at least three
  letters and is neither a function word ("the", "for", "this" …) nor an approval word that says nothing
  about the case ("ok", "fine", "reviewed", "acceptable", "approved" …); rule ids ("HP-ID-05") and case
  numbers do not count. Three words is the shortest reason that can say *what* and *why* ("passport
  renewal pending", "hospital letter dated"); "OK, reviewed and acceptable" has none;
* **reused**: the same text (compared folded, rule ids removed) given for warnings of two different rules in
  one sign-off — one reason per decision; the same rule in several cases of a family may share it;
* **naming what the case does not contain**, checked conservatively, only where the answer is certain:
  an "Exhibit X" letter beyond the number of documents the sign-off's cases hold (letters run A, B, … over
  the originals), a "case N" that the sign-off does not cover, and a person named with a title
  ("Mr", "Ms", "Mrs", "Dr" + name) whose name is no person's name in those cases.

Pure functions over the reason text and the cases; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parole_desktop.domain import text as text_rule
from parole_desktop.domain.models import Case
from parole_desktop.domain.search_text import normalise
from parole_desktop.l10n import _, ngettext

MIN_MEANINGFUL_WORDS = 3

_RULE_ID = re.compile(r"\bHP-[A-Z]+-\d+\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_EXHIBIT = re.compile(r"\b[Ee]xhibits?\s+([A-Z]{1,2})(?:-\d+)?\b")
_CASE_NO = re.compile(r"\bcase\s+(?:no\.?\s*|number\s+|#\s*)?(\d+)\b", re.IGNORECASE)
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([^\W\d_][\w'’-]*)", re.UNICODE)

FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "this",
        "that",
        "these",
        "those",
        "with",
        "from",
        "into",
        "onto",
        "are",
        "was",
        "were",
        "been",
        "being",
        "has",
        "have",
        "had",
        "not",
        "but",
        "its",
        "it's",
        "our",
        "ours",
        "their",
        "theirs",
        "there",
        "here",
        "than",
        "then",
        "them",
        "they",
        "you",
        "your",
        "yours",
        "his",
        "her",
        "hers",
        "she",
        "him",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "each",
        "every",
        "per",
        "via",
        "also",
        "just",
        "only",
        "very",
        "too",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "does",
        "did",
        "done",
        "doing",
        "about",
        "above",
        "after",
        "again",
        "against",
        "before",
        "below",
        "between",
        "both",
        "during",
        "further",
        "more",
        "most",
        "other",
        "over",
        "same",
        "some",
        "such",
        "under",
        "until",
        "upon",
        "while",
        "out",
        "off",
        "own",
        "one",
        "two",
    ]
)
GENERIC_WORDS = frozenset(
    [
        "okay",
        "fine",
        "good",
        "great",
        "yes",
        "yep",
        "none",
        "nil",
        "nothing",
        "reviewed",
        "review",
        "read",
        "seen",
        "checked",
        "check",
        "noted",
        "note",
        "accepted",
        "accept",
        "acceptable",
        "accepting",
        "approve",
        "approved",
        "approval",
        "agree",
        "agreed",
        "correct",
        "confirmed",
        "confirm",
        "issue",
        "issues",
        "problem",
        "problems",
        "warning",
        "warnings",
        "finding",
        "findings",
        "rule",
        "rules",
        "ignore",
        "ignored",
        "waived",
        "waive",
        "reason",
        "reasons",
        "see",
        "above",
        "below",
        "same",
        "ditto",
        "tbd",
        "todo",
        "later",
        "known",
        "expected",
        "normal",
        "standard",
        "applicable",
        "allowed",
        "valid",
    ]
)


def meaningful_words(reason: str) -> list[str]:
    """The words of ``reason`` that can carry a fact (see the module docstring)."""
    text = _CASE_NO.sub(" ", _RULE_ID.sub(" ", reason))
    words = [w.casefold() for w in _WORD.findall(text)]
    return [w for w in words if w not in FUNCTION_WORDS and w not in GENERIC_WORDS]


def comparable(reason: str) -> str:
    """The reason folded for the "same text for two warnings" comparison (rule ids removed)."""
    return normalise(_RULE_ID.sub(" ", reason))


def _letter_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _names_in(cases: Iterable[Case]) -> set[str]:
    out: set[str] = set()
    for c in cases:
        for p in c.people:
            for part in (
                p.given_name,
                p.family_name,
                p.other_names,
                p.passport_given_name,
                p.passport_family_name,
                p.full_name,
            ):
                out.update(normalise(part).split())
    return out


def not_in_case(reason: str, cases: list[Case]) -> str:
    """What the reason names that the sign-off's cases certainly do not contain, or ''."""
    documents = sum(1 for c in cases for e in c.evidence if e.translation_of is None)
    for m in _EXHIBIT.finditer(reason):
        if _letter_index(m.group(1)) >= documents:
            return ngettext(
                "it names Exhibit {exhibit}, but the cases of this sign-off hold {n} document",
                "it names Exhibit {exhibit}, but the cases of this sign-off hold {n} documents",
                documents,
            ).format(exhibit=m.group(1), n=documents)
    ids = {int(c.id or 0) for c in cases}
    for m in _CASE_NO.finditer(reason):
        if int(m.group(1)) not in ids:
            covered = ", ".join(str(i) for i in sorted(ids))
            return _("it names case {case}, which this sign-off does not cover (case {covered})").format(
                case=m.group(1), covered=covered
            )
    names = _names_in(cases)
    for m in _TITLED.finditer(reason):
        folded = normalise(m.group(1))
        if folded and folded not in names:
            return _("it names {person}, who is not a person of these cases").format(
                person=m.group(0).strip()
            )
    return ""


def reason_problem(reason: str, cases: list[Case]) -> str:
    """Why ``reason`` is not a real reason for accepting a warning (empty, generic, naming what the cases do
    not contain), or '' when it is. Reuse across warnings is checked by the caller (:func:`comparable`)."""
    if not reason.strip():
        return _("no reason given")
    hidden = text_rule.problem(reason, text_rule.Kind.LONG)
    if hidden:
        return hidden
    words = meaningful_words(reason)
    if len(words) < MIN_MEANINGFUL_WORDS:
        return _(
            "{reason} is too generic: say what was checked and why it is acceptable "
            "(at least {n} words about the case, not “ok”, “fine”, “reviewed”)"
        ).format(reason=text_rule.excerpt(reason), n=MIN_MEANINGFUL_WORDS)
    return not_in_case(reason, cases)


__all__ = ["MIN_MEANINGFUL_WORDS", "comparable", "meaningful_words", "not_in_case", "reason_problem"]
