"""The rules pack's per-language catalogs (issue #24): translations of the texts a client reads (the evidence
checklist items, what happens next, the client sheet's own words), each tied to the English it translates.

The English sources live where they always did (``common_items``, ``reasons[].items``, ``rules``) plus the
pack section ``client_sheet`` (``texts``: the sheet's headings and sentences; ``next_steps``: what happens
next, per channel, sourced and dated). A catalog entry, ``translations[lang][key]``, holds the ``text``, the
``source_sha256`` of the English it translates (SHA-256 of the UTF-8 English text) and ``reviewed``: whether a
qualified translator checked it. Looking a key up (:func:`localize`) gives

* ``reviewed`` / ``unreviewed`` — the translation (an unreviewed draft is shown marked "not yet reviewed");
* ``stale`` — the English changed since it was translated: the English is shown, marked "translation out of
  date";
* ``missing`` — no entry: the English, marked "not translated yet";
* ``english`` — English asked for.

Keys: ``sheet.<id>``, ``next.<id>``, ``item.<group>.<item>.title|description`` (group ``common`` or the
reason id: one item id may be worded differently per reason), ``item.<group>.<item>.<when>.title|description``
for a variant wording, and ``rule.<id>.title|action`` (the volunteers' messages: a finding is shown by its rule's title and action in
the interface language, :class:`Catalog`; the finding's own English message, with the case's data, stays what is
stored and filed).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from parole_desktop.errors import ValidationError

#: the languages a catalog may hold (issue #24), with their own name and writing direction
LANGUAGES: dict[str, tuple[str, str]] = {
    "es": ("Español", "ltr"),
    "fa_AF": ("دری", "rtl"),
    "ps": ("پښتو", "rtl"),
    "ar": ("العربية", "rtl"),
    "uk": ("Українська", "ltr"),
    "ht": ("Kreyòl ayisyen", "ltr"),
}
ENGLISH = "en"
#: every language a client sheet can be made in, English first
SHEET_LANGUAGES: tuple[str, ...] = (ENGLISH, *LANGUAGES)

REVIEWED, UNREVIEWED, STALE, MISSING, ENGLISH_STATE = "reviewed", "unreviewed", "stale", "missing", "english"

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
#: what a translation carries over from the English untouched: form names ("Form I-134", "I-94", "G-28"),
#: citations ("INA 212(a)", "214(b)"), agencies, rule ids, "EXPEDITE", "uscis.gov", "PDF" and every number
_PROTECTED = re.compile(
    r"(?:Form )?\b[IG]-\d+[A-Z]?\b|INA \d+\([a-z]\)|\b\d+\([a-z]\)|\b(?:USCIS|CBP|ICE|EXPEDITE|PDF)\b"
    r"|\bHP-[A-Z]+-\d+\b|uscis\.gov|Proclamations|\d+(?:x\d+)?"
)


def source_sha256(english: str) -> str:
    """The hash a catalog entry records of the English it translates."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()


def placeholders(text: str) -> list[str]:
    """The ``{name}`` placeholders of a text, sorted (a translation must keep exactly these)."""
    return sorted(_PLACEHOLDER.findall(text))


