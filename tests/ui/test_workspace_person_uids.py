"""A person's uid survives GUI saves (#23: the exchange names a person by it). A person typed into the
workspace gets one uid at the first save and keeps it on every later save, and so does the requestor
who files for themself; a second laptop sees one person, not a new one per autosave."""

from __future__ import annotations

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.services import revlog
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


def _uids(session, case_id):
    return {(str(p.role), p.given_name): p.uid for p in session.load_case(case_id).people}


def test_people_typed_in_the_workspace_keep_their_uid_across_saves(qtbot, session):
    case_id = session.new_case("Zumrad", "Testova").id
    ws = shown_workspace(qtbot, session)
    try:
        ws.load_case(case_id)
        qtbot.keyClicks(ws.people.supporters.forms[0].widgets["given_name"], "Sam")
        qtbot.keyClicks(ws.people.preparer.widgets["given_name"], "Erin")
        ws.people.self_filing.setChecked(True)
        assert ws.flush()
        first = _uids(session, case_id)
        assert set(first) == {
            ("beneficiary", "Zumrad"),
            ("supporter", "Sam"),
            ("preparer", "Erin"),
            ("requestor", ""),
        }
        assert all(first.values())
        for text in (" Jr", "x"):  # later autosaves, of the same people and of other fields
            qtbot.keyClicks(ws.people.preparer.widgets["family_name"], text)
            assert ws.flush()
        qtbot.keyClicks(ws.people.supporters.forms[0].widgets["family_name"], "Okafor")
        assert ws.flush()
        after = {k[0]: v for k, v in _uids(session, case_id).items()}
        assert after == {k[0]: v for k, v in first.items()}
        # the revisions name each person by that one uid: no person appears or disappears in them
        person_uids = {
            path.split(".")[1]
            for rev in revlog.revisions_of(session.vault, session.load_case(case_id).uid)
            for path in rev.changes
            if path.startswith("person.")
        }
        assert person_uids == set(first.values())
        stored = session.load_case(case_id)
        assert next(p for p in stored.people if p.role == Role.SUPPORTER).family_name == "Okafor"
        # the case opened again (another session of work): the self-filing requestor is the same person
        ws.load_case(case_id)
        qtbot.keyClicks(ws.people.preparer.widgets["family_name"], "z")
        assert ws.flush()
        assert {k[0]: v for k, v in _uids(session, case_id).items()} == {k[0]: v for k, v in first.items()}
    finally:
        ws.clear()
