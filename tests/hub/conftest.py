"""The hub tests' fixtures (tests/hub/fixtures.py: pouchdb-server and a fresh hub database per test)."""

from tests.hub.fixtures import hubdb, pouchdb
from tests.hub.keyrings import memory_keyring

__all__ = ["hubdb", "memory_keyring", "pouchdb"]
