"""The organization hub for the CLI and the GUI (#23 item 6): the vault's sealed objects pushed to and
pulled from an organization's CouchDB, and the admin's one-time setup. The transport itself is
``parole_desktop/exchange/hub.py``; this module only joins it to the vault's object store and to the
credentials (environment or OS keyring, never argv)."""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from parole_desktop.exchange import hub as _hub
from parole_desktop.exchange.objects import ObjectStore, Outcome, Received, SealedObject
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


# --- the hub as the app knows it (Settings → Organization hub, Share → Exchange with the hub) -------------

SETTING_URL = "hub.url"  # vault settings: organization data, kept in the (encrypted) vault, not settings.ini
SETTING_USER = "hub.user"
USER_MAX = 100


@dataclass(frozen=True)
class HubSettings:
    url: str = ""  # https://host/database ("" when not set)
    user: str = ""  # the site's hub user name

    @property
    def complete(self) -> bool:
        return bool(self.url and self.user)


def settings(session: Session) -> HubSettings:
    return HubSettings(session.get_setting(SETTING_URL), session.get_setting(SETTING_USER))


def check_user(user: str) -> str:
    """The site's hub user name, trimmed; a clear error for an empty one or one with a space or an invisible
    or control character (CouchDB would take it, and nobody could type it again)."""
    name = user.strip()
    if not name:
        raise HubError("Give the site's hub user name (the org admin made it on the hub).")
    if len(name) > USER_MAX:
        raise HubError(f"The hub user name is longer than {USER_MAX} characters.")
    for ch in name:
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            raise HubError(
                f"The hub user name has a space or a hidden character (U+{ord(ch):04X}) in it: type it again."
            )
    return name


def validate(url: str, user: str) -> HubSettings:
    """The settings as they would be kept: both empty clears them; otherwise the address must be one the
    client accepts (https, or http only to this machine) and the user name a name."""
    if not url.strip() and not user.strip():
        return HubSettings()
    return HubSettings(_hub.parse_url(url.strip()).url, check_user(user))


def configure(session: Session, url: str, user: str) -> HubSettings:
    """Keep the hub's address and the site's user name in the vault (:func:`validate` first)."""
    chosen = validate(url, user)
    if chosen != settings(session):
        session.set_setting(SETTING_URL, chosen.url)
        session.set_setting(SETTING_USER, chosen.user)
        log.info("hub settings changed (%s)", "set" if chosen.complete else "cleared")
    return chosen


class NoKeyring(HubError):
    """This computer has no OS keyring the app can use (e.g. a bare Linux without a secret service)."""


def save_password(
    url: str,
    user: str,
    password: str,
    *,
    keyring_set: Callable[[str, str, str], None] | None = None,
) -> str:
    """Keep the site's hub password in the OS keyring, under the client's service name for this hub
    (``parole-desktop hub <scheme://host:port>``) and the user name; returns the service name. The password is
    never logged. :class:`NoKeyring` when there is no keyring: the environment variables are the way then."""
    where = _hub.parse_url(url.strip())
    name = check_user(user)
    if not password:
        raise HubError("Type the password (nothing was saved).")
    setter = keyring_set or _keyring_set
    setter(where.keyring_service, name, password)
    log.info("hub: password for the site user kept in the OS keyring")
    return where.keyring_service


