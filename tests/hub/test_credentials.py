"""Hub URLs and credentials: a password is never taken from a URL (or argv), plain http only to this
machine, and the password never shows in a repr (so never in a log line or a traceback)."""

from __future__ import annotations

import pytest

from parole_desktop.exchange import hub


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://site2:hunter2-secret@hub.example.org/parole", "has a password in it"),
        ("https://site2@hub.example.org/parole", "user name in PAROLE_HUB_USER"),
        ("http://hub.example.org/parole", "must be reached over https"),
        ("http://192.0.2.7:5984/parole", "must be reached over https"),
        ("https://hub.example.org/", "must name one database"),
        ("https://hub.example.org/a/b", "must name one database"),
        ("https://hub.example.org/Parole", "Not a CouchDB database name"),
        ("https://hub.example.org/parole?x=1", "no query or fragment"),
        ("ftp://hub.example.org/parole", "Not a hub URL"),
        ("https://hub.example.org:99999/parole", "Not a hub URL"),
        ("parole", "Not a hub URL"),
    ],
)
def test_bad_hub_urls_are_refused_with_a_clear_message(url: str, message: str) -> None:
    with pytest.raises(hub.HubError, match=message) as err:
        hub.parse_url(url)
    assert "hunter2-secret" not in str(err.value)


def test_good_hub_urls() -> None:
    u = hub.parse_url("https://hub.example.org/parole/")
    assert (u.base, u.database, u.url) == (
        "https://hub.example.org",
        "parole",
        "https://hub.example.org/parole",
    )
    assert hub.parse_url("http://127.0.0.1:5984/parole").url == "http://127.0.0.1:5984/parole"
    assert hub.parse_url("http://[::1]:5984/parole").base == "http://[::1]:5984"
    assert hub.parse_url("http://localhost:5984/parole").base == "http://localhost:5984"
    # the store's peer name: the same hub always, another database another peer
    assert u.peer == hub.parse_url("https://hub.example.org/parole").peer
    assert u.peer != hub.parse_url("https://hub.example.org/parole2").peer
    assert u.peer.startswith("hub:") and "example" not in u.peer


def test_credentials_from_the_environment_first() -> None:
    u = hub.parse_url("https://hub.example.org/parole")
    env = {"PAROLE_HUB_USER": "site2", "PAROLE_HUB_PASSWORD": "pw-from-env"}
    asked: list[tuple[str, str]] = []

    def keyring(service: str, user: str) -> str | None:
        asked.append((service, user))
        return "pw-from-keyring"

    got = hub.credentials_for(u, env, keyring_get=keyring)
    assert (got.user, got.password) == ("site2", "pw-from-env")
    assert asked == []
    got = hub.credentials_for(u, {"PAROLE_HUB_USER": "site2"}, keyring_get=keyring)
    assert got.password == "pw-from-keyring"
    assert asked == [("parole-desktop hub https://hub.example.org", "site2")]
    admin = hub.credentials_for(
        u,
        {"PAROLE_HUB_ADMIN_USER": "admin", "PAROLE_HUB_ADMIN_PASSWORD": "a"},
        admin=True,
        keyring_get=keyring,
    )
    assert admin.user == "admin"


def test_missing_credentials_say_where_to_put_them() -> None:
    u = hub.parse_url("https://hub.example.org/parole")
    with pytest.raises(hub.HubError, match="Set PAROLE_HUB_USER"):
        hub.credentials_for(u, {}, keyring_get=lambda s, n: None)
    with pytest.raises(hub.HubError, match=r"set PAROLE_HUB_PASSWORD, or keep it in the OS keyring"):
        hub.credentials_for(u, {"PAROLE_HUB_USER": "site2"}, keyring_get=lambda s, n: None)
    with pytest.raises(hub.HubError, match="Set PAROLE_HUB_ADMIN_USER"):
        hub.credentials_for(u, {"PAROLE_HUB_USER": "site2", "PAROLE_HUB_PASSWORD": "x"}, admin=True)


def test_the_real_keyring_without_a_backend_is_no_password_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring.core
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    u = hub.parse_url("https://hub.example.org/parole")
    with pytest.raises(hub.HubError, match="No password for hub user 'site2'"):
        hub.credentials_for(u, {"PAROLE_HUB_USER": "site2"})


def test_a_password_never_shows_in_a_repr() -> None:
    c = hub.Credentials("site2", "pw-secret-9")
    assert "pw-secret-9" not in repr(c) and "pw-secret-9" not in str(c)
