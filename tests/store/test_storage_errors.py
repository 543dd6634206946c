"""Storage failures are recognised by SQLite's result code, never by the (English) message text."""

from __future__ import annotations

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import StorageError
from parole_desktop.services.session import open_vault
from parole_desktop.store.sqlcipher import OperationalError, storage_problem
from tests.conftest import PASSPHRASE


def _case(i: int) -> Case:
    return Case(people=[Person(role=Role.BENEFICIARY, given_name=f"Given{i}", family_name="Padded" * 200)])


def test_full_database_is_a_storage_error_and_nothing_is_lost(session, paths):
    kept = session.save_case(_case(0)).id
    pages = session.vault.db.execute("PRAGMA page_count").fetchone()[0]
    session.vault.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLITE_FULL, as on a full stick
    with pytest.raises(StorageError, match="the disk is full") as info:
        for i in range(1, 200):
            session.save_case(_case(i))
    assert info.value.sqlite_errorcode & 0xFF == 13  # SQLITE_FULL
    session.close()
    with open_vault(paths, PASSPHRASE) as again:  # the vault opens and holds every case whose save returned
        assert again.load_case(kept).beneficiary.given_name == "Given0"
        assert again.count_cases() >= 1


class _Coded(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.sqlite_errorcode = code


@pytest.mark.parametrize(
    ("code", "why"),
    [
        (13, "the disk is full"),
        (10, "could not be read or written"),
        (778, "could not be read or written"),
        (14, "could not be opened"),
        (8, "read-only"),
        (11, "damaged"),
        (26, "damaged"),
    ],
)
def test_codes_map_to_plain_words_whatever_the_message_language(code, why):
    err = storage_problem(_Coded("base de données pleine", code))  # a translated SQLite message: irrelevant
    assert err is not None and why in str(err)


def test_a_bug_is_not_a_storage_error(session):
    with pytest.raises(OperationalError) as info:
        session.vault.db.execute("SELEC 1")  # SQLITE_ERROR: a programming error stays one
    assert storage_problem(info.value) is None
    assert storage_problem(_Coded("disk I/O error", 1)) is None  # the words alone no longer decide
    assert storage_problem(ValueError("database or disk is full")) is None
