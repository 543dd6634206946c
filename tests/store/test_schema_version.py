"""The version rule: every schema step ships in a new minor version, and __version__ is at least that version.

A vault written after a schema step cannot be opened by the version before it (VaultTooNew), so users and
the upgrade fixtures must be able to tell the two apart by version number. When you add a migration, add
its line here with the next minor version, set parole_desktop.__version__ to it and say so in CHANGELOG.md.
"""

from __future__ import annotations

import itertools

from parole_desktop import __version__
from parole_desktop.store import migrations
from tests.conftest import ROOT

# schema step -> the version that first ships it
FIRST_SHIPPED_IN = {
    "0001_initial": "0.1.0",
    "0002_evidence_attachment_index": "0.2.0",
}


def _v(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_every_schema_step_has_its_version():
    assert list(FIRST_SHIPPED_IN) == migrations.known_names(), "add the new schema step to FIRST_SHIPPED_IN"
    versions = [_v(v) for v in FIRST_SHIPPED_IN.values()]
    assert all(a[:2] < b[:2] for a, b in itertools.pairwise(versions)), \
        "each schema step needs a new minor version"


def test_current_version_includes_the_newest_step():
    newest = list(FIRST_SHIPPED_IN.values())[-1]
    assert _v(__version__) >= _v(newest), f"set parole_desktop.__version__ to {newest} or later"


def test_changelog_names_the_current_version():
    assert f"\n## {__version__} " in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
