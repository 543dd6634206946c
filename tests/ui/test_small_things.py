"""Small things a volunteer meets: a family member's own request, the client's language for new documents,
right-to-left names in the duplicate warning, crash dialogs without case data that close at lock."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from parole_desktop.domain.enums import Channel, Reason, Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.family import start_family_member_case
from parole_desktop.services.session import create_vault
from parole_desktop.ui.crash import CrashDialog, CrashHandler
from parole_desktop.ui.new_case import NewCaseDialog
from parole_desktop.ui.workspace import CaseWorkspace
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def family_case(session):
    case = Case(
        channel=Channel.USCIS,
        reason=Reason.MEDICAL_TREATMENT,
        statement="Surgery is needed soon.",
        people=[
            Person(
                role=Role.BENEFICIARY,
                given_name="فرشته",
                family_name="رحیمی",
                citizenship="AF",
                address="Street 1, Kabul",
            ),
            Person(role=Role.REQUESTOR, given_name="Erin", family_name="Requestor"),
            Person(role=Role.SUPPORTER, given_name="Sam", family_name="Supporter"),
            Person(role=Role.FAMILY_MEMBER, given_name="مریم", family_name="رحیمی", relationship="daughter"),
        ],
    )
    return session.save_case(case).id


def test_family_members_own_request_copies_shared_details_and_links_both(qtbot, session, family_case):
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.load_case(family_case)
    new_id = ws.start_family_member_request(0)
    assert new_id is not None and new_id != family_case
    new = session.load_case(new_id)
    assert new.beneficiary_name == "مریم رحیمی"
    assert (new.reason, new.statement, new.beneficiary.citizenship) == (
        Reason.MEDICAL_TREATMENT,
        "Surgery is needed soon.",
        "AF",
    )
    assert [p.given_name for p in new.people_with_role(Role.REQUESTOR)] == ["Erin"]
    assert [p.given_name for p in new.people_with_role(Role.SUPPORTER)] == ["Sam"]
    back = new.people_with_role(Role.FAMILY_MEMBER)[0]
    assert (back.given_name, back.linked_case_id, back.relationship) == ("فرشته", family_case, "parent")
    original = session.load_case(family_case)
    assert original.people_with_role(Role.FAMILY_MEMBER)[0].linked_case_id == new_id
    assert original.family_group_id is not None and original.family_group_id == new.family_group_id
    label = ws.people.family.forms[0].link_labels["linked_case_id"]
    assert f"case {new_id}" in label.text() and "مریم رحیمی" in label.text()
    with pytest.raises(Exception, match="already has a request"):
        start_family_member_case(session, family_case, 0)
    ws.clear()


def test_a_blank_family_member_gets_no_request(qtbot, session, family_case, monkeypatch):
    from parole_desktop.ui.workspace import workspace as ws_module

    shown: list[str] = []
    monkeypatch.setattr(ws_module, "show_error", lambda _p, text, *a: shown.append(text))
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.load_case(family_case)
    ws.people.family.add(None)
    before = session.count_cases()
    assert ws.start_family_member_request(1) is None
    assert session.count_cases() == before and "name first" in shown[-1]
    ws.clear()


@pytest.mark.slow
def test_new_documents_default_to_the_clients_language(qtbot, session, family_case, tmp_path):
    case = session.load_case(family_case)
    case.people.append(
        Person(role=Role.INTERPRETER, given_name="Ida", family_name="Interpreter", language="Dari")
    )
    session.save_case(case)
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.load_case(family_case)
    f = tmp_path / "letter.pdf"
    f.write_bytes(minimal_pdf(["Synthetic letter"]))
    [letter] = ws.evidence.add_files([f], kind="physician_letter")
    [translation] = ws.evidence.add_files([f], kind="translation")
    assert (letter.language, translation.language) == ("fa", "en")
    ws.clear()


def test_duplicate_warning_isolates_right_to_left_names(qtbot, session, family_case):
    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.given.insert("فرشته")
    dlg.family.insert("رحیمی")
    dlg.create_button.click()
    text = dlg.similar.item(0).text()
    assert text.startswith(f"case {family_case} · \u2068فرشته رحیمی\u2069 · ")


@pytest.mark.allow_error_logs
def test_crash_dialog_has_no_case_data_and_closes_at_lock(qtbot, make_window, paths):
    created, _ = create_vault(paths, PASSPHRASE)
    created.close()
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    handler = CrashHandler("")
    typed = window.session.new_case("Zumrad", "Testova").beneficiary_name + " P1234567"
    try:
        raise KeyError(typed)  # a bug whose message quotes case data
    except KeyError as exc:
        handler(type(exc), exc, exc.__traceback__)
    dialogs = [w for w in QApplication.allWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
    assert dialogs
    details = dialogs[0].details.toPlainText()
    assert "KeyError" in details and "Zumrad" not in details and "P1234567" not in details
    assert window.lock()
    assert not any(isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.allWidgets())
