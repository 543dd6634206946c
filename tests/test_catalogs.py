"""Every translation catalog, both sides (#24): the core's .po (gettext, Babel) and the interface's .ts (Qt).

Each compiles; no placeholder is lost or added by a translation; the plural forms of each entry are as many
as its catalog's header says, and the header's rule is the language's; the .pot and the .po files hold
exactly the texts the code marks (``packaging/i18n.py update`` was run)."""

from __future__ import annotations

import gettext
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import i18n as tools  # packaging/i18n.py

I18N = ROOT / "resources" / "i18n"
CORE = I18N / "core"
PO_FILES = sorted(CORE.glob("*.po"))
TS_FILES = sorted(I18N.glob("*.ts"))
# {name}, {name!r}, {n:>5}, %s, %r, %d, %(name)s, Qt's %n, %Ln and %1
PLACEHOLDER = re.compile(
    r"\{[A-Za-z_][A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%\([a-z_]+\)[sdr]|%[sdr]|%L?n|%\d"
)
COUNT = re.compile(r"^(?:\{n(?::[^{}]*)?\}|%L?n|%s)$")  # what a plural entry counts with
NPLURALS = {"es": 2, "fa_AF": 2, "ps": 2, "uk": 3, "ar": 6, "ht": 2}


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_every_language_has_a_core_catalog() -> None:
    assert [p.stem for p in PO_FILES] == sorted(tools.LANGUAGES)
    assert (CORE / "parole_desktop.pot").is_file()


def _single_number_forms(plural: str, nplurals: int) -> set[int]:
    """The plural forms that only one count ever takes (Arabic "one" is 1, "two" is 2): those may spell
    the number out and leave the count's placeholder out."""
    rule = gettext.c2py(plural)
    takers: dict[int, set[int]] = {i: set() for i in range(nplurals)}
    for n in range(0, 1200):
        takers[rule(n)].add(n)
    return {i for i, ns in takers.items() if len(ns) == 1}


def check_forms(where: str, source_texts: list[str], forms: list[str], single: set[int]) -> None:
    want = placeholders(" ".join(source_texts[:1]))
    if len(source_texts) > 1:
        assert placeholders(source_texts[0]) == placeholders(source_texts[1]), (where, source_texts)
    for index, form in enumerate(forms):
        if not form:
            continue
        got = placeholders(form)
        if index in single:  # may spell out the number
            got_here, want_here = (
                [g for g in got if not COUNT.match(g)],
                [w for w in want if not COUNT.match(w)],
            )
        else:
            got_here, want_here = got, want
        assert got_here == want_here, (where, source_texts[0], form)


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.name)
def test_no_core_translation_loses_or_adds_a_placeholder(po: Path) -> None:
    catalog = tools.read_core_catalog(po, po.stem)
    single = _single_number_forms(catalog.plural_expr, catalog.num_plurals)
    for m in catalog:
        if not m.id:
            continue
        ids = list(m.id) if isinstance(m.id, tuple) else [m.id]
        forms = list(m.string) if isinstance(m.string, tuple) else [m.string]
        check_forms(po.name, ids, forms, single if isinstance(m.id, tuple) else set())


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_interface_translation_loses_or_adds_a_placeholder(ts: Path) -> None:
    lang = ts.stem
    # Qt's numerus forms are in CLDR's order too (Arabic zero, one, two, few, many, other): where a .ts has
    # as many forms as the core's rule, the forms only one count takes may spell the number out
    rule = tools.PLURAL_FORMS.get(lang, "")
    single = _single_number_forms(rule.split("plural=", 1)[1].rstrip(";"), NPLURALS[lang]) if rule else set()
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            assert tr is not None, (ts.name, source)
            if m.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.findall("numerusform")]
            else:
                forms = [tr.text or ""]
            same_rule = len(forms) == NPLURALS.get(lang)
            check_forms(f"{ts.name}:{ctx.findtext('name')}", [source], forms, single if same_rule else set())


