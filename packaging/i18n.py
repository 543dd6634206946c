#!/usr/bin/env python3
"""Translations, both sides (``make i18n`` regenerates the sources): the interface with Qt's own tool chain,
the Qt-free core (CLI, services, store) with Babel and stdlib gettext.

    .venv/bin/python packaging/i18n.py update     extract every tr() of parole_desktop/ui/ and app.py into
                                                  resources/i18n/<lang>.ts (pyside6-lupdate; existing
                                                  translations are kept, vanished texts dropped), and every
                                                  _() / ngettext() / lazy() of the core (and argparse's own
                                                  texts) into resources/i18n/core/parole_desktop.pot, merged
                                                  into each resources/i18n/core/<lang>.po (Babel)
    .venv/bin/python packaging/i18n.py build      compile resources/i18n/*.ts into .qm (pyside6-lrelease) and
                                                  copy Qt's own qtbase_<lang>.qm beside them; compile each
                                                  core/<lang>.po into <lang>.mo (reviewed entries) and
                                                  <lang>.draft.mo (entries marked fuzzy: drafts); write
                                                  languages.json (which languages ship, services/languages.py)

The .ts files are the sources translators edit (Qt Linguist or any text editor, see docs/translating.md) and
are committed; the .qm files are build output (``*.qm`` is in .gitignore). ``build`` runs at every packaging
build (packaging/build.py), before the app starts from the source tree (packaging/dev.py run) and once per
test session (tests/conftest.py). Each .qm is written under a temporary name and renamed, so two test
workers building at once never leave a half-written catalog.

The core's ``.po`` files are edited with Poedit, Weblate or a text editor; ``.mo`` are build output too
(``*.mo`` is in .gitignore). A ``fuzzy`` entry is a draft (machine-made or not yet reviewed by a qualified
translator): it is shown, marked as a draft, until a reviewer clears the flag (docs/translating.md).

``en.ts`` holds only the plural forms (``-pluralonly``): English source texts are the English interface,
but "%n case(s)" needs its "1 case" / "%n cases".
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
# the interface languages besides English (issue #24); English plural forms live in en.ts
LANGUAGES = ("es", "fa_AF", "ps", "uk", "ar", "ht")
# Qt's own catalog for each language, where PySide6 ships one (no Pashto or Haitian Creole in Qt 6.11);
# Dari uses Qt's Persian one (the standard buttons read the same)
QT_CATALOG = {"es": "es", "fa_AF": "fa", "uk": "uk", "ar": "ar"}

CORE = I18N / "core"
CORE_DOMAIN = "parole_desktop"
# the gettext markers of the core (parole_desktop/l10n.py): _("…"), ngettext("…", "…", n), lazy("…")
CORE_KEYWORDS = {"_": None, "ngettext": (1, 2), "lazy": None}
# argparse's own texts a user of the CLI can meet (its other texts are errors of the program, not the user)
ARGPARSE_SHOWN = frozenset(
    {
        "%(prog)s: error: %(message)s\n",
        "ambiguous option: %(option)s could match %(matches)s",
        "argument %(argument_name)s: %(message)s",
        "can't open '%(filename)s': %(error)s",
        "expected %s argument",
        "expected at least one argument",
        "expected at most one argument",
        "expected one argument",
        "ignored explicit argument %r",
        "invalid %(type)s value: %(value)r",
        "invalid choice: %(value)r (choose from %(choices)s)",
        "not allowed with argument %s",
        "one of the arguments %s is required",
        "options",
        "positional arguments",
        "show this help message and exit",
        "the following arguments are required: %s",
        "unrecognized arguments: %s",
        "usage: ",
    }
)
# Each catalog's plural rule, written into its header (CLDR's categories for whole numbers, in CLDR's order,
# the order Qt's .ts numerus forms use too): Spanish and Pashto one / other; Dari (CLDR "fa") one for 0 and
# 1 / other; Ukrainian one / few / many; Arabic zero / one / two / few (3-10) / many (11-99) / other; Haitian
# Creole (CLDR "ht") one for 0 and 1 / other (CLDR's "many" of exact millions, a French "de" construction, is
# folded into other: nouns do not inflect for number in Creole).
PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "fa_AF": "nplurals=2; plural=(n > 1);",
    "ps": "nplurals=2; plural=(n != 1);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "ht": "nplurals=2; plural=(n > 1);",
}


def sources() -> list[Path]:
    """Every file lupdate reads: the GUI executable and the whole ui/ package (nothing of the Qt-free core)."""
    ui = ROOT / "parole_desktop" / "ui"
    return [ROOT / "parole_desktop" / "app.py", *sorted(ui.rglob("*.py"))]


def dynamic_texts() -> dict[str, list[str]]:
    """Texts the ui passes to ``tr()`` from a table (labels, column titles, form questions, step titles),
    by the context ``tr()`` looks them up in at run time. lupdate sees only literal ``tr("…")`` calls, so
    ``update`` reads these tables from the modules themselves and hands lupdate one generated file of
    ``QT_TRANSLATE_NOOP(context, text)``: a new entry in a table needs no marking by hand."""
    sys.path.insert(0, str(ROOT))
    from parole_desktop.services import client_sheet
    from parole_desktop.ui import case_model, labels
    from parole_desktop.ui.workspace import background, checks, fields, outcome, paroles, people, person_form
    from parole_desktop.ui.workspace import workspace as _workspace  # noqa: F401  (imports every step)

    pf = person_form
    specs = [s for v in vars(pf).values() if isinstance(v, tuple) for s in v if isinstance(s, pf.Spec)]
    specs += [s for group in pf.ROLE_SPECS.values() for s in group]
    eye_hair = [pf.EYE_WORDS.get(c, c.capitalize()) for c in pf.EYE_COLORS]
    eye_hair += [pf.HAIR_WORDS.get(c, c.capitalize()) for c in pf.HAIR_COLORS]

    def steps(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *steps(sub))]

    found = {
        "CaseTableModel": [c[1] for c in case_model.COLUMNS],
        "labels": list(labels._WORDS.values()),
        "ParoleTable": [*paroles.COLUMNS, *(w for w, _v in paroles.BASES)],
        "PersonForm": [
            *(s.label for s in specs),
            *(w for w, _v in (*pf.SUPPORTER_KINDS, *pf.SUPPORT_FORMS, *pf.ETHNICITIES, *pf.ANSWERS)),
            *pf.RACE_WORDS.values(),
            *eye_hair,
        ],
        "OutcomePage": list(outcome.STATUS_LABELS.values()),
        "PeoplePage": list(people.PeoplePage.TAB_TITLES),
        "CaseWorkspace": [c.title for c in steps(fields.StepPage) if c.title],
        "BackgroundPage": [*(q for _a, q in background.QUESTIONS), *(w for _a, w in background.ANSWERS)],
        "ChecksPage": [label for _colour, label in checks.SEVERITY_STYLE.values()],
        # the client sheet's language picker names each language in itself and, translated, in the UI's
        "ExportPage": [name for code, name in client_sheet.ENGLISH_NAMES.items() if code != "en"],
    }
    return {ctx: sorted(set(texts)) for ctx, texts in found.items()}


def _dynamic_source(folder: Path) -> Path:
    """The generated file of ``QT_TRANSLATE_NOOP`` lines for ``dynamic_texts()`` (lupdate input only)."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for ctx, texts in dynamic_texts().items():
        lines += [f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})" for text in texts]
    path = folder / "dynamic_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def core_sources() -> list[Path]:
    """Every module of the Qt-free core whose texts a user reads: the whole package but ui/ and app.py."""
    pkg = ROOT / "parole_desktop"
    return [
        p
        for p in sorted(pkg.rglob("*.py"))
        if "ui" not in p.relative_to(pkg).parts[:1] and p.name != "app.py"
    ]


