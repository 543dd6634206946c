"""The hub as the app knows it (#23 item 9, services/hub.py): the address and the site's user name kept in
the vault (a bad one refused with a clear message, nothing kept), the password in the OS keyring under the
client's service name (a clear refusal when there is no keyring), and one exchange — push then pull — whose
refusals each carry what went wrong: not reachable, refused credentials, not set up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from parole_desktop.exchange import hub as hub_client
from parole_desktop.services import hub
from parole_desktop.services.session import Session
from tests.exchange.laptops import laptops
from tests.hub import server
from tests.hub.fixtures import SITE, HubDb
from tests.hub.keyrings import MemoryKeyring


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    _org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    yield a, b
    a.close()
    b.close()


@pytest.fixture(autouse=True)
def _no_hub_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (hub.ENV_USER, hub.ENV_PASSWORD):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("url", "user", "message"),
    [
        ("http://hub.example.org/parole", "site-2", "must be reached over https"),
        ("https://site-2:pw@hub.example.org/parole", "site-2", "has a password in it"),
        ("https://hub.example.org/", "site-2", "must name one database"),
        ("https://hub.example.org/parole", "", "Give the site's hub user name"),
        ("https://hub.example.org/parole", "site 2", "a space or a hidden character"),
        ("https://hub.example.org/parole", "site\u200b2", r"\(U\+200B\)"),
        ("https://hub.example.org/parole", "s" * 101, "longer than 100"),
    ],
)
def test_bad_hub_settings_are_refused_and_nothing_is_kept(
    two: tuple[Session, Session], url: str, user: str, message: str
) -> None:
    a, _b = two
    hub.configure(a, "https://hub.example.org/parole", "site-1")
    with pytest.raises(hub.HubError, match=message) as err:
        hub.configure(a, url, user)
    assert ":pw@" not in str(err.value)
    assert hub.settings(a) == hub.HubSettings("https://hub.example.org/parole", "site-1")


def test_hub_settings_live_in_the_vault_and_clear_together(two: tuple[Session, Session]) -> None:
    a, b = two
    got = hub.configure(a, "  https://hub.example.org/parole/ ", " site-1 ")
    assert got == hub.HubSettings("https://hub.example.org/parole", "site-1") and got.complete
    assert a.get_setting(hub.SETTING_URL) == "https://hub.example.org/parole"
    assert hub.settings(b) == hub.HubSettings()  # another vault, its own organization data
    assert hub.configure(a, "", " ") == hub.HubSettings()
    assert hub.settings(a) == hub.HubSettings()


def test_the_password_goes_to_the_keyring_under_the_clients_service_name(
    memory_keyring: MemoryKeyring, two: tuple[Session, Session]
) -> None:
    a, _b = two
    service = hub.save_password("https://hub.example.org/parole", "site-1", "synthetic pw 9")
    assert service == "parole-desktop hub https://hub.example.org"
    assert memory_keyring.kept == {(service, "site-1"): "synthetic pw 9"}
    # and the client finds it there, with the user name kept in the vault
    hub.configure(a, "https://hub.example.org/parole", "site-1")
    where, cred = hub.site_credentials(a, {})
    assert (where.url, cred.user, cred.password) == (
        "https://hub.example.org/parole",
        "site-1",
        "synthetic pw 9",
    )
    assert "synthetic pw 9" not in repr(cred)
    with pytest.raises(hub.HubError, match="Type the password"):
        hub.save_password("https://hub.example.org/parole", "site-1", "")


def test_without_a_keyring_the_refusal_names_the_environment_variables(
    two: tuple[Session, Session],
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what a bare Linux without a secret service has
    try:
        with pytest.raises(hub.NoKeyring) as err:
            hub.save_password("https://hub.example.org/parole", "site-1", "synthetic pw 9")
    finally:
        keyring.set_keyring(before)
    assert "PAROLE_HUB_USER" in str(err.value) and "PAROLE_HUB_PASSWORD" in str(err.value)
    assert "nothing was saved" in str(err.value) and "synthetic pw 9" not in str(err.value)


def test_an_exchange_without_settings_or_password_says_what_to_set(two: tuple[Session, Session]) -> None:
    a, _b = two
    with pytest.raises(hub.HubError, match="Settings → Organization hub") as err:
        hub.exchange(a, environ={})
    assert err.value.kind == "no_settings"  # type: ignore[attr-defined]
    hub.configure(a, "https://hub.example.org/parole", "site-1")
    with pytest.raises(hub.HubError, match="No password for hub user 'site-1'") as err:
        hub.exchange(a, environ={}, keyring_get=lambda _s, _u: None)
    assert err.value.kind == "no_password"  # type: ignore[attr-defined]


def test_exchange_push_then_pull_between_two_vaults(hubdb: HubDb, two: tuple[Session, Session]) -> None:
    a, b = two
    env = {hub.ENV_PASSWORD: SITE[1]}
    for s in (a, b):
        hub.configure(s, hubdb.url.url, SITE[0])
    c = a.new_case("Farishta", "Rahimi")
    c.statement = "Synthetic statement."
    a.save_case(c)
    phases: list[str] = []
    first = hub.exchange(a, environ=env, progress=lambda p, _d, _t: phases.append(p))
    # its own objects come back in the pull right after the push: already here
    assert (first.sent, first.applied, first.duplicate, first.quarantined, first.conflicts) == (
        2,
        0,
        2,
        [],
        [],
    )
    assert phases[0] == "connect" and "push" in phases and phases[-1] == "pull"
    got = hub.exchange(b, environ=env)
    assert (got.sent, got.applied, got.waiting, got.duplicate) == (0, 2, 0, 0)
    assert [r.beneficiary for r in b.list_cases()] == ["Farishta Rahimi"]
    again = hub.exchange(a, environ=env)  # nothing new either way: the checkpoint moved on
    assert (again.sent, again.applied, again.duplicate) == (0, 0, 0)


def test_a_hub_document_that_does_not_open_is_listed_with_its_reason(
    hubdb: HubDb, two: tuple[Session, Session]
) -> None:
    a, _b = two
    hub.configure(a, hubdb.url.url, SITE[0])
    junk = hub_client.SealedObject(b"not a sealed object, synthetic junk")
    with hubdb.client() as client:
        client.bulk_docs([hub_client._document(junk)])
    res = hub.exchange(a, environ={hub.ENV_PASSWORD: SITE[1]})
    assert len(res.quarantined) == 1 and res.applied == 0
    assert res.quarantined[0].object_id == junk.object_id and res.quarantined[0].reason


def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """No waiting between the client's retries (a closed port is retried four times)."""
    monkeypatch.setattr(
        hub, "_client_for", lambda where, cred: hub_client.HubClient(where, cred, backoff=0.0, timeout=5.0)
    )


