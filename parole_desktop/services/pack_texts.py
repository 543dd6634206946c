"""The rules pack's texts in the language a volunteer reads (issue #24): a finding's rule title and what to
do, a checklist line's title and description, from the pack's catalogs (``rules/translations.py``), for the
interface (``ui/pack_texts.py``) and the command line's ``check --lang``.

Only what is *shown* is translated: a finding keeps its English message (the stored findings and everything
filed stay English), shown beside the translation. A draft translation is marked with a leading ``*`` (a legend says what
that means), a translation whose English changed gives way to the English marked "translation out of
date", a text no catalog has yet is English marked "not translated yet". In English nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from parole_desktop.domain.models import Finding
from parole_desktop.rules import translations as tr
from parole_desktop.rules.checklist import ChecklistItem

ENGLISH = tr.ENGLISH
REVIEWED, DRAFT, STALE, MISSING, ENGLISH_STATE = (
    tr.REVIEWED,
    tr.UNREVIEWED,
    tr.STALE,
    tr.MISSING,
    tr.ENGLISH_STATE,
)
#: the mark of a draft translation (the legend under a list, or after the command's output, explains it)
DRAFT_MARK = "*"
_ORDER = (STALE, MISSING, DRAFT, REVIEWED, ENGLISH_STATE)


@dataclass(frozen=True)
class Marks:
    """The words of the marks, in the language shown (the caller translates them: Qt or gettext)."""

    stale: str  # "translation out of date: shown in English"
    missing: str  # "not translated yet: shown in English"


@dataclass(frozen=True)
class Shown:
    """One text as shown: ``text`` with its mark and the ``state`` that decided the mark (the most serious
    of its parts: out of date, not translated, draft, reviewed, English)."""

    text: str
    state: str

    @property
    def draft(self) -> bool:
        return self.state == DRAFT

    @property
    def marked(self) -> bool:
        return self.state in (DRAFT, STALE, MISSING)


def combine(parts: Sequence[tr.Localized], marks: Marks, sep: str = " — ") -> Shown:
    """The parts joined, marked once by their most serious state."""
    text = sep.join(p.text for p in parts)
    return _marked(text, parts, marks)


def _marked(text: str, parts: Sequence[tr.Localized], marks: Marks) -> Shown:
    state = min((p.state for p in parts), key=_ORDER.index)
    if state == DRAFT:  # the mark leads: a long row is elided at its end, never its mark
        return Shown(f"{DRAFT_MARK} {text}", state)
    if state == STALE:
        return Shown(f"{text} ({marks.stale})", state)
    if state == MISSING:
        return Shown(f"{text} ({marks.missing})", state)
    return Shown(text, state)


def language_of(lang: str) -> str:
    """``lang`` when the pack's catalogs can carry it, else English."""
    return lang if lang in tr.LANGUAGES else ENGLISH


class PackTexts:
    """The pack's catalogs for one language (English: every text as the pack has it)."""

    def __init__(self, raw: dict[str, Any], lang: str, marks: Marks) -> None:
        self.lang = language_of(lang)
        self.catalog = tr.Catalog(raw, self.lang)
        self.marks = marks

    @property
    def english(self) -> bool:
        return self.lang == ENGLISH

    def finding(self, f: Finding) -> Shown:
        """A finding: its English message in English; else its rule's title and what to do, translated
        (the caller shows the English message beside it, as stored)."""
        if self.english:
            return Shown(f.message, ENGLISH_STATE)
        try:
            title, action = self.catalog.rule(f.rule_id)
        except KeyError:  # a rule the catalogs do not know (an imported pack's own): its English message
            return Shown(f"{f.message} ({self.marks.missing})", MISSING)
        parts = [title] + ([action] if action is not None else [])
        kind, _, item_id = f.field.partition(".")
        about = self.catalog.item_title(item_id) if kind == "checklist" else None
        if about is None or about.text == title.text:  # the rule's words say it all
            return combine(parts, self.marks)
        # several findings of one rule, one per checklist item: the item's title tells them apart
        text = f"{title.text} ({about.text})" + (f" — {action.text}" if action is not None else "")
        return _marked(text, [*parts, about], self.marks)

    def item(self, it: ChecklistItem) -> tuple[Shown, Shown]:
        """A checklist line's title and description."""
        if self.english:
            return Shown(it.title, ENGLISH_STATE), Shown(it.description, ENGLISH_STATE)
        title, description = self.catalog.item(it.group, it.item_id, it.wording, it.title, it.description)
        return combine([title], self.marks), combine([description], self.marks)
