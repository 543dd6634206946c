"""The organization hub for the CLI and the GUI (#23 item 6): the vault's sealed objects pushed to and
pulled from an organization's CouchDB, and the admin's one-time setup. The transport itself is
``parole_desktop/exchange/hub.py``; this module only joins it to the vault's object store and to the
credentials (environment or OS keyring, never argv)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from parole_desktop.exchange import hub as _hub
from parole_desktop.exchange.objects import ObjectStore
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

Counts = _hub.Counts
HubError = _hub.HubError
HubCancelled = _hub.HubCancelled
Progress = _hub.Progress
ENV_USER = _hub.ENV_USER
ENV_PASSWORD = _hub.ENV_PASSWORD
ENV_ADMIN_USER = _hub.ENV_ADMIN_USER
ENV_ADMIN_PASSWORD = _hub.ENV_ADMIN_PASSWORD


def _never() -> bool:
    return False


def _client(url: str, *, admin: bool, environ: Mapping[str, str] | None) -> _hub.HubClient:
    where = _hub.parse_url(url)
    return _hub.HubClient(where, _hub.credentials_for(where, environ, admin=admin))


def init(url: str, *, environ: Mapping[str, str] | None = None) -> list[str]:
    """The org admin's setup of a hub database (admin credentials from the environment or the keyring)."""
    with _client(url, admin=True, environ=environ) as client:
        did = _hub.init_hub(client)
    log.info("hub init: %s", "; ".join(did))
    return did


def push_store(
    store: ObjectStore,
    url: str,
    *,
    environ: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = _never,
) -> Counts:
    with _client(url, admin=False, environ=environ) as client:
        return _hub.push(store, client, progress=progress or _quiet, cancelled=cancelled)


def pull_store(
    store: ObjectStore,
    url: str,
    *,
    environ: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = _never,
) -> Counts:
    with _client(url, admin=False, environ=environ) as client:
        return _hub.pull(store, client, progress=progress or _quiet, cancelled=cancelled)


def push(
    session: Session,
    url: str,
    *,
    environ: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = _never,
) -> Counts:
    """Send the hub what it has not confirmed of this vault's sealed objects (new saves sealed first).
    Killed or cancelled at any point, the next push sends only what the hub did not confirm."""
    return push_store(VaultObjects(session), url, environ=environ, progress=progress, cancelled=cancelled)


def pull(
    session: Session,
    url: str,
    *,
    environ: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = _never,
) -> Counts:
    """Take what the hub received since this vault's checkpoint for it: each object applied, kept waiting,
    counted as a duplicate, or quarantined with its reason by the vault (never applied twice)."""
    return pull_store(VaultObjects(session), url, environ=environ, progress=progress, cancelled=cancelled)


def _quiet(phase: str, done: int, total: int) -> None:
    return None


__all__ = [
    "Counts",
    "HubCancelled",
    "HubError",
    "init",
    "pull",
    "pull_store",
    "push",
    "push_store",
]
