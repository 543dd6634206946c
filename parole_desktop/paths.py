"""Where the app keeps its files: resolved once into AppPaths and passed in, never import-time globals."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from parole_desktop import APP_ID

PORTABLE_MARKER = "parole-desktop-portable"
DEMO_FOLDER = "demo"


@dataclass(frozen=True)
class AppPaths:
    """Every folder the app writes to; in the portable build all of them sit in ``data/`` beside the app."""

    data: Path
    portable: bool = False
    demo: bool = False  # the demo's own folder (``data/demo``): never the real vault's location

    def for_demo(self) -> AppPaths:
        """Where the demo vault lives: its own folder under the data folder, never the real vault's."""
        if self.demo:
            return self
        return AppPaths(self.data / DEMO_FOLDER, portable=self.portable, demo=True)

    @property
    def vault(self) -> Path:
        return self.data / "vault"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data / "settings.ini"

    @property
    def tmp(self) -> Path:
        return self.data / "tmp"

    def ensure(self) -> None:
        """Create the data, log and temp folders owner-only (0700); existing ones are narrowed, so logs,
        settings and anything else in the data folder are unreachable for other users of the computer."""
        for p in (self.data, self.logs, self.tmp):
            p.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix" and not p.is_symlink():
                with contextlib.suppress(OSError):  # a FAT USB stick has no modes to set
                    os.chmod(p, 0o700)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """``--data-dir`` > portable marker beside the frozen executable > the platform's user data folder."""
    if data_dir:
        return AppPaths(Path(data_dir).expanduser().resolve())
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        if (exe_dir / PORTABLE_MARKER).exists():
            return AppPaths(exe_dir / "data", portable=True)
    env = os.environ.get("PAROLE_DESKTOP_DATA_DIR")
    if env:
        return AppPaths(Path(env).expanduser().resolve())
    import platformdirs

    return AppPaths(Path(platformdirs.user_data_dir(APP_ID, appauthor=False)))


def resource(*parts: str) -> Path:
    """A path under ``resources/``: beside the package in the source tree, in ``sys._MEIPASS`` in a frozen
    (PyInstaller) build. The one place that knows where resources live."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
