"""When a language ships (issue #24 item 5): ≥ 90 % of its entries exist (drafts count) and its
client-facing entries are reviewed or marked — counted over the interface (.ts), core (.po) and rules pack
catalogs by ``services/languages.py``; the build's ``languages.json`` is what the app reads."""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path

import pytest

from parole_desktop import langstatus
from parole_desktop.rules import load_pack
from parole_desktop.services import languages
from tests import language_doc
from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>X</name>
    <message><source>Reviewed</source><translation>Revisado</translation></message>
    <message><source>Draft</source><translation type="unfinished">Borrador</translation></message>
    <message><source>Empty</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n case(s)</source><translation type="unfinished">
        <numerusform>%n caso</numerusform><numerusform></numerusform></translation></message>
    <message><source>Gone</source><translation type="vanished">Ido</translation></message>
</context>
</TS>
"""

PO = r"""msgid ""
msgstr ""
"Language: es\n"

#, fuzzy
msgid "A draft"
msgstr "Un borrador"

msgid "Reviewed, on "
"two lines"
msgstr ""
"Revisado, en dos líneas"

msgid "Not yet"
msgstr ""

msgid "{n} case"
msgid_plural "{n} cases"
msgstr[0] "{n} caso"
msgstr[1] ""

#~ msgid "Obsolete"
#~ msgstr "Obsoleto"
"""


def test_the_counts_take_drafts_as_existing_and_empty_or_half_plural_entries_as_missing(
    tmp_path: Path,
) -> None:
    (tmp_path / "es.ts").write_text(TS, encoding="utf-8")
    (tmp_path / "es.po").write_text(PO, encoding="utf-8")
    assert languages.ts_share(tmp_path / "es.ts") == langstatus.Share(2, 4)  # vanished: not an entry
    assert languages.po_share(tmp_path / "es.po") == langstatus.Share(2, 4)  # header, #~: not entries
    assert languages.ts_share(tmp_path / "none.ts") == langstatus.Share(0, 0)
    assert langstatus.Share(899, 1000).percent == 89 and langstatus.Share(0, 0).percent == 100


def test_which_languages_ship_today_follows_the_rule() -> None:
    statuses = languages.all_status(I18N)
    assert set(statuses) == {"es", "fa_AF", "ps", "ar", "uk", "ht"}
    for code, st in statuses.items():
        # the rule, stated: at least 90 % of all its entries exist, and the client texts are reviewed or marked
        rule = st.present * 10 >= st.total * 9 and st.client_marked
        assert st.ships is rule, code
        assert st.total == st.interface.total + st.core.total + st.pack.total > 0
        assert st.pack.total == len(languages.tr.english_sources(load_pack().raw))
    # Spanish is complete in every catalog (tests/test_catalogs.py), so it ships whatever else changes
    assert statuses["es"].ships and statuses["es"].core.percent == 100
    # the build wrote the same status for the app to read (tests/conftest.py builds once per session)
    built = json.loads((I18N / langstatus.STATUS_FILE).read_text(encoding="utf-8"))
    assert {code: st.ships for code, st in statuses.items()} == {
        code: langstatus.LanguageStatus.from_dict(d).ships for code, d in built.items()
    }


def test_a_client_text_whose_mark_cannot_be_read_in_the_language_stops_it_shipping() -> None:
    raw = copy.deepcopy(load_pack().raw)
    assert languages.language_status("es", I18N, raw).client_marked
    del raw["translations"]["es"]["sheet.mark_unreviewed"]  # the drafts' mark: not in Spanish any more
    st = languages.language_status("es", I18N, raw)
    assert not st.client_marked and not st.ships
    assert st.pack.present == languages.language_status("es", I18N).pack.present - 1


def test_a_damaged_status_file_is_counted_from_the_sources_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("es.ts", "fa_AF.ts", "core/parole_desktop.pot"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes((I18N / name).read_bytes())
    (tmp_path / langstatus.STATUS_FILE).write_text("{not json", encoding="utf-8")
    langstatus.forget()
    with caplog.at_level(logging.WARNING, logger="parole_desktop.langstatus"):
        found = langstatus.shipping(tmp_path, count=languages.all_status)
    assert "could not be read" in caplog.text
    assert found["es"].interface == languages.ts_share(I18N / "es.ts")
    # no es.po in that folder: none of the template's entries exists
    assert found["es"].core == languages.Share(
        0, languages.po_share(I18N / "core" / "parole_desktop.pot").total
    )
    assert not found["es"].ships
    langstatus.forget()


def test_the_status_file_round_trips_and_is_written_atomically(tmp_path: Path) -> None:
    path = languages.write_status(tmp_path, I18N)
    assert [p.name for p in tmp_path.iterdir()] == [langstatus.STATUS_FILE]
    langstatus.forget()
    assert langstatus.shipping(tmp_path) == languages.all_status(I18N)
    langstatus.forget()
    assert path.name == "languages.json"


def test_the_docs_status_table_is_current() -> None:
    text = language_doc.DOC.read_text(encoding="utf-8")
    assert language_doc.render(text) == text, "run python -m tests.language_doc"
