#!/usr/bin/env python3
"""Interface translations with Qt's own tool chain (``make i18n`` regenerates the sources).

    .venv/bin/python packaging/i18n.py update     extract every tr() of parole_desktop/ui/ and app.py into
                                                  resources/i18n/<lang>.ts (pyside6-lupdate; existing
                                                  translations are kept, vanished texts dropped)
    .venv/bin/python packaging/i18n.py build      compile resources/i18n/*.ts into .qm (pyside6-lrelease) and
                                                  copy Qt's own qtbase_<lang>.qm beside them

The .ts files are the sources translators edit (Qt Linguist or any text editor, see docs/translating.md) and
are committed; the .qm files are build output (``*.qm`` is in .gitignore). ``build`` runs at every packaging
build (packaging/build.py), before the app starts from the source tree (packaging/dev.py run) and once per
test session (tests/conftest.py). Each .qm is written under a temporary name and renamed, so two test
workers building at once never leave a half-written catalog.

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

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
# the interface languages besides English (issue #24); English plural forms live in en.ts
LANGUAGES = ("es", "fa_AF", "ps", "uk", "ar", "ht")
# Qt's own catalog for each language, where PySide6 ships one (no Pashto or Haitian Creole in Qt 6.11);
# Dari uses Qt's Persian one (the standard buttons read the same)
QT_CATALOG = {"es": "es", "fa_AF": "fa", "uk": "uk", "ar": "ar"}


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
            subprocess.run([tool, *common, "-target-language", lang, *files, "-ts", str(ts)], check=True)
            targets.append(ts)
        en = out / "en.ts"
        cmd = [tool, *common, "-pluralonly", "-target-language", "en", *files, "-ts", str(en)]
        subprocess.run(cmd, check=True)
    return [*targets, en]


def build(src: Path = I18N, out: Path | None = None) -> list[Path]:
    """Compile every <lang>.ts of ``src`` into ``out`` (default: beside it) and copy Qt's own catalogs."""
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
    return made


def _publish(part: Path, dest: Path) -> Path:
    os.replace(part, dest)  # atomic: a reader sees the old catalog or the new one
    return dest


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=("update", "build"))
    p.add_argument("--out", type=Path, help="write there instead of resources/i18n/")
    args = p.parse_args(argv)
    if args.command == "update":
        for ts in update(args.out or I18N):
            sys.stderr.write(f"[i18n] {ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}\n")
    else:
        made = build(I18N, args.out)
        sys.stderr.write(f"[i18n] {len(made)} catalogs in {args.out or I18N}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
