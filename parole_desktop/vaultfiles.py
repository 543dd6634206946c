"""Where each part of a vault lives in its folder, and whether one is there — without opening anything.

Beside the layers (like ``paths.py``): the GUI's lock screen decides between "create" and "unlock" with it
before anything of the store is imported (the light shell, #22), and ``store/vault.py`` uses the same names.
"""

from __future__ import annotations

import logging
from pathlib import Path

from parole_desktop.paths import AppPaths

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
LOCK_NAME = "vault.lock"
MIN_PASSPHRASE_LEN = 8
MIN_STRENGTH = 3  # zxcvbn score 0-4; 3 = about 10^8 guesses or more, each costing a full Argon2id here
#: a plain file beside the demo vault holding its published passphrases (never beside a real vault)
DEMO_MARKER_NAME = "DEMO-VAULT-PASSPHRASE.txt"


class VaultFiles:
    """Where each part of a vault lives inside its folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / DB_NAME
        self.keys = folder / KEYS_NAME
        self.lock = folder / LOCK_NAME
        self.attachments = folder / "attachments"
        self.tmp = folder / "tmp"
        self.backups = folder / "backups"

    def exists(self) -> bool:
        return self.db.exists() and self.keys.exists()


def vault_exists(paths: AppPaths) -> bool:
    return VaultFiles(paths.vault).exists()


def demo_marker(paths: AppPaths) -> Path:
    """The demo vault's marker file (its published passphrases)."""
    return paths.vault / DEMO_MARKER_NAME


def move_legacy_demo(paths: AppPaths) -> bool:
    """Earlier versions put the demo vault where the real vault belongs: move it to the demo folder so the
    first real run creates a real vault. True when moved."""
    if paths.demo or not demo_marker(paths).is_file():
        return False
    target = paths.for_demo()
    if vault_exists(target):
        return False
    target.data.mkdir(parents=True, exist_ok=True)
    paths.vault.replace(target.vault)
    log.info("moved an earlier demo vault out of the real vault's location")
    return True