def _keyring_set(service: str, user: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        backend = keyring.get_keyring()
        if float(getattr(backend, "priority", 1)) <= 0:  # the "fail" or "null" backend: nothing would be kept
            raise KeyringError(type(backend).__name__)
        keyring.set_password(service, user, password)
    except KeyringError as exc:
        log.info("hub: no usable OS keyring (%s)", type(exc).__name__)
        raise NoKeyring(
            "This computer has no keyring to keep the password in (common on Linux without a desktop "
            f"keyring). Start Parole Desktop with {ENV_USER} and {ENV_PASSWORD} set in its environment "
            "instead; nothing was saved.",
            kind="no_keyring",
        ) from None


@dataclass
class ExchangeResult:
    """One exchange with the hub: what was sent, what was received and how it was taken."""

    sent: int = 0
    applied: int = 0
    waiting: int = 0
    duplicate: int = 0
    quarantined: list[Received] = field(default_factory=list)  # each with its code and reason
    conflicts: list[int] = field(default_factory=list)  # cases with an open conflict after the exchange


class _Recording:
    """The vault's store, remembering each object it quarantined (for the result's list of reasons)."""

    def __init__(self, store: ObjectStore) -> None:
        self.store = store
        self.quarantined: list[Received] = []

    def pending_for(self, peer: str) -> list[SealedObject]:
        return self.store.pending_for(peer)

    def acknowledge(self, peer: str, object_ids: Iterable[str]) -> None:
        self.store.acknowledge(peer, object_ids)

    def receive(self, obj: SealedObject) -> Received:
        got = self.store.receive(obj)
        if got.outcome is Outcome.QUARANTINED:
            self.quarantined.append(got)
        return got

    def has(self, object_id: str) -> bool:
        return self.store.has(object_id)

    def checkpoint(self, peer: str) -> str:
        return self.store.checkpoint(peer)

    def set_checkpoint(self, peer: str, value: str) -> None:
        self.store.set_checkpoint(peer, value)


def site_credentials(
    session: Session,
    environ: Mapping[str, str] | None = None,
    *,
    keyring_get: Callable[[str, str], str | None] | None = None,
) -> tuple[_hub.HubUrl, _hub.Credentials]:
    """The configured hub and the site's credentials: the user name kept in the vault (else
    ``PAROLE_HUB_USER``), the password from ``PAROLE_HUB_PASSWORD`` or the OS keyring."""
    chosen = settings(session)
    if not chosen.url:
        raise HubError(
            "No organization hub is set up on this laptop: give its address and the site's user name in "
            "Settings → Organization hub.",
            kind="no_settings",
        )
    where = _hub.parse_url(chosen.url)
    env = dict(os.environ if environ is None else environ)
    if chosen.user:
        env[ENV_USER] = chosen.user
    try:
        return where, _hub.credentials_for(where, env, keyring_get=keyring_get)
    except HubError as exc:
        raise HubError(str(exc), kind="no_password" if env.get(ENV_USER) else "no_settings") from None


def _client_for(where: _hub.HubUrl, credentials: _hub.Credentials) -> _hub.HubClient:
    return _hub.HubClient(where, credentials)


def exchange(
    session: Session,
    *,
    environ: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = _never,
    keyring_get: Callable[[str, str], str | None] | None = None,
) -> ExchangeResult:
    """Send the hub what it has not confirmed, then take what the other laptops sent (push, then pull): what
    this laptop did is safe on the hub before anything else is taken. The database is looked at first, so a
    hub that cannot be reached, refuses the user or was never set up (``hub init``) is said before anything
    moves. Cancelled or killed at any point, what was confirmed or taken stays; the next exchange goes on."""
    where, credentials = site_credentials(session, environ, keyring_get=keyring_get)
    report = progress or _quiet
    store = _Recording(VaultObjects(session))
    result = ExchangeResult()
    with _client_for(where, credentials) as client:
        report("connect", 0, 0)
        client.info()
        if client.get_doc(_hub.DESIGN_ID) is None:
            raise HubError(
                f"The hub database {where.database!r} is not set up for Parole Desktop (the org admin runs "
                "`hub init` once).",
                kind="not_set_up",
            )
        sent = _hub.push(store, client, progress=report, cancelled=cancelled)
        result.sent = sent.sent
        got = _hub.pull(store, client, progress=report, cancelled=cancelled)
    result.applied, result.waiting, result.duplicate = got.applied, got.waiting, got.duplicate
    result.quarantined = list(store.quarantined)
    result.conflicts = sorted(session.conflict_case_ids())
    log.info(
        "hub exchange: sent %d, applied %d, waiting %d, duplicate %d, quarantined %d, cases in conflict %d",
        result.sent,
        result.applied,
        result.waiting,
        result.duplicate,
        len(result.quarantined),
        len(result.conflicts),
    )
    return result


__all__ = [
    "Counts",
    "ExchangeResult",
    "HubCancelled",
    "HubError",
    "HubSettings",
    "NoKeyring",
    "check_user",
    "configure",
    "exchange",
    "init",
    "pull",
    "pull_store",
    "push",
    "push_store",
    "save_password",
    "settings",
    "site_credentials",
    "validate",
]
