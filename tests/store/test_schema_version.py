"""The version rule: a schema step never joins a released version.

A vault that has a schema step cannot be opened by the versions before it (VaultTooNew), so the version
number must tell them apart: the first schema step after a release bumps the minor version, and further
steps before the next release share that version. When you add a migration, add its line here, set
parole_desktop.__version__ to that version and name the step under it in CHANGELOG.md.
"""

from __future__ import annotations

import itertools
import re

from parole_desktop import __version__
from parole_desktop.store import migrations
from tests.conftest import ROOT

# schema step -> the version that first ships it
FIRST_SHIPPED_IN = {
    "0001_initial": "0.1.0",
    "0002_evidence_attachment_index": "0.2.0",
    "0003_case_fields": "0.2.0",
    "0004_trust_roster": "0.2.0",
    "0005_exhibit_probes": "0.2.0",
    "0006_device_identity": "0.2.0",
    "0007_removed_items": "0.2.0",
    "0008_case_revisions": "0.2.0",
    "0009_exchange_waiting_and_acks": "0.2.0",
}


def _v(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _changelog_sections() -> dict[str, str]:
    """CHANGELOG.md's sections by version (``## 0.2.0 — unreleased`` or ``## 0.1.0 — 2026-11-23``)."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    parts = re.split(r"^## (\d+\.\d+\.\d+) ", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_schema_step_has_its_version():
    assert list(FIRST_SHIPPED_IN) == migrations.known_names(), "add the new schema step to FIRST_SHIPPED_IN"
    versions = [_v(v) for v in FIRST_SHIPPED_IN.values()]
    assert all(a <= b for a, b in itertools.pairwise(versions))
    assert all(a == b or a[:2] < b[:2] for a, b in itertools.pairwise(versions)), (
        "a new schema step version is a new minor version"
    )


def test_current_version_includes_the_newest_step():
    newest = list(FIRST_SHIPPED_IN.values())[-1]
    assert _v(__version__) >= _v(newest), f"set parole_desktop.__version__ to {newest} or later"


def test_changelog_names_each_step_under_its_version():
    sections = _changelog_sections()
    assert __version__ in sections, f"CHANGELOG.md needs a section '## {__version__} — …'"
    for step, version in FIRST_SHIPPED_IN.items():
        assert step in sections.get(version, ""), f"name {step} in CHANGELOG.md under {version}"
