"""Issue #24: the Checks and Evidence steps show the rules pack's messages in the interface language — a
finding by its rule's title and what to do, a checklist line by its title and description — marked while
the translation is a draft, in English marked "translation out of date" when the English changed; the
stored findings stay English (their message is in the tooltip, as stored)."""

from __future__ import annotations

import copy

import pytest

from parole_desktop.rules.loader import pack_from_dict
from parole_desktop.services import case_json
from parole_desktop.services.checks import active_pack
from parole_desktop.ui import i18n
from parole_desktop.ui.workspace import CaseWorkspace
from parole_desktop.ui.workspace.checks import STATE_ROLE, ChecksPage
from tests.conftest import FIXTURES

pytestmark = pytest.mark.gui


def _workspace(qtbot, session, lang: str):
    case = case_json.load_file(FIXTURES / "cases" / "protection_afghanistan_uscis.json")
    case_id = session.save_case(case).id
    i18n.manager().apply(lang)
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.resize(1024, 600)
    ws.load_case(case_id)
    return ws


def test_dari_findings_show_the_rule_title_and_action_marked_with_the_english_as_stored(qtbot, session):
    ws = _workspace(qtbot, session, "fa_AF")
    raw = active_pack(session).raw
    rows = ws.checks.finding_items()
    assert rows and ws.result is not None
    for row in rows:
        f = next(f for f in ws.result.findings if f.rule_id == row.text(1) and f.message in row.toolTip(0))
        entry = raw["translations"]["fa_AF"][f"rule.{f.rule_id}.title"]
        assert row.text(0).startswith(f"* {entry['text']}"), row.text(0)
        assert raw["translations"]["fa_AF"][f"rule.{f.rule_id}.action"]["text"] in row.text(0)
        assert "*" in row.text(0) and row.data(0, STATE_ROLE) == "unreviewed"
        if f.field.startswith("checklist."):  # one row per missing document: the document's title says which
            item = next(i for i in ws.evidence.items if i.field == f.field)
            item_key = f"item.{item.group}.{item.item_id}.title"
            assert f"({raw['translations']['fa_AF'][item_key]['text']})" in row.text(0)
        assert f.citation == row.text(2)  # citations are never translated
    # the stored findings stay English
    assert all(f.message.isascii() or "·" in f.message for f in ws.result.findings)
    legend = ws.checks.legend
    assert not legend.isHidden() and legend.text().startswith("*")
    assert legend.text() != "* not yet reviewed: a draft translation a qualified translator has not checked."
    # the detail line under the list shows the selected finding's translation and its English
    ws.checks.tree.setCurrentItem(rows[0])
    assert rows[0].text(0).split("  [")[0] in ws.checks.detail.text()
    assert any(f.message in ws.checks.detail.text() for f in ws.result.findings)
    assert len({row.text(0) for row in rows}) == len(rows)  # no two rows read the same


def test_dari_checklist_lines_are_translated_and_marked(qtbot, session):
    ws = _workspace(qtbot, session, "fa_AF")
    raw = active_pack(session).raw
    catalog = raw["translations"]["fa_AF"]
    checklist = ws.evidence.checklist
    assert checklist.topLevelItemCount() == len(ws.evidence.items) > 0
    for r, it in enumerate(ws.evidence.items):
        row = checklist.topLevelItem(r)
        key = f"item.{it.group}.{it.item_id}.{it.wording + '.' if it.wording else ''}"
        assert row.text(1) == "* " + catalog[key + "title"]["text"]
        assert row.toolTip(1).startswith("* " + catalog[key + "description"]["text"])
    assert not ws.evidence.checklist_legend.isHidden()
    checklist.setCurrentItem(checklist.topLevelItem(0))
    assert ws.evidence.item_description.text().startswith(checklist.topLevelItem(0).toolTip(1).split("\n")[0])


def test_english_shows_the_findings_as_stored_and_no_legend(qtbot, session):
    ws = _workspace(qtbot, session, "en")
    by_rule = {f.rule_id: f for f in ws.result.findings}
    rows = ws.checks.finding_items()
    assert {row.text(0).split("  [verify")[0] for row in rows} <= {f.message for f in ws.result.findings}
    assert all(row.data(0, STATE_ROLE) == "english" for row in rows)
    assert ws.checks.legend.isHidden() and ws.evidence.checklist_legend.isHidden()
    assert by_rule