def _babel() -> Any:
    try:
        import babel.messages.catalog
        import babel.messages.extract
        import babel.messages.mofile
        import babel.messages.pofile
    except ImportError as exc:
        raise SystemExit(
            "Babel is needed for the core's catalogs: install the dev extra (pip install -e .[dev])"
        ) from exc
    return babel.messages


def core_template() -> Any:
    """The core's messages as a Babel catalog (no locale): every marked text of ``core_sources()``, plus
    argparse's own texts ("usage: ", "the following arguments are required: %s"), which the CLI routes
    through the same catalog."""
    messages = _babel()
    template = messages.catalog.Catalog(project="Parole Desktop", domain=CORE_DOMAIN, fuzzy=False)
    found = [(p, CORE_KEYWORDS, p.relative_to(ROOT).as_posix()) for p in core_sources()]
    found.append((Path(argparse.__file__), {"_": None, "ngettext": (1, 2)}, "python-stdlib/argparse.py"))
    for path, keywords, where in found:
        with path.open("rb") as fh:
            for _line, message, comments, context in messages.extract.extract(
                "python", fh, keywords=keywords, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
            ):
                if not message or (isinstance(message, tuple) and not all(message)):
                    continue
                first = message if isinstance(message, str) else message[0]
                if where.startswith("python-stdlib/") and first not in ARGPARSE_SHOWN:
                    continue
                template.add(
                    message,
                    locations=[(where, None)],
                    auto_comments=comments,
                    context=context,
                    flags=_flags(message),
                )
    return template


