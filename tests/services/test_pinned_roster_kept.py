"""The pinned roster is parsed and verified once per stored envelope (``services/roster._verified``), not once
per object sealed or opened; a stored roster changed after it was read is checked again and refused."""

from __future__ import annotations

import json

import pytest

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.services import roster
from tests.exchange.laptops import laptops


def _envelope(session) -> str:  # type: ignore[no-untyped-def]
    return str(session.vault.db.execute("SELECT envelope FROM rosters ORDER BY version DESC").fetchone()[0])


def _store(session, envelope: str) -> None:  # type: ignore[no-untyped-def]
    session.vault.db.execute("UPDATE rosters SET envelope = ?", [envelope])


def test_same_envelope_is_verified_once(tmp_path, monkeypatch) -> None:
    _org, (a,) = laptops(tmp_path, ("kept",))
    calls: list[int] = []
    real = roster.parse_roster

    def counted(raw):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(raw)

    monkeypatch.setattr(roster, "parse_roster", counted)
    roster._verified.cache_clear()
    first = roster.pinned_roster(a.vault)
    for _ in range(50):
        assert roster.pinned_roster(a.vault) == first
    assert len(calls) == 1
    a.close()


@pytest.mark.parametrize("change", ["member_name", "signature"])
def test_roster_changed_in_the_vault_after_a_read_is_refused(tmp_path, change: str) -> None:
    _org, (a,) = laptops(tmp_path, ("tampered",))
    good = roster.pinned_roster(a.vault)  # read and kept
    assert good is not None
    env = json.loads(_envelope(a))
    if change == "member_name":
        env["roster"]["members"][0]["name"] = "Someone Else"
    else:
        env["signature"] = env["signature"][:-4] + (
            "AAAA" if not env["signature"].endswith("AAAA") else "BBBB"
        )
    _store(a, json.dumps(env))
    with pytest.raises((IntegrityError, UserError)):
        roster.pinned_roster(a.vault)
    _store(a, good.to_json())  # the signed bytes again: accepted again
    assert roster.pinned_roster(a.vault) == good
    a.close()


def test_a_newer_roster_is_used_at_once(tmp_path) -> None:
    org, (a, b) = laptops(tmp_path, ("first", "second"))
    before = roster.pinned_roster(a.vault)
    assert before is not None
    newer = roster.revoke(org, before, before.devices()[1].name, reason="lost")
    roster.import_roster(a.vault, newer, actor="org admin", expected_fingerprint=org.fingerprint)
    now = roster.pinned_roster(a.vault)
    assert now is not None and now.version == before.version + 1
    assert now.devices()[1].revoked_at is not None
    a.close()
    b.close()
