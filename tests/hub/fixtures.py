"""Fixtures for the hub tests (imported by tests/hub/conftest.py and the hub benchmark): one pouchdb-server per test session (per xdist worker), a fresh database
per test, set up with ``hub init`` as the org admin would, and a site user."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from parole_desktop.exchange import hub
from tests.hub import server

SITE = ("site-one", "synthetic site password 4Kd")
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pouchdb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[server.PouchServer]:
    if server.executable() is None:
        message = "pouchdb-server is not installed: cd tests/hub && npm ci --ignore-scripts"
        if server.in_ci():
            pytest.fail(message + " (under CI a missing hub test server is a failure)", pytrace=False)
        pytest.skip(message)
    srv = server.start(tmp_path_factory.mktemp("pouchdb"))
    srv.add_site(*SITE)
    try:
        yield srv
    finally:
        srv.stop()


@dataclass
class HubDb:
    server: server.PouchServer
    url: hub.HubUrl
    site: hub.Credentials
    admin: hub.Credentials

    def client(self, **kw: object) -> hub.HubClient:
        return hub.HubClient(self.url, self.site, **kw)  # type: ignore[arg-type]


@pytest.fixture
def hubdb(pouchdb: server.PouchServer) -> HubDb:
    url = hub.parse_url(f"{pouchdb.url}/parole-{next(_names)}")
    admin = hub.Credentials(*server.ADMIN)
    with hub.HubClient(url, admin) as c:
        hub.init_hub(c)
    return HubDb(pouchdb, url, hub.Credentials(*SITE), admin)
