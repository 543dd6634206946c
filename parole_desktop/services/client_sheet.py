"""The client sheet of a case (issue #24): the documents still needed, what happens next and how to reach the
site, in the client's language, from the rules pack's catalogs (``rules/translations.py``).

What goes in is chosen here, and only this: the client's given name; the checklist items of the case as it
stands that are required and not yet satisfied (their pack wording, never the volunteer's notes or the
evidence); the pack's next steps for the case's channel; and the organization the vault's pinned roster
names (the only record of the site the vault keeps — no contact is recorded, so none is printed). Never the
filing, the statement, findings, reviewer notes or any other case field.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parole_desktop.domain.enums import Role
from parole_desktop.errors import UserError
from parole_desktop.rules import translations as tr
from parole_desktop.services import roster
from parole_desktop.services.checks import active_pack
from parole_desktop.services.rulebook import checklist
from parole_desktop.services.session import Session

if TYPE_CHECKING:
    from parole_desktop.packet.client_sheet import ClientSheet, Text

log = logging.getLogger(__name__)

ENGLISH_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fa_AF": "Dari",
    "ps": "Pashto",
    "ar": "Arabic",
    "uk": "Ukrainian",
    "ht": "Haitian Creole",
}
LANGUAGES = tr.SHEET_LANGUAGES


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself
    english: str
    rtl: bool


def languages() -> list[Language]:
    """Every language a client sheet can be made in, English first."""
    out = [Language("en", "English", "English", False)]
    for code, (name, direction) in tr.LANGUAGES.items():
        out.append(Language(code, name, ENGLISH_NAMES[code], direction == "rtl"))
    return out


def language_list() -> str:
    return ", ".join(f"{lang.code} ({lang.english})" for lang in languages())


def check_language(lang: str) -> str:
    """``lang`` when a sheet can be made in it, else a UserError naming the languages."""
    if lang not in LANGUAGES:
        raise UserError(f"No client sheet in {lang!r}: choose one of {language_list()}.")
    return lang


def catalog_note(session: Session, lang: str) -> str:
    """One line on the state of a language's catalog, for the volunteer (the Export step shows it)."""
    check_language(lang)
    if lang == "en":
        return "English: the pack's own text."
    st = tr.catalog_status(active_pack(session).raw, lang)
    parts = [f"{ENGLISH_NAMES[lang]}: {st.present} of {st.total} texts translated, {st.reviewed} reviewed"]
    if st.reviewed < st.present:
        parts.append(f"{st.present - st.reviewed} not yet reviewed")
    if st.stale:
        parts.append(f"{len(st.stale)} out of date (shown in English, marked)")
    if st.present + len(st.stale) < st.total:
        parts.append(f"{st.total - st.present - len(st.stale)} not translated (shown in English, marked)")
    return "; ".join(parts) + "."


def sheet_file_name(case_id: int, lang: str, today: dt.date | None = None) -> str:
    return f"client-sheet-{case_id}-{lang}-{(today or dt.date.today()).strftime('%Y%m%d')}.pdf"


@dataclass(frozen=True)
class SheetResult:
    path: str
    pages: int
    lang: str
    items: int  # documents still needed
    marked: int  # texts shown with a mark (draft, out of date, not translated)


class _Texts:
    def __init__(self, raw: dict[str, Any], lang: str) -> None:
        self.raw, self.lang = raw, lang
        self.rtl = lang != "en" and tr.LANGUAGES[lang][1] == "rtl"
        self.marked = 0

    def text(self, key: str, english: str | None = None, **values: str) -> Text:
        from parole_desktop.packet.client_sheet import Text

        loc = tr.localize(self.raw, self.lang, key, english)
        text = loc.text
        for name, value in values.items():  # inserted data is isolated: it never reorders the sentence
            text = text.replace("{" + name + "}", f"\u2068{value}\u2069")
        mark = loc.state if loc.marked else ""
        self.marked += bool(mark)
        return Text(text, rtl=self.rtl and loc.lang != "en", mark=mark)

    def marks(self) -> dict[str, tuple[Text | None, str]]:
        from parole_desktop.packet.client_sheet import Text

        out: dict[str, tuple[Text | None, str]] = {}
        for mark in ("unreviewed", "stale", "missing"):
            key = f"sheet.mark_{mark}"
            english = tr.english_sources(self.raw)[key]
            loc = tr.localize(self.raw, self.lang, key)
            translated = Text(loc.text, rtl=self.rtl) if loc.lang != "en" else None
            out[mark] = (translated, english)
        return out


def build_sheet(
    session: Session, case_id: int, lang: str, *, today: dt.date | None = None
) -> tuple[ClientSheet, int]:
    """The :class:`~parole_desktop.packet.client_sheet.ClientSheet` of a case as it stands, and how many of
    its texts carry a mark."""
    from parole_desktop.packet.client_sheet import ClientSheet, Item

    check_language(lang)
    today = today or dt.date.today()
    case = session.load_case(case_id)
    pack = active_pack(session)
    t = _Texts(pack.raw, lang)
    ben = case.people_with_role(Role.BENEFICIARY)
    given = ben[0].given_name.strip() if ben else ""
    items: list[Item] = []
    for line in checklist(case, pack, today=today):
        if not line.required or line.satisfied:
            continue
        key = f"item.{line.group}.{line.item_id}.{line.wording + '.' if line.wording else ''}"
        items.append(
            Item(
                title=t.text(key + "title", line.title),
                description=t.text(key + "description", line.description),
                note=t.text("sheet.needs_translation") if line.untranslated_ids else None,
            )
        )
    channel = case.channel.value
    steps = [
        s for s in (pack.raw.get("client_sheet") or {}).get("next_steps", ()) if channel in s["channels"]
    ]
    pinned = roster.pinned_roster(session.vault)
    org = pinned.org_name.strip() if pinned is not None else ""
    return ClientSheet(
        lang=lang,
        rtl=t.rtl,
        title=t.text("sheet.title"),
        prepared_for=t.text("sheet.prepared_for", name=given, date=today.isoformat()) if given else None,
        documents_heading=t.text("sheet.documents_needed"),
        items=items,
        nothing_missing=None if items else t.text("sheet.nothing_missing"),
        next_heading=t.text("sheet.next_steps"),
        next_steps=[t.text(f"next.{s['id']}") for s in steps],
        contact_heading=t.text("sheet.contact") if org else None,
        contact=[org] if org else [],
        keep=t.text("sheet.keep"),
        as_of=t.text("sheet.as_of", date=pack.as_of.isoformat()),
        marks=t.marks(),
    ), t.marked


def export_client_sheet(
    session: Session, case_id: int, lang: str, dest: Path, *, today: dt.date | None = None
) -> SheetResult:
    """Write the client sheet of a case in ``lang`` to ``dest`` (atomically) and record it in the audit log."""
    check_language(lang)
    dest = Path(dest).expanduser()
    if dest.suffix.lower() != ".pdf":
        dest = dest.with_suffix(".pdf")
    if not dest.parent.is_dir():
        raise UserError(f"The folder {dest.parent} does not exist (is the drive plugged in?).")
    sheet, marked = build_sheet(session, case_id, lang, today=today)
    from parole_desktop.packet.client_sheet import build_client_sheet

    pages = build_client_sheet(sheet, dest)
    with session.vault.atomic():
        session.vault.audit.append(
            session.actor,
            "export",
            "case",
            case_id,
            f"client_sheet={lang} pages={pages} items={len(sheet.items)}",
        )
    log.info("wrote the %s client sheet of case %s: %d pages", lang, case_id, pages)
    return SheetResult(str(dest), pages, lang, len(sheet.items), marked)
