"""Which interface languages ship (issue #24 item 5), as the app reads it at start-up: the status
``packaging/i18n.py build`` wrote to ``resources/i18n/languages.json`` (counted by ``services/languages.py``
from the ``.ts``/``.po`` sources and the rules pack, which are not bundled). Light on purpose: the first
screen's language chooser reads it, so it loads nothing of the core unless there is no build to read (a
source tree never built: then it counts the sources once).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from parole_desktop.paths import resource

log = logging.getLogger(__name__)

#: the share of a language's entries that must exist for it to ship
SHIP_SHARE = 0.9
STATUS_FILE = "languages.json"


@dataclass(frozen=True)
class Share:
    present: int
    total: int

    @property
    def percent(self) -> int:
        """Whole percent, rounded down (99.6 % is not 100 %)."""
        return 100 if self.total == 0 else self.present * 100 // self.total


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    interface: Share  # .ts messages with a translation (drafts count)
    core: Share  # .po entries with a translation (drafts count)
    pack: Share  # pack catalog entries up to date (client texts and rule messages)
    client_total: int  # client-facing texts of the pack
    client_reviewed: int  # of those, reviewed by a qualified translator
    client_marked: bool  # every client-facing text not reviewed carries a mark the client can read

    @property
    def present(self) -> int:
        return self.interface.present + self.core.present + self.pack.present

    @property
    def total(self) -> int:
        return self.interface.total + self.core.total + self.pack.total

    @property
    def percent(self) -> int:
        return Share(self.present, self.total).percent

    @property
    def ships(self) -> bool:
        """≥ 90 % of all its entries exist, and its client-facing entries are reviewed or marked."""
        return self.total > 0 and self.present >= SHIP_SHARE * self.total and self.client_marked

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LanguageStatus:
        return cls(
            code=str(d["code"]),
            interface=Share(**d["interface"]),
            core=Share(**d["core"]),
            pack=Share(**d["pack"]),
            client_total=int(d["client_total"]),
            client_reviewed=int(d["client_reviewed"]),
            client_marked=bool(d["client_marked"]),
        )


_cache: dict[Path, dict[str, LanguageStatus]] = {}


def shipping(
    folder: Path | None = None, *, count: Callable[[Path], dict[str, LanguageStatus]] | None = None
) -> dict[str, LanguageStatus]:
    """The status of every language as the app knows it: ``languages.json`` of the build, else — in a
    source tree that was not built — what ``count`` finds in the sources (the caller passes
    ``services.languages.all_status``: this module imports nothing of the core); read once per folder."""
    folder = folder or resource("i18n")
    if folder in _cache:
        return _cache[folder]
    path = folder / STATUS_FILE
    found: dict[str, LanguageStatus] = {}
    if path.is_file():
        try:
            found = {k: LanguageStatus.from_dict(v) for k, v in json.loads(path.read_text("utf-8")).items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("the language status %s could not be read (%s): counting the sources", path, exc)
    if not found and count is not None and (folder / "es.ts").is_file():
        found = count(folder)
    _cache[folder] = found
    return found


def forget() -> None:
    """Drop what :func:`shipping` read (after a build wrote a new status)."""
    _cache.clear()
