"""When a language ships (issue #24 item 5): "A language ships when ≥ 90 % of its entries exist and its
client-facing entries are reviewed or marked."

Per language, :func:`language_status` counts the entries of its three catalogs — the interface
(``resources/i18n/<lang>.ts``), the command line and core (``resources/i18n/core/<lang>.po``) and the rules
pack's (``translations[lang]``: the client texts and the rule messages) — and how many exist: a draft
(``type="unfinished"`` with a text, ``fuzzy``, ``reviewed: false``) exists; an empty entry does not, nor a
pack entry whose English changed since (it is shown in English). The language ships when the entries that
exist are at least 90 % of all its entries, and every client-facing text (the client sheet's words, next
steps and checklist items) is reviewed or carries a mark the client can read: a draft is marked ``*``, an
out-of-date or missing text is shown in English marked — so the sheet's own three mark texts must exist in
the language, up to date.

The sources (``.ts``, ``.po``) are not bundled with the app: ``packaging/i18n.py build`` writes the status
of every language into ``resources/i18n/languages.json`` beside the compiled catalogs, and the app reads
that (``langstatus.shipping``); in a source tree without a build it counts the sources itself.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from parole_desktop.langstatus import SHIP_SHARE, STATUS_FILE, LanguageStatus, Share, forget, shipping
from parole_desktop.paths import resource
from parole_desktop.rules import load_pack
from parole_desktop.rules import translations as tr

__all__ = [
    "SHIP_SHARE",
    "STATUS_FILE",
    "LanguageStatus",
    "Share",
    "all_status",
    "forget",
    "language_status",
    "po_share",
    "shipping",
    "ts_share",
    "write_status",
]


#: the languages the app offers besides English (the pack's catalogs carry the same ones)
LANGUAGES: tuple[str, ...] = tuple(tr.LANGUAGES)
MARK_KEYS = {
    tr.UNREVIEWED: "sheet.mark_unreviewed",
    tr.STALE: "sheet.mark_stale",
    tr.MISSING: "sheet.mark_missing",
}


def ts_share(path: Path) -> Share:
    """The messages of a Qt ``.ts`` file and how many have a translation (every plural form written)."""
    if not path.is_file():
        return Share(0, 0)
    present = total = 0
    for message in ET.parse(path).getroot().iter("message"):
        t = message.find("translation")
        if t is None or t.get("type") in ("obsolete", "vanished"):
            continue
        total += 1
        forms = [f.text or "" for f in t.findall("numerusform")] if message.get("numerus") == "yes" else []
        present += bool(all(f.strip() for f in forms) if forms else (t.text or "").strip())
    return Share(present, total)


_PO_STRING = re.compile(r'^"(.*)"$')


def po_share(path: Path) -> Share:
    """The entries of a gettext ``.po`` file (not the header, not obsolete ``#~`` ones) and how many have a
    translation (every plural form written; a ``fuzzy`` draft counts)."""
    if not path.is_file():
        return Share(0, 0)
    entries: list[tuple[str, list[str]]] = []
    msgid: str | None = None
    strings: list[str] = []
    current: str | None = None  # which part the continuation lines belong to

    def close() -> None:
        if msgid is not None:
            entries.append((msgid, strings))

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("msgid "):
            close()
            msgid, strings, current = _unquote(line[6:]), [], "id"
        elif line.startswith("msgid_plural "):
            current = "plural"
        elif line.startswith("msgstr"):
            strings.append(_unquote(line.split(" ", 1)[1]))
            current = "str"
        elif line.startswith('"') and msgid is not None:
            if current == "id":
                msgid += _unquote(line)
            elif current == "str":
                strings[-1] += _unquote(line)
        elif line.startswith("#~"):
            current = None
    close()
    real = [(m, s) for m, s in entries if m]  # the header has the empty msgid
    return Share(sum(1 for _, s in real if s and all(x for x in s)), len(real))


def _unquote(text: str) -> str:
    m = _PO_STRING.match(text.strip())
    return m.group(1) if m else ""


def pack_share(raw: dict[str, Any], lang: str) -> tuple[Share, int, int, bool]:
    """The pack's entries for ``lang``: (up to date of all keys, client total, client reviewed, client
    texts all reviewed or marked readably)."""
    catalog = tr.Catalog(raw, lang)
    keys = list(catalog.sources)
    present = sum(1 for k in keys if catalog.get(k).lang == lang)
    client = tr.client_keys(raw)
    states = [catalog.get(k).state for k in client]
    reviewed = states.count(tr.REVIEWED)
    marks_needed = {MARK_KEYS[s] for s in states if s in MARK_KEYS}
    marked = all(catalog.get(k).lang == lang for k in marks_needed)
    return Share(present, len(keys)), len(client), reviewed, marked


def _core_share(folder: Path, lang: str) -> Share:
    """A language's ``.po``; with none, nothing of the template's entries exists."""
    po = folder / "core" / f"{lang}.po"
    if po.is_file():
        return po_share(po)
    return Share(0, po_share(folder / "core" / "parole_desktop.pot").total)


def language_status(
    lang: str, folder: Path | None = None, raw: dict[str, Any] | None = None
) -> LanguageStatus:
    """Count the catalogs of ``lang`` in ``folder`` (``resources/i18n``) and the pack ``raw`` (bundled)."""
    folder = folder or resource("i18n")
    raw = raw if raw is not None else load_pack().raw
    pack, client_total, client_reviewed, marked = pack_share(raw, lang)
    return LanguageStatus(
        code=lang,
        interface=ts_share(folder / f"{lang}.ts"),
        core=_core_share(folder, lang),
        pack=pack,
        client_total=client_total,
        client_reviewed=client_reviewed,
        client_marked=marked,
    )


def all_status(folder: Path | None = None, raw: dict[str, Any] | None = None) -> dict[str, LanguageStatus]:
    raw = raw if raw is not None else load_pack().raw
    return {lang: language_status(lang, folder, raw) for lang in LANGUAGES}


def write_status(out: Path, src: Path | None = None) -> Path:
    """Write every language's status (counted from the sources in ``src``) to ``out/languages.json``."""
    data = {code: st.as_dict() for code, st in all_status(src or out).items()}
    path = out / STATUS_FILE
    part = path.with_name(f".{STATUS_FILE}.{os.getpid()}")
    part.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(part, path)  # atomic: two test workers building at once never leave half a file
    return path