def test_a_hub_that_cannot_be_reached_is_said_and_nothing_changes(
    monkeypatch: pytest.MonkeyPatch, two: tuple[Session, Session]
) -> None:
    a, _b = two
    _fast(monkeypatch)
    a.save_case(a.new_case("Farishta", "Rahimi"))
    hub.configure(a, f"http://127.0.0.1:{server.free_port()}/parole", SITE[0])  # nobody listens there
    with pytest.raises(hub.HubError, match="could not be reached") as err:
        hub.exchange(a, environ={hub.ENV_PASSWORD: SITE[1]})
    assert err.value.kind == "unreachable"  # type: ignore[attr-defined]


def test_wrong_credentials_are_refused_by_the_hub(hubdb: HubDb, two: tuple[Session, Session]) -> None:
    a, _b = two
    hub.configure(a, hubdb.url.url, SITE[0])
    with pytest.raises(hub.HubError, match="refused") as err:
        hub.exchange(a, environ={hub.ENV_PASSWORD: "not the synthetic password"})
    assert err.value.kind == "refused"  # type: ignore[attr-defined]
    assert "not the synthetic password" not in str(err.value)
    hub.configure(a, hubdb.url.url, "nobody-here")
    with pytest.raises(hub.HubError) as err:
        hub.exchange(a, environ={hub.ENV_PASSWORD: SITE[1]})
    assert err.value.kind == "refused"  # type: ignore[attr-defined]


def test_a_hub_without_hub_init_is_said(hubdb: HubDb, two: tuple[Session, Session]) -> None:
    a, _b = two
    a.save_case(a.new_case("Farishta", "Rahimi"))
    env = {hub.ENV_PASSWORD: SITE[1]}
    hub.configure(a, f"{hubdb.server.url}/parole-never-made", SITE[0])  # no database at all
    with pytest.raises(hub.HubError, match="hub init") as err:
        hub.exchange(a, environ=env)
    assert err.value.kind == "not_set_up"  # type: ignore[attr-defined]
    with hubdb.server.admin() as admin:  # a database made by hand, without the design document
        assert admin.put("/parole-bare").status_code in (201, 202)
    hub.configure(a, f"{hubdb.server.url}/parole-bare", SITE[0])
    with pytest.raises(hub.HubError, match="hub init") as err:
        hub.exchange(a, environ=env)
    assert err.value.kind == "not_set_up"  # type: ignore[attr-defined]
    # nothing was sent to the bare database
    assert [d for d in hubdb.server.dump("parole-bare") if not str(d["_id"]).startswith("_design/")] == []