def test_a_changed_english_rule_shows_english_marked_out_of_date(qtbot, session):
    ws = _workspace(qtbot, session, "es")
    f = ws.result.findings[0]
    raw = copy.deepcopy(active_pack(session).raw)
    raw["rules"][f.rule_id]["title"] = "A reworded English title"
    page = ChecksPage(pack_from_dict(raw))
    qtbot.addWidget(page)
    page.show_result(ws.result)
    row = next(r for r in page.finding_items() if r.text(1) == f.rule_id)
    assert row.text(0).startswith("A reworded English title (Dos fotos tipo pasaporte) — Adjunte")
    assert "(traducción desactualizada: se muestra en inglés)" in row.text(0)
    assert row.data(0, STATE_ROLE) == "stale"


DRAFT_LANGUAGES = ("es", "fa_AF", "ps", "uk", "ar", "ht")
LEGEND = "* not yet reviewed: a draft translation a qualified translator has not checked."
DRAFT_TIP = "Not yet reviewed: a draft translation a qualified translator has not checked."


def _ts_translation(lang: str, source: str) -> str:
    """What ``resources/i18n/<lang>.ts`` gives for a ``pack_texts`` text (the interface catalog, read directly)."""
    import xml.etree.ElementTree as ET

    from tests.conftest import ROOT

    root = ET.parse(ROOT / "resources" / "i18n" / f"{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "pack_texts":
            for m in ctx.iter("message"):
                if m.findtext("source") == source:
                    return m.findtext("translation") or ""
    raise AssertionError(f"{source!r} is not in {lang}.ts")


@pytest.mark.slow
@pytest.mark.parametrize("lang", DRAFT_LANGUAGES)
def test_in_every_draft_language_the_rule_messages_carry_the_translated_mark_and_the_english(
    qtbot, session, lang
):
    """Issue #24: "client-facing legal text is marked 'not yet reviewed' in the app until reviewed". Every
    rule message and checklist line drawn from an unreviewed draft of the pack's catalogs leads with the mark,
    the legend under the list says what it means in the interface language, and the English original is in
    the tooltip and the detail line."""
    ws = _workspace(qtbot, session, lang)
    legend, tip = _ts_translation(lang, LEGEND), _ts_translation(lang, DRAFT_TIP)
    assert legend and legend != LEGEND and tip and tip != DRAFT_TIP
    rows = ws.checks.finding_items()
    assert rows
    for row in rows:
        assert row.text(0).startswith("* ") and row.data(0, STATE_ROLE) == "unreviewed", row.text(0)
        f = next(f for f in ws.result.findings if f.rule_id == row.text(1) and f.message in row.toolTip(0))
        assert row.toolTip(0).endswith(tip), row.toolTip(0)
        assert f.message not in row.text(
            0
        )  # the visible text is the translation; the English is a hover away
    assert ws.checks.legend.isVisibleTo(ws.checks) and ws.checks.legend.text() == legend

    checklist = ws.evidence.checklist
    for r, it in enumerate(ws.evidence.items):
        row = checklist.topLevelItem(r)
        assert row.text(1).startswith("* "), row.text(1)
        assert it.title in row.toolTip(1) and it.description in row.toolTip(1)  # the English original
        assert row.toolTip(1).endswith(tip)
    assert (
        ws.evidence.checklist_legend.isVisibleTo(ws.evidence)
        and ws.evidence.checklist_legend.text() == legend
    )
    checklist.setCurrentItem(checklist.topLevelItem(0))
    assert ws.evidence.items[0].title in ws.evidence.item_description.text()


@pytest.mark.slow
def test_in_english_no_line_is_marked_and_no_tooltip_repeats_the_english(qtbot, session):
    ws = _workspace(qtbot, session, "en")
    assert not any(row.text(0).startswith("*") for row in ws.checks.finding_items())
    checklist = ws.evidence.checklist
    for r, it in enumerate(ws.evidence.items):
        row = checklist.topLevelItem(r)
        assert row.text(1) == it.title and row.toolTip(1) == it.description
    assert not ws.evidence.checklist_legend.isVisibleTo(ws.evidence)
    checklist.setCurrentItem(checklist.topLevelItem(0))
    assert ws.evidence.item_description.text().count(ws.evidence.items[0].description) == 1