def _flags(message: str | tuple[str, ...]) -> tuple[str, ...]:
    """Poedit and msgfmt check the placeholders of an entry flagged with its format."""
    text = message if isinstance(message, str) else " ".join(message)
    if "%(" in text or "%s" in text or "%r" in text or "%d" in text:
        return ("python-format",)
    if "{" in text:
        return ("python-brace-format",)
    return ()


def _po_text(catalog: Any) -> bytes:
    import io

    buf = io.BytesIO()
    _babel().pofile.write_po(
        buf,
        catalog,
        width=100,
        sort_output=True,
        include_lineno=False,
        ignore_obsolete=True,
        include_previous=False,
    )
    return buf.getvalue()


def _stable(text: bytes) -> bytes:
    """A catalog without its dates, to tell whether anything but the dates changed."""
    return b"\n".join(
        line
        for line in text.splitlines()
        if not line.startswith((b'"POT-Creation-Date:', b'"PO-Revision-Date:'))
    )


def _write_if_changed(path: Path, text: bytes) -> bool:
    if path.is_file() and _stable(path.read_bytes()) == _stable(text):
        return False
    part = path.with_name(path.name + ".part")
    part.write_bytes(text)
    os.replace(part, path)
    return True


def _headers(catalog: Any, lang: str | None) -> None:
    """The header every core catalog carries (no template placeholders such as FIRST AUTHOR)."""
    name = {
        "es": "Spanish",
        "fa_AF": "Dari",
        "ps": "Pashto",
        "uk": "Ukrainian",
        "ar": "Arabic",
        "ht": "Haitian Creole",
    }
    what = f"in {name[lang]}" if lang else "to translate (template)"
    catalog.header_comment = (
        f"# Parole Desktop: the texts of the command line, the services and the store {what}.\n"
        "# Entries flagged fuzzy are drafts (machine-made or not yet reviewed by a qualified translator):\n"
        "# shown marked as drafts until a reviewer clears the flag. See docs/translating.md.\n"
        "# Distributed under the same licence as Parole Desktop (GPL-3.0-or-later)."
    )
    catalog.version = "core"
    catalog.msgid_bugs_address = "the project's issue tracker"
    catalog.last_translator = "drafts not yet reviewed (see the fuzzy flags)"
    catalog.language_team = (
        f"Parole Desktop {name[lang]} translators" if lang else "Parole Desktop translators"
    )
    catalog.revision_date = catalog.creation_date


