"""The rules pack's texts in the interface language (issue #24): what ``services/pack_texts.py`` gives, with
the marks' words and the legend translated by Qt, and the English original in each tooltip. Used by the
Checks and Evidence steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from parole_desktop.domain.models import Finding
from parole_desktop.services.pack_texts import DRAFT_MARK, Marks, PackTexts, Shown
from parole_desktop.services.rulebook import ChecklistItem
from parole_desktop.ui import i18n

__all__ = ["DRAFT_MARK", "InterfacePackTexts", "Shown"]


class InterfacePackTexts:
    """The pack's texts in the interface language in use now."""

    def __init__(self, raw: dict[str, Any], lang: str | None = None) -> None:
        marks = Marks(
            stale=QCoreApplication.translate("pack_texts", "translation out of date: shown in English"),
            missing=QCoreApplication.translate("pack_texts", "not translated yet: shown in English"),
        )
        self.texts = PackTexts(raw, lang or i18n.current_language(), marks)

    @property
    def english(self) -> bool:
        return self.texts.english

    @staticmethod
    def legend() -> str:
        """What the draft mark means, one short line for under a list."""
        return QCoreApplication.translate(
            "pack_texts", "* not yet reviewed: a draft translation a qualified translator has not checked."
        )

    @staticmethod
    def draft_tooltip() -> str:
        return QCoreApplication.translate(
            "pack_texts", "Not yet reviewed: a draft translation a qualified translator has not checked."
        )

    def finding(self, f: Finding) -> tuple[Shown, str]:
        """A finding as shown and its tooltip (the translation, the English message as stored, the mark)."""
        shown = self.texts.finding(f)
        if self.english:
            return shown, f.message
        lines = [
            shown.text,
            QCoreApplication.translate("pack_texts", "In English, as stored: {message}").format(
                message=i18n.isolate(f.message)
            ),
        ]
        if shown.draft:
            lines.append(self.draft_tooltip())
        return shown, "\n".join(lines)

    def item(self, it: ChecklistItem) -> tuple[Shown, Shown]:
        return self.texts.item(it)

    def english_line(self, it: ChecklistItem) -> str:
        """The checklist line's English original, for its tooltip and detail ("" in English)."""
        if self.english:
            return ""
        return QCoreApplication.translate("pack_texts", "In English: {text}").format(
            text=i18n.isolate(f"{it.title} — {it.description}")
        )

    def item_tooltip(self, it: ChecklistItem, title: Shown, description: Shown) -> str:
        """A checklist line's tooltip: the description as shown, the English original, the draft mark."""
        lines = [description.text, self.english_line(it)]
        if title.draft or description.draft:
            lines.append(self.draft_tooltip())
        return "\n".join(line for line in lines if line)
