"""The Qt-free core's languages (#24 part 2): gettext catalogs, plural rules, drafts, fallback, lazy texts."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from parole_desktop import l10n
from parole_desktop.l10n import _, lazy, ngettext
from parole_desktop.services.readiness import readiness_text, stored_summary
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import i18n as tools  # packaging/i18n.py

CORE = ROOT / "resources" / "i18n" / "core"
CASES = ("({n} case)", "({n} cases)")


def _po(folder: Path, lang: str, entries: str, plural: str = "nplurals=2; plural=(n != 1);") -> Path:
    """A small .po of ``entries`` for ``lang`` in ``folder``, compiled with the build step."""
    folder.mkdir(parents=True, exist_ok=True)
    header = (
        'msgid ""\nmsgstr ""\n'
        '"Content-Type: text/plain; charset=utf-8\\n"\n'
        f'"Language: {lang}\\n"\n"Plural-Forms: {plural}\\n"\n\n'
    )
    (folder / f"{lang}.po").write_text(header + entries, encoding="utf-8")
    tools.build_core(folder)
    return folder


# ------------------------------------------------------------------------------------------- translating
def test_english_is_the_source_and_needs_no_catalog() -> None:
    assert l10n.current_language() == "en"
    assert _("Wrote {file}") == "Wrote {file}"
    assert [ngettext(*CASES, n).format(n=n) for n in (0, 1, 2)] == ["(0 cases)", "(1 case)", "(2 cases)"]
    assert l10n.state("Wrote {file}") == "english" and not l10n.drafts_in_use()


def test_spanish_from_its_catalog() -> None:
    assert l10n.set_language("es") == "es"
    assert _("Wrote {file}").format(file="a.json") == "Se escribió a.json"
    assert [ngettext(*CASES, n).format(n=n) for n in (1, 4)] == ["(1 caso)", "(4 casos)"]


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        (
            "uk",
            {
                1: "(1 справа)",
                3: "(3 справи)",
                5: "(5 справ)",
                11: "(11 справ)",
                21: "(21 справа)",
                22: "(22 справи)",
            },
        ),
        (
            "ar",
            {
                0: "(0 قضية)",
                1: "(قضية واحدة)",
                2: "(قضيتان)",
                3: "(3 قضايا)",
                11: "(11 قضية)",
                100: "(100 قضية)",
            },
        ),
        ("fa_AF", {0: "(0 قضیه)", 1: "(1 قضیه)", 2: "(2 قضیه)"}),
        ("ps", {1: "(1 قضیه)", 2: "(2 قضیې)"}),
        ("es", {0: "(0 casos)", 1: "(1 caso)", 2: "(2 casos)"}),
    ],
)
def test_counts_follow_each_languages_plural_rules(code: str, counts: dict[int, str]) -> None:
    l10n.set_language(code)
    assert {n: ngettext(*CASES, n).format(n=n) for n in counts} == counts


def test_readiness_summary_is_stored_in_english_and_shown_in_the_language() -> None:
    assert stored_summary(6, 8) == "6 fail · 8 warn"
    assert stored_summary(0, 2) == "ready · 2 warn" and stored_summary(0, 0) == "ready"
    assert readiness_text("6 fail · 8 warn") == "6 fail · 8 warn"  # English unchanged
    l10n.set_language("es")
    assert readiness_text("6 fail · 1 warn") == "6 fallas · 1 advertencia"
    assert readiness_text("ready · 2 warn") == "listo · 2 advertencias"
    assert readiness_text("ready") == "listo"
    l10n.set_language("uk")
    assert readiness_text("1 fail · 5 warn") == "1 помилка · 5 попереджень"
    assert readiness_text("something older") == "something older"  # another shape: shown as stored


def test_passphrase_hints_follow_the_language() -> None:
    from parole_desktop.store.keys import MIN_PASSPHRASE_LEN, passphrase_strength

    n = MIN_PASSPHRASE_LEN
    assert passphrase_strength("short")[1] == f"Too short: at least {n} characters."
    assert passphrase_strength("password")[1].startswith("Very weak: too easy to guess.")
    l10n.set_language("es")
    assert passphrase_strength("short")[1] == f"Demasiado corta: al menos {n} caracteres."
    assert passphrase_strength("password")[1].startswith("Muy débil: demasiado fácil de adivinar.")


def test_a_services_error_is_raised_in_the_language(session) -> None:
    from parole_desktop.errors import UserError

    l10n.set_language("es")
    with pytest.raises(UserError, match=r"^No existe el caso 999\.$"):
        session.load_case(999)
    l10n.set_language("en")
    with pytest.raises(UserError, match=r"^There is no case 999\.$"):
        session.load_case(999)


def test_lazy_text_is_translated_when_shown() -> None:
    text = lazy("list or search cases")
    assert str(text) == "list or search cases" and f"{text:>22}" == "  list or search cases"
    l10n.set_language("es")
    assert str(text) == "listar o buscar casos"
    assert text.format() == "listar o buscar casos"
    assert text == lazy("list or search cases") and len({text, lazy("list or search cases")}) == 1


# --------------------------------------------------------------------------------------------- fallback
def test_a_missing_catalog_leaves_english(tmp_path: Path) -> None:
    assert l10n.set_language("es", folder=tmp_path) == "es"
    assert _("Wrote {file}") == "Wrote {file}" and l10n.state("Wrote {file}") == "english"
    assert ngettext(*CASES, 3) == "({n} cases)"


def test_a_missing_entry_falls_back_to_english(tmp_path: Path) -> None:
    """A text the catalog does not hold (or holds untranslated) is shown in English; its neighbours are
    translated. (A small catalog of its own: the shipped ones now have a draft of every text.)"""
    folder = _po(
        tmp_path,
        "ps",
        'msgid "Wrote {file}"\nmsgstr "{file} ولیکل شو"\n\nmsgid "There is no case {case_id}."\nmsgstr ""\n',
    )
    l10n.set_language("ps", folder=folder)
    assert _("Unknown case field {key!r}.") == "Unknown case field {key!r}."  # not in the catalog
    assert _("There is no case {case_id}.") == "There is no case {case_id}."  # in it, untranslated
    assert l10n.state("There is no case {case_id}.") == "english"
    assert _("Wrote {file}") == "{file} ولیکل شو"


def test_an_unknown_code_means_english() -> None:
    assert l10n.set_language("xx") == "en" and _("Wrote {file}") == "Wrote {file}"


def test_a_damaged_catalog_is_refused_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "es.mo").write_bytes(b"\xde\x12\x04\x95" + b"\xff" * 40)
    with caplog.at_level(logging.WARNING, logger="parole_desktop.l10n"):
        l10n.set_language("es", folder=tmp_path)
    assert "could not be read" in caplog.text
    assert _("Wrote {file}") == "Wrote {file}"


def test_an_entry_with_a_form_missing_falls_back_to_english(tmp_path: Path) -> None:
    """A plural entry is compiled only with every form written; an empty translation is English."""
    folder = _po(
        tmp_path,
        "uk",
        'msgid "({n} case)"\nmsgid_plural "({n} cases)"\nmsgstr[0] "({n} справа)"\nmsgstr[1] ""\nmsgstr[2] ""\n\n'
        'msgid "Wrote {file}"\nmsgstr ""\n',
        tools.PLURAL_FORMS["uk"],
    )
    l10n.set_language("uk", folder=folder)
    assert ngettext(*CASES, 1) == "({n} case)" and _("Wrote {file}") == "Wrote {file}"


# ------------------------------------------------------------------------------------------------ drafts
def test_fuzzy_entries_are_drafts_and_reviewed_ones_win(tmp_path: Path) -> None:
    folder = _po(
        tmp_path,
        "es",
        'msgid "Wrote {file}"\nmsgstr "Escrito {file}"\n\n'
        '#, fuzzy\nmsgid "Passphrase changed."\nmsgstr "Frase cambiada."\n',
    )
    l10n.set_language("es", folder=folder)
    assert (_("Wrote {file}"), l10n.state("Wrote {file}")) == ("Escrito {file}", "reviewed")
    assert (_("Passphrase changed."), l10n.state("Passphrase changed.")) == ("Frase cambiada.", "draft")
    assert l10n.state("Good.") == "english" and l10n.drafts_in_use()
    assert {p.name for p in folder.glob("*.mo")} == {"es.mo", "es.draft.mo"}


def test_a_catalog_without_drafts_says_so(tmp_path: Path) -> None:
    l10n.set_language("es", folder=_po(tmp_path, "es", 'msgid "Good."\nmsgstr "Buena."\n'))
    assert _("Good.") == "Buena." and not l10n.drafts_in_use()


def test_every_shipped_draft_is_flagged() -> None:
    """The bundled translations are machine-made: every one is flagged fuzzy until a translator reviews it
    (docs/translating.md); the app shows them as drafts."""
    for po in sorted(CORE.glob("*.po")):
        catalog = tools.read_core_catalog(po, po.stem)
        unflagged = [m.id for m in catalog if m.id and m.string and any(m.string) and not m.fuzzy]
        assert unflagged == [], (po.name, unflagged[:5])
    l10n.set_language("uk")
    assert l10n.state("Wrote {file}") == "draft" and l10n.drafts_in_use()


# --------------------------------------------------------------------------------------------- choosing
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("es", "es"),
        ("es_MX.UTF-8", "es"),
        ("uk-UA", "uk"),
        ("uk_UA.UTF-8@euro", "uk"),
        ("fa_AF", "fa_AF"),
        ("fa_IR.UTF-8", "fa_AF"),  # Persian: Dari's catalog
        ("ps_AF", "ps"),
        ("ar_EG", "ar"),
        ("ht_HT", "ht"),
        ("C", "en"),
        ("POSIX", "en"),
        ("en_GB.UTF-8", "en"),
        ("de_DE.UTF-8", None),
        ("", None),
    ],
)
def test_locale_names_match_a_language(name: str, code: str | None) -> None:
    assert l10n.match(name) == code


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({"LANG": "uk_UA.UTF-8"}, "uk"),
        ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "uk_UA.UTF-8"}, "es"),
        ({"LC_ALL": "C", "LC_MESSAGES": "es_ES.UTF-8", "LANG": "uk_UA.UTF-8"}, "en"),  # LC_ALL=C: English
        ({"LANGUAGE": "de:ar", "LANG": "uk_UA.UTF-8"}, "ar"),  # the first known language of the list
        ({"LANGUAGE": "de", "LANG": "uk_UA.UTF-8"}, "uk"),  # none known: the locale speaks
        ({"LANGUAGE": "", "LANG": "ht_HT.UTF-8"}, "ht"),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({}, None),
    ],
)
def test_the_environment_names_the_language_in_posix_order(environ: dict[str, str], code: str | None) -> None:
    assert l10n.from_environment(environ) == code


def test_choose_prefers_the_option_to_the_environment() -> None:
    assert l10n.choose("es", {"LANG": "uk_UA.UTF-8"}) == "es"
    assert l10n.choose(None, {"LANG": "uk_UA.UTF-8"}) == "uk"
    assert l10n.choose("xx", {"LANG": "uk_UA.UTF-8"}) == "en"  # asked for an unknown one: English
    assert l10n.choose(None, {"LANG": "de_DE.UTF-8"}) == "en"


# -------------------------------------------------------------------------------------------- isolation
def test_isolate_lives_in_the_core_and_the_ui_uses_the_same_function() -> None:
    from parole_desktop.ui import i18n

    assert i18n.isolate is l10n.isolate
    assert l10n.isolate("Ahmad") == "\u2068Ahmad\u2069"
    assert l10n.isolate("a\u2069b\u2067c") == "\u2068ab\u2067c\u2069\u2069"


def test_the_module_loads_no_qt_and_no_layer() -> None:
    code = (
        "import sys, parole_desktop.l10n as l; l.set_language('es'); l._('Good.'); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')) or "
        "m.split('.')[:2] in (['parole_desktop', p] for p in ('services', 'store', 'packet', 'rules', 'domain', 'ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
