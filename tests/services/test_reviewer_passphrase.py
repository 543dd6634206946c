"""Issue #25: a reviewer passphrase equal or nearly equal to the vault passphrase is refused (anyone who can
open the vault could unlock that reviewer's key and sign). Near-equal: case and whitespace do not count,
one character added, removed, replaced or two neighbours swapped, or the vault passphrase inside it."""

from __future__ import annotations

import pytest

from parole_desktop.errors import UserError
from parole_desktop.services import signoff
from parole_desktop.services.session import open_vault
from parole_desktop.store.keys import PassphraseEcho
from tests.conftest import PASSPHRASE  # "correct horse battery staple"

OWN = "amira's own reviewer words 41"


@pytest.mark.parametrize(
    "candidate",
    [
        PASSPHRASE,
        PASSPHRASE.upper(),
        "Correct Horse Battery Staple",
        "correcthorsebatterystaple",
        "  correct  horse battery staple ",
        "correct horse battery stapl",  # one character removed
        "correct horse battery staples",  # one added
        "correct horse battery stable",  # one replaced
        "correct horse battery stpale",  # two neighbours swapped
        "correct horse battery staple 2026",  # the vault passphrase and a bit more
        "my correct horse battery staple",
    ],
)
def test_a_reviewer_passphrase_like_the_vaults_is_refused(session, candidate):
    with pytest.raises(UserError, match="vault's passphrase or close to it"):
        signoff.create_reviewer(session, "Amira Solis", "attorney", candidate, number="CA-1")
    assert signoff.reviewers(session) == []


def test_a_passphrase_of_the_reviewers_own_is_taken(session):
    prof = signoff.create_reviewer(session, "Amira Solis", "attorney", OWN, number="CA-1")
    assert [r.name for r in signoff.reviewers(session)] == ["Amira Solis"]
    signoff.unlock_reviewer_key(session, int(prof.id or 0), OWN)


@pytest.mark.parametrize(
    ("candidate", "near"),
    [
        ("correct horse battery staple", True),
        ("correct horse batterystaple!", True),
        ("correct horse battery st", False),  # four characters shorter: a different passphrase
        ("correct house buttery stable", False),  # three letters replaced
        (OWN, False),
    ],
)
def test_the_echo_says_near_without_keeping_the_passphrase(candidate, near):
    echo = PassphraseEcho(PASSPHRASE)
    assert echo.resembles(candidate) is near
    kept = b"".join([echo._whole, *sorted(echo._near), echo._key])
    assert PASSPHRASE.encode() not in kept and b"correcthorse" not in kept


def test_after_a_passphrase_change_the_new_one_is_the_one_refused(session):
    new = "a different vault phrase 77"
    session.change_passphrase(new)
    with pytest.raises(UserError, match="vault's passphrase"):
        signoff.create_reviewer(session, "Amira Solis", "attorney", new.title(), number="CA-1")
    assert signoff.reviewers(session) == []


def test_opened_with_the_recovery_key_the_key_file_decides(session, paths):
    recovery = session.recovery_key
    session.close()
    s = open_vault(paths, recovery_key=recovery, actor="tester")
    try:
        assert s.vault.passphrase_echo is None  # the passphrase was not typed
        for candidate in (PASSPHRASE, PASSPHRASE.upper(), f" {PASSPHRASE} "):
            with pytest.raises(UserError, match="vault's passphrase"):
                signoff.create_reviewer(s, "Amira Solis", "attorney", candidate, number="CA-1")
        assert signoff.reviewers(s) == []
        assert signoff.create_reviewer(s, "Amira Solis", "attorney", OWN, number="CA-1").id
    finally:
        s.close()


def test_a_reviewer_whose_passphrase_became_the_vaults_is_not_enrolled(session):
    """A profile made before the check (here: the vault passphrase was later changed to the reviewer's):
    its enrolment and a new digital ID are refused, and the reviewer is told to make a new profile."""
    prof = signoff.create_reviewer(session, "Amira Solis", "attorney", OWN, number="CA-1")
    session.change_passphrase(OWN)
    with pytest.raises(UserError, match="create a new reviewer profile"):
        signoff.reviewer_enrolment(session, int(prof.id or 0), OWN)
    with pytest.raises(UserError, match="vault's passphrase"):
        signoff.import_digital_id(session, int(prof.id or 0), b"not read", "x", OWN)