def read_core_catalog(po: Path, lang: str) -> Any:
    with po.open("rb") as fh:
        return _babel().pofile.read_po(fh, locale=lang, domain=CORE_DOMAIN)


def update_core(out: Path = CORE) -> list[Path]:
    """Extract the core's texts into ``parole_desktop.pot`` and merge it into every ``<lang>.po``: new texts
    are added untranslated, vanished ones dropped, translations (and their ``fuzzy`` draft flag) kept. No
    guessed ("fuzzy-matched") translations are made for new texts. A file whose texts did not change is
    left as it is (dates included)."""
    messages = _babel()
    out.mkdir(parents=True, exist_ok=True)
    template = core_template()
    _headers(template, None)
    pot = out / f"{CORE_DOMAIN}.pot"
    _write_if_changed(pot, _po_text(template))
    written = [pot]
    for lang in LANGUAGES:
        po = out / f"{lang}.po"
        if po.is_file():
            catalog = read_core_catalog(po, lang)
        else:
            catalog = messages.catalog.Catalog(
                locale=lang, domain=CORE_DOMAIN, project="Parole Desktop", fuzzy=False
            )
        catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[lang])]
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        _headers(catalog, lang)
        catalog.fuzzy = False  # the header is not a draft; entries carry their own flag
        _write_if_changed(po, _po_text(catalog))
        written.append(po)
    return written


def build_core(src: Path = CORE, out: Path | None = None) -> list[Path]:
    """Compile every ``<lang>.po`` of ``src`` into ``<lang>.mo`` (reviewed entries) and ``<lang>.draft.mo``
    (entries flagged ``fuzzy``); a plural entry is compiled only with every form written."""
    messages = _babel()
    out = out or src
    out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mo-", dir=out) as tmp:
        for po in sorted(src.glob("*.po")):
            lang = po.stem
            catalog = read_core_catalog(po, lang)
            for suffix, drafts in ((".mo", False), (".draft.mo", True)):
                part = Path(tmp) / f"{lang}{suffix}"
                chosen = messages.catalog.Catalog(locale=lang, domain=CORE_DOMAIN, fuzzy=False)
                chosen.mime_headers = [("Plural-Forms", catalog.plural_forms)]
                for m in catalog:
                    if not m.id or m.fuzzy != drafts:
                        continue
                    strings = m.string if isinstance(m.string, tuple) else (m.string,)
                    if all(strings):
                        chosen.add(m.id, m.string, context=m.context)
                with part.open("wb") as fh:
                    messages.mofile.write_mo(fh, chosen, use_fuzzy=False)
                made.append(_publish(part, out / part.name))
    return made


