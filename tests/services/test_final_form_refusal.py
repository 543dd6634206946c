"""A final filing packet is refused while its Form I-131 leaves blank an item the form's instructions
require for the case (issue #20 item 6): the refusal names the part and item and carries the field to jump
to; nothing is written; a draft still builds and lists the same gaps; optional items never refuse."""

from __future__ import annotations

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.services import signoff
from parole_desktop.services.packets import FormIncomplete, export_packet
from tests.services.roster_helpers import enrol, sign

REVIEWER_PW = "reviewer passphrase 1"


@pytest.fixture
def ready(demo_session):
    session = demo_session(5)
    rows = [
        r
        for r in session.list_cases()
        if r.status == "ready_for_review" and r.family_group_id is None and r.channel == "uscis"
    ]
    prof = signoff.create_reviewer(
        session, "Amira Solis", "attorney", REVIEWER_PW, number="CA-1", organization="Field Site Legal Aid"
    )
    enrol(session, prof.id, REVIEWER_PW)
    return session, rows[0].id, prof.id


@pytest.mark.slow
def test_final_build_refused_while_a_required_item_is_blank(ready, tmp_path):
    session, cid, rid = ready
    case = session.load_case(cid)
    b = case.beneficiary
    b.eye_color = ""  # Part 3 Item 5
    b.email = b.a_number = ""  # optional ("if any"): never a refusal
    prep = case.people_with_role(Role.PREPARER)[0]
    prep.phone = ""  # Part 12 Item 3
    case.consular_post = ""  # Part 8 Item 3.b, beneficiary abroad
    session.save_case(case)
    sign(session, cid, rid, REVIEWER_PW)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "final.pdf"
    with pytest.raises(FormIncomplete) as err:
        export_packet(session, cid, out, draft=False, reviewer_passphrase=REVIEWER_PW)
    assert sorted(err.value.fields) == [
        "consular_post",
        "people.beneficiary.eye_color",
        "people.preparer.phone",
    ]
    text = str(err.value)
    assert "Part 3, Item 5: eye colour" in text and "Part 12, Item 3" in text and "Part 8, Item 3.b" in text
    assert "export a draft" in text
    assert list(out_dir.iterdir()) == []  # nothing written, not even a partial file
    res = export_packet(session, cid, out_dir / "draft.pdf", draft=True)
    found = " ".join(res.form_findings)
    assert "eye colour is not recorded" in found and "daytime telephone is not recorded" in found


@pytest.mark.slow
def test_a_complete_case_builds_final(ready, tmp_path):
    session, cid, rid = ready
    sign(session, cid, rid, REVIEWER_PW)
    res = export_packet(session, cid, tmp_path / "final.pdf", draft=False, reviewer_passphrase=REVIEWER_PW)
    assert res.signed
    assert not [x for x in res.form_findings if x.startswith("Form I-131") and "not recorded" in x]
