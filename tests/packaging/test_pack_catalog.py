"""packaging/pack_catalog.py: drafts go in unreviewed with the English's hash, bad drafts write nothing,
and the pack file is written back with everything before its catalogs kept byte for byte."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from parole_desktop.rules import translations as tr

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("pack_catalog", ROOT / "packaging" / "pack_catalog.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    mod = _tool()
    pack = tmp_path / "pack.json"
    shutil.copy(mod.PACK, pack)
    monkeypatch.setattr(mod, "PACK", pack)
    return mod


def test_the_bundled_pack_is_in_the_tools_own_layout() -> None:
    mod = _tool()
    text = mod.PACK.read_text(encoding="utf-8")
    data = json.loads(text)
    head = text[: text.find('\n  "client_sheet": {')]
    assert text == head + "\n" + mod.render_tail(data) + "}\n"


def test_a_draft_goes_in_unreviewed_with_the_hash_of_its_english(tool: Any, tmp_path: Path) -> None:
    before = tool.PACK.read_text(encoding="utf-8")
    drafts = tmp_path / "uk.json"
    drafts.write_text(json.dumps({"sheet.contact": "Як нас знайти"}, ensure_ascii=False), encoding="utf-8")
    assert tool.main(["draft", "uk", str(drafts)]) == 0
    after = tool.PACK.read_text(encoding="utf-8")
    cut = before.find('\n  "client_sheet": {')
    assert after[:cut] == before[:cut]  # the rest of the pack is untouched
    entry = json.loads(after)["translations"]["uk"]["sheet.contact"]
    english = json.loads(after)["client_sheet"]["texts"]["contact"]
    assert entry == {"text": "Як нас знайти", "source_sha256": tr.source_sha256(english), "reviewed": False}
    assert tool.main(["review", "uk", "sheet.contact"]) == 0
    assert json.loads(tool.PACK.read_text(encoding="utf-8"))["translations"]["uk"]["sheet.contact"][
        "reviewed"
    ]


@pytest.mark.parametrize(
    ("drafts", "message"),
    [
        ({"sheet.no_such_text": "x"}, "no English text has this key"),
        ({"sheet.prepared_for": "Preparado el {date}."}, "placeholders differ"),
        ({"rule.HP-RSN-06.title": "Explicación de la inadmisibilidad"}, "keep 214\\(b\\), INA 212\\(a\\)"),
        ({"rule.HP-DUR-01.action": "Indique los meses de parole; explique una estadía larga."}, "keep 12 "),
    ],
)
def test_a_bad_draft_writes_nothing(tool: Any, tmp_path: Path, drafts: dict[str, str], message: str) -> None:
    before = tool.PACK.read_bytes()
    f = tmp_path / "d.json"
    f.write_text(json.dumps(drafts), encoding="utf-8")
    with pytest.raises(SystemExit, match=message):
        tool.main(["draft", "es", str(f)])
    with pytest.raises(SystemExit, match="missing or out of date"):
        tool.main(["review", "es", "sheet.no_such_text"])
    assert tool.PACK.read_bytes() == before
