"""The rules pack's per-language catalogs (issue #24): every entry tied to the SHA-256 of its English, stale
when the English changes, refused by the loader when it names no English text, a language the pack does
not carry, or loses a placeholder."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from parole_desktop.errors import ValidationError
from parole_desktop.rules import load_pack
from parole_desktop.rules import translations as tr
from parole_desktop.rules.loader import pack_from_dict

LANGS = ("es", "fa_AF", "ps", "ar", "uk", "ht")


@pytest.fixture
def raw() -> dict[str, Any]:
    return copy.deepcopy(load_pack().raw)


def test_the_bundled_pack_carries_every_language_for_every_client_text_as_unreviewed_drafts() -> None:
    raw = load_pack().raw
    sources = tr.english_sources(raw)
    keys = tr.client_keys(raw)
    assert len(keys) == 95
    assert set(raw["translations"]) == set(LANGS)
    for lang in LANGS:
        st = tr.catalog_status(raw, lang)
        assert (st.total, st.present, st.stale) == (95, 95, ()), lang
        assert st.reviewed == 0 and st.ships  # machine-made drafts: allowed only marked unreviewed
        for key in keys:
            entry = raw["translations"][lang][key]
            assert entry["source_sha256"] == tr.source_sha256(sources[key])
            assert entry["reviewed"] is False
            assert tr.placeholders(entry["text"]) == tr.placeholders(sources[key])
            assert entry["text"] != sources[key] or key.endswith("g28.title"), (lang, key)
    assert tr.localize(raw, "es", "sheet.title").state == tr.UNREVIEWED


def test_editing_an_english_source_makes_its_translations_stale_in_every_language(
    raw: dict[str, Any],
) -> None:
    key = "item.common.photos.title"
    before = {lang: tr.localize(raw, lang, key) for lang in LANGS}
    assert all(loc.state == tr.UNREVIEWED and loc.lang == lang for lang, loc in before.items())
    photos = next(i for i in raw["common_items"] if i["id"] == "photos")
    photos["title"] = "Two passport-style photos, 2 x 2 inches"
    pack = pack_from_dict(raw)  # a stale entry is valid: it is shown in English
    for lang in LANGS:
        loc = tr.localize(pack.raw, lang, key)
        assert (loc.state, loc.lang, loc.text) == (tr.STALE, "en", "Two passport-style photos, 2 x 2 inches")
        assert loc.marked
        st = tr.catalog_status(pack.raw, lang)
        assert st.stale == (key,) and st.present == 94
        # the other entries keep their translation
        assert tr.localize(pack.raw, lang, "item.common.photos.description").lang == lang


def test_a_reviewed_entry_is_not_marked_and_a_missing_one_falls_back_marked(raw: dict[str, Any]) -> None:
    raw["translations"]["es"]["sheet.title"]["reviewed"] = True
    del raw["translations"]["uk"]["sheet.title"]
    pack = pack_from_dict(raw)
    es = tr.localize(pack.raw, "es", "sheet.title")
    assert (es.state, es.marked) == (tr.REVIEWED, False)
    uk = tr.localize(pack.raw, "uk", "sheet.title")
    assert (uk.state, uk.lang, uk.marked) == (tr.MISSING, "en", True)
    assert uk.text == pack.raw["client_sheet"]["texts"]["title"]
    assert tr.catalog_status(pack.raw, "es").reviewed == 1
    assert tr.localize(pack.raw, "en", "sheet.title").state == tr.ENGLISH_STATE


def test_a_translation_that_loses_a_placeholder_is_refused_with_its_path(raw: dict[str, Any]) -> None:
    raw["translations"]["fa_AF"]["sheet.prepared_for"]["text"] = "برای شما آماده شد."
    with pytest.raises(ValidationError) as err:
        pack_from_dict(raw)
    assert "translations.fa_AF['sheet.prepared_for']" in err.value.path
    assert "{date}" in str(err.value) and "{name}" in str(err.value)


def test_an_entry_for_no_english_text_is_refused(raw: dict[str, Any]) -> None:
    raw["translations"]["es"]["item.common.no_such_item.title"] = {
        "text": "Nada",
        "source_sha256": "0" * 64,
        "reviewed": False,
    }
    with pytest.raises(ValidationError, match="no English text has the key"):
        pack_from_dict(raw)


def test_a_catalog_for_a_language_the_pack_does_not_carry_is_refused_by_the_schema(
    raw: dict[str, Any],
) -> None:
    raw["translations"]["fr"] = {}
    with pytest.raises(ValidationError) as err:
        pack_from_dict(raw)
    assert "translations" in err.value.path
    raw["translations"].pop("fr")
    with pytest.raises(ValidationError, match="unknown catalog language"):
        tr.validate_translations({**raw, "translations": {"fr": {}}})


@pytest.mark.parametrize(
    ("field", "value"),
    [("source_sha256", "not-a-hash"), ("reviewed", "yes"), ("text", "")],
)
def test_a_malformed_entry_is_refused_by_the_schema(raw: dict[str, Any], field: str, value: object) -> None:
    raw["translations"]["ar"]["sheet.title"][field] = value
    with pytest.raises(ValidationError, match="schema"):
        pack_from_dict(raw)


def test_a_next_step_must_cite_a_known_source(raw: dict[str, Any]) -> None:
    raw["client_sheet"]["next_steps"][0]["sources"] = ["S999"]
    with pytest.raises(ValidationError, match="unknown source id 'S999'"):
        pack_from_dict(raw)


def test_every_rule_title_and_action_is_drafted_in_every_language_keeping_forms_citations_and_numbers() -> (
    None
):
    raw = load_pack().raw
    sources = tr.english_sources(raw)
    rule_keys = [k for k in sources if k.startswith("rule.")]
    assert len(rule_keys) == 2 * len(raw["rules"]) == 138  # every rule has a title and an action
    for lang in LANGS:
        catalog = tr.Catalog(raw, lang)
        for key in rule_keys:
            loc = catalog.get(key)
            assert (loc.state, loc.lang) == (tr.UNREVIEWED, lang), (lang, key)  # machine drafts, marked
            assert loc.text != sources[key], (lang, key)
            assert tr.lost_terms(sources[key], loc.text) == [], (lang, key)
    # what a translation must keep, as the English writes it
    rsn06 = sources["rule.HP-RSN-06.title"]
    assert tr.protected_terms(rsn06) == {"INA 212(a)": 1, "214(b)": 1}
    assert tr.protected_terms(sources["rule.HP-FIN-03.action"])["Form I-134"] == 1
    assert tr.lost_terms("under 18", "کمتر از ۱۸") == []  # a number in Persian digits is the same number


def test_a_rule_translation_that_drops_a_citation_or_a_number_is_refused_with_its_path(
    raw: dict[str, Any],
) -> None:
    raw["translations"]["ar"]["rule.HP-RSN-06.title"]["text"] = "شرح عدم الأهلية للقبول"
    with pytest.raises(ValidationError) as err:
        pack_from_dict(raw)
    assert "translations.ar['rule.HP-RSN-06.title']" in err.value.path
    assert "214(b)" in str(err.value) and "INA 212(a)" in str(err.value)
    raw = copy.deepcopy(load_pack().raw)
    raw["translations"]["es"]["rule.HP-RSN-04.action"]["text"] = (
        "Indique la fecha clave; si es pronto, EXPEDITE."
    )
    with pytest.raises(ValidationError, match="30"):
        pack_from_dict(raw)


def test_the_catalog_view_falls_back_to_english_for_a_stale_or_unknown_rule(raw: dict[str, Any]) -> None:
    raw["rules"]["HP-ID-03"]["action"] = "Enter every country of citizenship."
    pack = pack_from_dict(raw)
    title, action = tr.Catalog(pack.raw, "ps").rule("HP-ID-03")
    assert (title.state, title.lang) == (tr.UNREVIEWED, "ps")
    assert action is not None and (action.state, action.lang, action.text) == (
        tr.STALE,
        "en",
        "Enter every country of citizenship.",
    )
    with pytest.raises(KeyError):
        tr.Catalog(pack.raw, "ps").rule("HP-NO-99")
    english = tr.Catalog(pack.raw, "en").get("rule.HP-ID-03.title")
    assert (english.state, english.marked) == (tr.ENGLISH_STATE, False)
