"""#25: the bundled rules pack and the publisher key list are pinned in the code (``rules/pinned.py``, written
by ``python packaging/pin_pack.py``): an installed copy edited by hand is refused, names the file, and
neither executable starts with it."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from parole_desktop.errors import IntegrityError
from parole_desktop.rules import load_pack, load_trusted_keys, loader, pinned
from parole_desktop.rules.digest import content_sha256
from parole_desktop.services import rulebook

ROOT = Path(__file__).resolve().parents[2]
COMMAND = "python packaging/pin_pack.py"


def _pin_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pin_pack", ROOT / "packaging" / "pin_pack.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_pin_is_current() -> None:
    """Fails after any change to pack.json or publisher_keys.json that was not re-pinned, saying what to run."""
    stale = (
        "resources/rules/{} changed since it was pinned: run `" + COMMAND + "` and commit "
        "parole_desktop/rules/pinned.py with it"
    )
    pack = json.loads((ROOT / "resources/rules/pack.json").read_text(encoding="utf-8"))
    keys = json.loads((ROOT / "resources/rules/publisher_keys.json").read_text(encoding="utf-8"))
    assert content_sha256(pack) == pinned.PACK_SHA256, stale.format("pack.json")
    assert content_sha256(keys) == pinned.PUBLISHER_KEYS_SHA256, stale.format("publisher_keys.json")
    assert (pack["id"], pack["version"]) == (pinned.PACK_ID, pinned.PACK_VERSION), stale.format("pack.json")
    assert _pin_tool().render() == (ROOT / "parole_desktop/rules/pinned.py").read_text(encoding="utf-8"), (
        f"parole_desktop/rules/pinned.py was edited by hand: run `{COMMAND}`"
    )
    assert load_pack().sha256 == pinned.PACK_SHA256


@pytest.fixture
def installed_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A copy of the app's resources/ that ``paths.resource`` reads, as a frozen build reads its bundle
    (``sys._MEIPASS``); the cached bundled pack is dropped before and after."""
    root = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", root / "resources", ignore=shutil.ignore_patterns("forms"))
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    loader._bundled.cache_clear()
    yield root / "resources" / "rules"
    monkeypatch.undo()
    loader._bundled.cache_clear()


def _edit_fee(rules: Path, amount: int) -> None:
    text = (rules / "pack.json").read_text(encoding="utf-8")
    old = '"id": "i131_hp_paper", "label": "Form I-131 filing fee, initial parole for a person outside the US, paper filing", "amount_usd": 630,'
    assert old in text, "the fixture expects the $630 paper fee of the bundled pack"
    (rules / "pack.json").write_text(
        text.replace(old, old.replace(": 630,", f": {amount},")), encoding="utf-8"
    )


def test_unedited_copy_loads_and_line_endings_do_not_matter(installed_copy: Path) -> None:
    pack = load_pack()
    assert pack.fee("i131_hp_paper").amount_usd == 630 and pack.sha256 == pinned.PACK_SHA256
    raw = (installed_copy / "pack.json").read_bytes()
    (installed_copy / "pack.json").write_bytes(raw.replace(b"\n", b"\r\n"))  # a Windows checkout
    loader._bundled.cache_clear()
    assert load_pack().sha256 == pinned.PACK_SHA256 and rulebook.bundled_problem() == ""


def test_edited_fee_in_an_installed_copy_is_refused(
    installed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attack of #25: the I-131 fee changed from $630 to $30 where the app is installed."""
    _edit_fee(installed_copy, 30)
    with pytest.raises(IntegrityError) as got:
        load_pack()
    msg = str(got.value)
    assert str(installed_copy / "pack.json") in msg and "rules pack bundled with Parole Desktop" in msg
    assert "not the one this version was built with" in msg and "Reinstall" in msg and COMMAND in msg
    assert f"{pinned.PACK_ID} {pinned.PACK_VERSION}" in msg
    assert rulebook.bundled_problem() == msg
    # not cached as genuine, and every path that reads the pack refuses it: the CLI does not start
    from parole_desktop.cli import main

    assert main(["--data-dir", str(installed_copy.parent / "data"), "rules", "show"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: The rules pack bundled with Parole Desktop") and "pack.json" in err
    assert main(["--data-dir", str(installed_copy.parent / "data"), "init"]) == 2
    assert not (installed_copy.parent / "data" / "vault").exists(), "no vault is made with an edited pack"


def test_damaged_bundled_pack_is_refused_naming_the_file(installed_copy: Path) -> None:
    (installed_copy / "pack.json").write_text('{"id": "us-hp", ', encoding="utf-8")
    with pytest.raises(
        IntegrityError, match=r"rules pack bundled with Parole Desktop \(.*pack.json\) is damaged"
    ):
        load_pack()


def test_added_publisher_key_in_an_installed_copy_is_refused(installed_copy: Path) -> None:
    """A key added beside the pack would let its holder sign any pack as a trusted publisher."""
    keys = json.loads((installed_copy / "publisher_keys.json").read_text(encoding="utf-8"))
    keys["attacker"] = "A" * 43 + "="
    (installed_copy / "publisher_keys.json").write_text(json.dumps(keys), encoding="utf-8")
    with pytest.raises(IntegrityError, match="publisher key list bundled with Parole Desktop") as got:
        load_trusted_keys()
    assert str(installed_copy / "publisher_keys.json") in str(got.value) and COMMAND in str(got.value)
    assert "publisher key list" in rulebook.bundled_problem()
    # a list a tool or a test names itself is not the bundled one: not pinned
    assert "attacker" in load_trusted_keys(installed_copy / "publisher_keys.json")


@pytest.mark.allow_error_logs  # the app logs why it refused to start
def test_gui_does_not_start_with_an_edited_pack(
    installed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from parole_desktop import app

    _edit_fee(installed_copy, 30)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    built: list[object] = []
    monkeypatch.setattr(app, "build", lambda *a, **k: built.append(a))
    assert app.main(["--data-dir", str(tmp_path / "data")]) == 2
    assert len(shown) == 1 and "pack.json" in shown[0] and "Reinstall" in shown[0]
    assert built == [], "no window (and no vault) is opened with an edited pack"


def test_pin_tool_says_what_is_stale_and_writes_a_current_pin(
    installed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _pin_tool()
    assert tool.main(["--check"]) == 0
    _edit_fee(installed_copy, 31)
    target = tmp_path / "pinned.py"
    shutil.copyfile(ROOT / "parole_desktop/rules/pinned.py", target)
    monkeypatch.setattr(tool, "PACK", installed_copy / "pack.json")
    monkeypatch.setattr(tool, "PINNED", target)
    capsys.readouterr()
    assert tool.main(["--check"]) == 1
    assert f"is stale: run `{COMMAND}`" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == (ROOT / "parole_desktop/rules/pinned.py").read_text(
        encoding="utf-8"
    )
    assert tool.main([]) == 0 and tool.main(["--check"]) == 0
    namespace: dict[str, object] = {}
    exec(target.read_text(encoding="utf-8"), namespace)  # the generated module as Python reads it
    edited = json.loads((installed_copy / "pack.json").read_text(encoding="utf-8"))
    assert namespace["PACK_SHA256"] == content_sha256(edited) != pinned.PACK_SHA256
    assert namespace["PUBLISHER_KEYS_SHA256"] == pinned.PUBLISHER_KEYS_SHA256