def test_a_lost_placeholder_is_caught() -> None:
    """The check itself: a translation without {file}, or with an extra %s, fails."""
    with pytest.raises(AssertionError):
        check_forms("x", ["Wrote {file}"], ["Se escribió"], set())
    with pytest.raises(AssertionError):
        check_forms("x", ["Wrote {file}"], ["Se escribió {file} %s"], set())
    with pytest.raises(AssertionError):
        check_forms("x", ["({n} case)", "({n} cases)"], ["(caso)", "({n} casos)"], set())
    check_forms("x", ["({n} case)", "({n} cases)"], ["(قضية واحدة)", "({n} قضايا)"], {0})


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.name)
def test_plural_forms_are_as_many_as_the_header_says(po: Path) -> None:
    catalog = tools.read_core_catalog(po, po.stem)
    assert catalog.plural_forms == tools.PLURAL_FORMS[po.stem]
    assert catalog.num_plurals == NPLURALS[po.stem]
    plurals = [m for m in catalog if isinstance(m.id, tuple)]
    assert plurals, "the catalog has plural entries"
    for m in plurals:
        assert len(m.string) == catalog.num_plurals, (po.name, m.id)


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 102: 5, 103: 3, 111: 4}),
        ("uk", {1: 0, 21: 0, 11: 2, 2: 1, 4: 1, 22: 1, 12: 2, 5: 2, 0: 2, 111: 2}),
        ("fa_AF", {0: 0, 1: 0, 2: 1, 10: 1}),
        ("ht", {0: 0, 1: 0, 2: 1, 1000000: 1}),
        ("es", {0: 1, 1: 0, 2: 1}),
        ("ps", {0: 1, 1: 0, 2: 1}),
    ],
)
def test_each_header_rule_is_the_languages(lang: str, forms: dict[int, int]) -> None:
    """CLDR's categories for whole numbers: Arabic zero/one/two/few (3-10)/many (11-99)/other, Ukrainian
    one/few/many, Dari and Haitian Creole one for 0 and 1, Spanish and Pashto one for 1."""
    rule = gettext.c2py(tools.PLURAL_FORMS[lang].split("plural=", 1)[1].rstrip(";"))
    assert {n: rule(n) for n in forms} == forms


def test_every_po_compiles_and_loads(tmp_path: Path) -> None:
    made = tools.build_core(CORE, tmp_path)
    assert sorted(p.name for p in made) == sorted(
        name for lang in tools.LANGUAGES for name in (f"{lang}.mo", f"{lang}.draft.mo")
    )
    for mo in made:
        with mo.open("rb") as fh:
            catalog = gettext.GNUTranslations(fh)
        assert catalog.info()["plural-forms"] == tools.PLURAL_FORMS[mo.name.split(".")[0]]
    for po in PO_FILES:  # Babel's own checks (python-format placeholders, plural counts)
        catalog = tools.read_core_catalog(po, po.stem)
        problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
        assert problems == [], (po.name, problems[:3])


def test_spanish_is_complete() -> None:
    catalog = tools.read_core_catalog(CORE / "es.po", "es")
    missing = [
        m.id for m in catalog if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
    ]
    assert missing == []


@pytest.mark.parametrize("lang", ["ar", "fa_AF", "ps", "uk", "ht"])
def test_the_other_languages_have_drafts_of_the_most_seen_texts(lang: str) -> None:
    catalog = tools.read_core_catalog(CORE / f"{lang}.po", lang)
    done = {
        m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id and m.string and any(m.string)
    }
    most_seen = {
        "usage: ",
        "options",
        "error: {message}",
        "Vault passphrase: ",
        "There is no case {case_id}.",
        "ready",
    }
    assert most_seen <= done, most_seen - done
    assert {"({n} case)", "{n} fail", "{n} warn"} <= done


def test_the_core_catalogs_are_in_sync_with_the_code(tmp_path: Path) -> None:
    """Every marked text of the core is in the .pot and every .po, and nothing else: run
    ``packaging/i18n.py update`` (``make i18n``) after changing a marked text."""

    def ids(path: Path, lang: str | None) -> set[object]:
        return {m.id for m in tools.read_core_catalog(path, lang or "en") if m.id}

    made = tools.update_core(tmp_path)
    fresh = ids(tmp_path / "parole_desktop.pot", None)
    assert len(made) == 1 + len(tools.LANGUAGES)
    assert ids(CORE / "parole_desktop.pot", None) == fresh
    for lang in tools.LANGUAGES:
        assert ids(CORE / f"{lang}.po", lang) == fresh, lang


def test_english_plural_forms_are_all_written() -> None:
    """``en.ts`` holds only the plural entries (``-pluralonly``): an empty one would show "%n case(s)"."""
    root = ET.parse(I18N / "en.ts").getroot()
    empty = [
        message.findtext("source")
        for message in root.iter("message")
        if message.get("numerus") == "yes"
        and any(not (form.text or "").strip() for form in message.iter("numerusform"))
    ]
    assert not empty, f"en.ts plural entries without their English forms: {empty}"
