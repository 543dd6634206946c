"""The hub tests' fixtures (tests/hub/fixtures.py: pouchdb-server and a fresh hub database per test)."""

from tests.hub.fixtures import hubdb, pouchdb

__all__ = ["hubdb", "pouchdb"]
