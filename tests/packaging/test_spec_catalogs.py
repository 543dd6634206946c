"""The PyInstaller spec carries the compiled catalogs of both sides (.qm, and the core's .mo under
i18n/core) and none of their sources (.ts, .po, .pot): its data list, computed as the spec computes it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.conftest import ROOT

SPEC = ROOT / "packaging" / "parole_desktop.spec"


def spec_datas() -> list[tuple[str, str]]:
    """The spec's resource list: its own lines from RESOURCE_DIRS to the loop's end, run on this tree."""
    text = SPEC.read_text(encoding="utf-8")
    block = re.search(r"^RESOURCE_DIRS = .*?(?=^hiddenimports)", text, re.S | re.M)
    assert block, "the spec's resource list moved: update this test"
    scope: dict[str, object] = {"ROOT": ROOT, "Path": Path}
    exec(compile(block.group(0), str(SPEC), "exec"), scope)
    datas = scope["datas"]
    assert isinstance(datas, list)
    return datas


def test_the_build_carries_the_compiled_catalogs_and_no_sources() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import i18n

    i18n.build()  # as build.py does before PyInstaller
    datas = spec_datas()
    names = {(Path(src).name, dest) for src, dest in datas}
    core = str(Path("resources") / "i18n" / "core")
    for lang in i18n.LANGUAGES:
        assert (f"{lang}.mo", core) in names and (f"{lang}.draft.mo", core) in names, lang
        assert (f"{lang}.qm", str(Path("resources") / "i18n")) in names, lang
    sources = sorted(name for name, _dest in names if name.endswith((".ts", ".po", ".pot", ".md")))
    assert sources == []
