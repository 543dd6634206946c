"""Resources are found in one place (paths.resource), in the source tree and in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

from parole_desktop.packet.fonts import resources_dir
from parole_desktop.paths import resource
from parole_desktop.rules.loader import rules_resource_dir
from tests.conftest import ROOT


def test_source_tree_resources():
    assert resource() == ROOT / "resources"
    assert resource("rules", "pack.json").is_file()
    assert resources_dir() == resource()
    assert rules_resource_dir() == resource("rules")


def test_frozen_build_resources_sit_in_meipass(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        resource("fonts", "NotoSans-Regular.ttf") == tmp_path / "resources" / "fonts" / "NotoSans-Regular.ttf"
    )
    assert resources_dir() == tmp_path / "resources"  # the packet layer and the rules follow
    assert rules_resource_dir() == tmp_path / "resources" / "rules"