_DIGITS = {ord(c): str(i % 10) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")}


def protected_terms(text: str) -> Counter[str]:
    """The form names, citations, agencies, rule ids and numbers of a text (a translation keeps each; a
    number may be written in Persian or Arabic-Indic digits, ۱۸ is 18)."""
    return Counter(_PROTECTED.findall(text.translate(_DIGITS)))


def lost_terms(english: str, translation: str) -> list[str]:
    """The protected terms of ``english`` that ``translation`` lost (empty when it kept them all)."""
    return sorted((protected_terms(english) - protected_terms(translation)).elements())


def item_key(group: str, item_id: str, part: str, when: str = "") -> str:
    """The catalog key of one checklist item's title or description (``when``: a variant's condition)."""
    return f"item.{group}.{item_id}.{when + '.' if when else ''}{part}"


def _items(raw: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = [("common", i) for i in raw.get("common_items", ())]
    for reason in raw.get("reasons", ()):
        out += [(reason["id"], i) for i in reason["items"]]
    return out


def english_sources(raw: dict[str, Any]) -> dict[str, str]:
    """Every translatable key of a pack dict with its current English text."""
    out: dict[str, str] = {}
    sheet = raw.get("client_sheet") or {}
    for key, text in (sheet.get("texts") or {}).items():
        out[f"sheet.{key}"] = text
    for step in sheet.get("next_steps", ()):
        out[f"next.{step['id']}"] = step["text"]
    for group, item in _items(raw):
        out[item_key(group, item["id"], "title")] = item["title"]
        out[item_key(group, item["id"], "description")] = item["description"]
        for v in item.get("variants", ()):
            out[item_key(group, item["id"], "title", v["when"])] = v["title"]
            out[item_key(group, item["id"], "description", v["when"])] = v["description"]
    for rid, rule in (raw.get("rules") or {}).items():
        out[f"rule.{rid}.title"] = rule["title"]
        if rule.get("action"):
            out[f"rule.{rid}.action"] = rule["action"]
    return out


def client_keys(raw: dict[str, Any]) -> list[str]:
    """The keys a client reads (the sheet's words, next steps, checklist items): what a language must
    cover and have reviewed before it ships."""
    return [k for k in english_sources(raw) if not k.startswith("rule.")]


@dataclass(frozen=True)
class Localized:
    """One text as shown: ``text`` in ``lang`` (``en`` when it fell back), and why (``state``)."""

    key: str
    text: str
    lang: str
    state: str

    @property
    def marked(self) -> bool:
        """True when the text must carry a mark (draft, out of date, not translated)."""
        return self.state in (UNREVIEWED, STALE, MISSING)


def localize(raw: dict[str, Any], lang: str, key: str, english: str | None = None) -> Localized:
    """``key`` in ``lang``: the catalog's text when its English is unchanged, else the English (``english``
    defaults to the pack's current English for the key)."""
    sources = english_sources(raw) if english is None else {key: english}
    if key not in sources:
        raise KeyError(key)
    current = sources[key]
    if lang == ENGLISH:
        return Localized(key, current, ENGLISH, ENGLISH_STATE)
    entry = ((raw.get("translations") or {}).get(lang) or {}).get(key)
    if entry is None:
        return Localized(key, current, ENGLISH, MISSING)
    if entry["source_sha256"] != source_sha256(current):
        return Localized(key, current, ENGLISH, STALE)
    return Localized(key, entry["text"], lang, REVIEWED if entry["reviewed"] else UNREVIEWED)


class Catalog:
    """One language's view of a pack's catalogs, the English sources read once: what the interface and the
    command line use to show findings and checklist lines (many look-ups per screen)."""

    def __init__(self, raw: dict[str, Any], lang: str) -> None:
        self.raw, self.lang = raw, lang
        self.sources = english_sources(raw)
        self.entries: dict[str, Any] = (
            {} if lang == ENGLISH else (raw.get("translations") or {}).get(lang) or {}
        )

    def get(self, key: str, english: str | None = None) -> Localized:
        """Like :func:`localize`; ``english`` is the text shown when the key is unknown (a rule or item of
        an older or newer pack than the catalogs)."""
        current = self.sources.get(key, english)
        if current is None:
            raise KeyError(key)
        if self.lang == ENGLISH:
            return Localized(key, current, ENGLISH, ENGLISH_STATE)
        entry = self.entries.get(key)
        if entry is None:
            return Localized(key, current, ENGLISH, MISSING)
        if entry["source_sha256"] != source_sha256(current):
            return Localized(key, current, ENGLISH, STALE)
        return Localized(key, entry["text"], self.lang, REVIEWED if entry["reviewed"] else UNREVIEWED)

    def rule(self, rule_id: str) -> tuple[Localized, Localized | None]:
        """A rule's title and what to do (``None`` when the rule has no action); KeyError for no such rule."""
        title = self.get(f"rule.{rule_id}.title")
        key = f"rule.{rule_id}.action"
        return title, (self.get(key) if key in self.sources else None)

    def item_title(self, item_id: str) -> Localized | None:
        """The title of checklist item ``item_id`` in its own wording (common, or the first reason that
        lists it): what a finding about ``checklist.<item_id>`` is about. ``None`` for no such item."""
        for key in self.sources:
            parts = key.split(".")
            if len(parts) == 4 and parts[0] == "item" and parts[2] == item_id and parts[3] == "title":
                return self.get(key)
        return None

    def item(
        self, group: str, item_id: str, wording: str, title: str, description: str
    ) -> tuple[Localized, Localized]:
        """A checklist line's title and description (the English given is what the checklist computed)."""
        return (
            self.get(item_key(group, item_id, "title", wording), title),
            self.get(item_key(group, item_id, "description", wording), description),
        )


@dataclass(frozen=True)
class CatalogStatus:
    """How far a language's catalog covers the client-facing keys."""

    lang: str
    total: int  # client-facing keys
    present: int  # with an up-to-date entry
    reviewed: int  # of those, reviewed by a qualified translator
    stale: tuple[str, ...]  # keys whose English changed since they were translated
    rule_total: int = 0  # the volunteers' messages (rule titles and actions)
    rule_present: int = 0  # of those, with an up-to-date entry

    @property
    def ships(self) -> bool:
        """Issue #24: a language ships when >= 90% of its entries exist (and its client-facing entries are
        reviewed or marked: unreviewed ones always are)."""
        return self.total > 0 and self.present * 10 >= self.total * 9


def catalog_status(raw: dict[str, Any], lang: str) -> CatalogStatus:
    sources = english_sources(raw)
    keys = client_keys(raw)
    catalog = (raw.get("translations") or {}).get(lang) or {}
    present = reviewed = 0
    stale: list[str] = []
    for key in keys:
        entry = catalog.get(key)
        if entry is None:
            continue
        if entry["source_sha256"] != source_sha256(sources[key]):
            stale.append(key)
            continue
        present += 1
        reviewed += bool(entry["reviewed"])
    rule_keys = [k for k in sources if k.startswith("rule.")]
    rule_present = sum(
        1 for k in rule_keys if k in catalog and catalog[k]["source_sha256"] == source_sha256(sources[k])
    )
    return CatalogStatus(lang, len(keys), present, reviewed, tuple(stale), len(rule_keys), rule_present)


def validate_translations(raw: dict[str, Any]) -> None:
    """Raise ValidationError unless every catalog is for a known language, every key names a translatable
    English text, and every translation keeps the English text's placeholders (``{name}``) exactly.
    A stale entry is valid: it falls back to English when shown."""
    catalogs = raw.get("translations")
    if not catalogs:
        return
    sources = english_sources(raw)
    for lang, entries in catalogs.items():
        if lang not in LANGUAGES:
            raise ValidationError(
                f"$.translations.{lang}",
                f"unknown catalog language {lang!r}: the pack may carry {', '.join(LANGUAGES)}",
            )
        for key, entry in entries.items():
            path = f"$.translations.{lang}['{key}']"
            if key not in sources:
                raise ValidationError(path, f"no English text has the key {key!r}")
            if not str(entry.get("text", "")).strip():
                raise ValidationError(path, "a catalog entry needs its text")
            if entry["source_sha256"] != source_sha256(sources[key]):
                continue  # stale: shown in English, nothing to check
            if lost_terms(sources[key], entry["text"]):
                raise ValidationError(
                    path,
                    f"the translation must keep {', '.join(lost_terms(sources[key], entry['text']))} as the "
                    "English writes it (form names, citations, agencies and numbers are not translated)",
                )
            if placeholders(entry["text"]) != placeholders(sources[key]):
                raise ValidationError(
                    path,
                    f"the translation must keep the placeholders {placeholders(sources[key]) or 'none'} of "
                    f"the English, it has {placeholders(entry['text']) or 'none'}",
                )