def qt_tool(name: str) -> Path:
    """lupdate / lrelease as PySide6 ships them (the binaries behind pyside6-lupdate and pyside6-lrelease)."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    exe = name + (".exe" if os.name == "nt" else "")
    for candidate in (base / exe, base / "Qt" / "libexec" / exe, base / "Qt" / "bin" / exe):
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise SystemExit(f"{name} not found in PySide6 ({base}); install PySide6 with its tools")


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


#: Languages Qt's lupdate does not know: it refuses to update their .ts once it holds a translation ("the
#: target language is not recognized"). It updates them under a language it knows with the same plural forms
#: in Qt (Haitian Creole has one form there, as Indonesian), and the file keeps its own language code.
LUPDATE_STAND_IN = {"ht": "id"}


def _ts_language(text: str, old: str, new: str) -> str:
    """A .ts text with its ``language`` attribute changed from ``old`` to ``new`` (nothing else)."""
    before = f'<TS version="2.1" language="{old}"'
    if before not in text:
        raise SystemExit(f"unexpected .ts header (no {before!r})")
    return text.replace(before, f'<TS version="2.1" language="{new}"', 1)


def update(out: Path = I18N, *, quiet: bool = False) -> list[Path]:
    """Run lupdate into ``out``: one <lang>.ts per language, plus en.ts with only the plural forms."""
    out.mkdir(parents=True, exist_ok=True)
    tool = str(qt_tool("lupdate"))
    common = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
    if quiet:
        common.append("-silent")
    targets = []
    with tempfile.TemporaryDirectory(prefix="lupdate-") as tmp:
        files = [str(p) for p in sources()] + [str(_dynamic_source(Path(tmp)))]
        for lang in LANGUAGES:
            ts = out / f"{lang}.ts"
            stand_in = LUPDATE_STAND_IN.get(lang)
            if stand_in and ts.is_file():  # lupdate would leave a translated file of this language alone
                work = Path(tmp) / f"{stand_in}.ts"
                work.write_text(
                    _ts_language(ts.read_text(encoding="utf-8"), lang, stand_in), encoding="utf-8"
                )
                subprocess.run(
                    [tool, *common, "-target-language", stand_in, *files, "-ts", str(work)], check=True
                )
                ts.write_text(
                    _ts_language(work.read_text(encoding="utf-8"), stand_in, lang), encoding="utf-8"
                )
            else:
                subprocess.run([tool, *common, "-target-language", lang, *files, "-ts", str(ts)], check=True)
            targets.append(ts)
        en = out / "en.ts"
        cmd = [tool, *common, "-pluralonly", "-target-language", "en", *files, "-ts", str(en)]
        subprocess.run(cmd, check=True)
    return [*targets, en]


def build(src: Path = I18N, out: Path | None = None) -> list[Path]:
    """Compile every <lang>.ts of ``src`` into ``out`` (default: beside it) and copy Qt's own catalogs;
    then the core's catalogs (``build_core``) into ``out/core``."""
    out = out or src
    out.mkdir(parents=True, exist_ok=True)
    tool = str(qt_tool("lrelease"))
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="qm-", dir=out) as tmp:
        for ts in sorted(src.glob("*.ts")):
            part = Path(tmp) / f"{ts.stem}.qm"
            subprocess.run([tool, "-silent", "-removeidentical", str(ts), "-qm", str(part)], check=True)
            made.append(_publish(part, out / part.name))
        qt_dir = qt_translations_dir()
        for lang, qt in QT_CATALOG.items():
            found = qt_dir / f"qtbase_{qt}.qm"
            if found.is_file():
                part = Path(tmp) / f"qtbase_{lang}.qm"
                shutil.copyfile(found, part)
                made.append(_publish(part, out / part.name))
    if (src / "core").is_dir():
        try:
            import babel  # noqa: F401  (the dev and package extras carry it)
        except ImportError:
            sys.stderr.write("[i18n] Babel is not installed: the core's catalogs (.mo) were not built\n")
        else:
            made += build_core(src / "core", out / "core")
    made.append(write_language_status(src, out))
    return made


def write_language_status(src: Path = I18N, out: Path | None = None) -> Path:
    """``out/languages.json``: per language, the share of its entries that exist and whether it ships
    (``services/languages.py``: the sources are not bundled, the app reads this)."""
    sys.path.insert(0, str(ROOT))
    from parole_desktop.services import languages

    return languages.write_status(out or src, src)


def _publish(part: Path, dest: Path) -> Path:
    os.replace(part, dest)  # atomic: a reader sees the old catalog or the new one
    return dest


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=("update", "build"))
    p.add_argument("--out", type=Path, help="write there instead of resources/i18n/")
    args = p.parse_args(argv)
    if args.command == "update":
        out = args.out or I18N
        for ts in [*update(out), *update_core(out / "core")]:
            sys.stderr.write(f"[i18n] {ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}\n")
    else:
        made = build(I18N, args.out)
        sys.stderr.write(f"[i18n] {len(made)} catalogs in {args.out or I18N}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
