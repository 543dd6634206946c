"""The documents name only what exists.

Every code reference in ``docs/*.md``, README.md and CONTRIBUTING.md written in backticks that starts at a package, module or
folder of the project (``ui/workspace/fields.DateEdit``, ``services.checks.save_and_check``,
``resources/rules/pack.json``, ``tests/test_import_cycles.py``) must resolve: the file or folder exists and a
named function, class or constant is defined in that module. A rename that leaves the document behind fails
here instead of misleading the next reader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "parole_desktop"
DOCS = sorted([*(ROOT / "docs").glob("*.md"), ROOT / "CONTRIBUTING.md", ROOT / "README.md"])

# first components that mean "a place in this repository"
TOP = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()} - {"__init__"}
REPO_TOP = {"tests", "resources", "packaging", "docs", ".ci"}
TOKEN = re.compile(r"`([^`\n]+)`")


def _code_refs(text: str) -> list[str]:
    refs = []
    for raw in TOKEN.findall(text):
        tok = raw.split("(")[0].split(" ")[0].strip().rstrip(",:;")
        if not tok or tok.startswith(("-", "..", "/", "~", "$")) or "*" in tok or "<" in tok or "…" in tok:
            continue
        first = re.split(r"[/.]", tok.removeprefix("parole_desktop."), maxsplit=1)[0]
        if ("/" in tok or "." in tok) and (first in TOP or first in REPO_TOP):
            refs.append(tok)
    return refs


def _defines(module: Path, name: str) -> bool:
    src = module.read_text(encoding="utf-8")
    pattern = rf"^\s*(?:async\s+def|def|class)\s+{re.escape(name)}\b|^\s*{re.escape(name)}\s*[:=]|^\s*self\.{re.escape(name)}\s*[:=]"
    return re.search(pattern, src, re.MULTILINE) is not None


def resolve(ref: str) -> str:
    """Empty when ``ref`` names something that exists; else what is missing."""
    ref = ref.removeprefix("parole_desktop.")
    first = re.split(r"[/.]", ref, maxsplit=1)[0]
    base = ROOT if first in REPO_TOP else PACKAGE
    plain = base / ref.rstrip("/")
    if plain.exists():
        return ""
    found = _module_attributes(base, ref)
    if re.search(r"\.(py|json|md|toml|txt|ya?ml|ini|spec|lock|png|pdf|sh)$", ref) and found:
        return f"no file or module {ref}"  # a file name that is not there (not a module.attr ending alike)
    return found


def _module_attributes(base: Path, ref: str) -> str:
    """Empty when ``ref`` is a module path (slashes or dots) followed by names that module defines."""
    head, _, tail = ref.rpartition("/")
    parts = [*head.split("/"), *tail.split(".")] if head else ref.split(".")
    for cut in range(len(parts), 0, -1):
        stem = base.joinpath(*parts[:cut])
        module = stem.with_suffix(".py") if not (stem / "__init__.py").exists() else stem / "__init__.py"
        if module.exists():
            missing = [a for a in parts[cut:] if not _defines(module, a)]
            return f"{module.relative_to(ROOT)} defines no {', '.join(missing)}" if missing else ""
    return f"no file or module {ref}"


def test_the_resolver_catches_a_stale_name() -> None:
    assert resolve("services/checks.py") == ""
    assert resolve("store/sqlcipher.storage_problem") == ""
    assert resolve("fsutil.atomic_path") == ""
    assert "defines no" in resolve("fsutil.no_such_helper")
    assert "no file or module" in resolve("services/no_such_module.py")
    assert resolve("ui/main_window.MainWindow.lock") == ""  # a method, though it ends like a file name
    assert "no file or module" in resolve("packaging/no_such.lock")
    assert _code_refs("`services.checks.save_and_check` `cases` `--data-dir` `../shared/x.md`") == [
        "services.checks.save_and_check"
    ]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_code_reference_resolves(doc: Path) -> None:
    stale = {ref: why for ref in _code_refs(doc.read_text(encoding="utf-8")) if (why := resolve(ref))}
    assert not stale, f"{doc.name} names what does not exist (update the document): {stale}"
