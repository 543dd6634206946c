"""The case <-> field map of the revision graph (#23 item 2): lossless both ways over every fixture case
and over Hypothesis cases, and a person's uid given by every path that creates one — and kept by saves."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parole_desktop.domain import codec
from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Background, Case, Evidence, Outcome, Person
from parole_desktop.errors import ParoleError
from parole_desktop.exchange import casemap
from parole_desktop.services import case_json
from tests.conftest import FIXTURES

CASE_FILES = sorted((FIXTURES / "cases").glob("*.json"))


def _fixture_cases() -> list[tuple[str, Case, dict | None]]:
    out = []
    for f in CASE_FILES:
        try:
            case, group = case_json.load_document(Path(f))
        except ParoleError:
            continue  # a fixture of several cases, or one that tests a refusal
        for p in case.people:
            p.uid = p.uid or uuid.uuid4().hex
        out.append((f.name, case, group))
    return out


def _numbered(content: casemap.CaseContent) -> Case:
    """The mapped case with evidence numbered like rows, so ``translation_of`` can be compared."""
    case = content.case
    ids = {key: i + 1 for i, key in enumerate(content.evidence_keys)}
    for key, e in zip(content.evidence_keys, case.evidence, strict=True):
        e.id = ids[key]
        e.translation_of = ids.get(content.translation_of.get(key, ""))
    return case


def _comparable(case: Case) -> dict:
    d = codec.case_to_dict(case)
    d.pop("uid", None)
    keys = casemap.evidence_keys(case.evidence)
    by_id = dict(zip((e.id for e in case.evidence), keys, strict=True))
    for e, key in zip(d["evidence"], keys, strict=True):
        e["translation_of"] = by_id.get(e["translation_of"])
        e.pop("ref")
        e["key"] = key
    for e, ev in zip(d["evidence"], case.evidence, strict=True):
        e["added_at"] = ev.added_at.isoformat() if ev.added_at else None
    for p, person in zip(d["people"], case.people, strict=True):
        p.pop("linked_case_id")
        assert p["uid"] == person.uid
    return d


def test_every_fixture_case_maps_and_back_losslessly():
    cases = _fixture_cases()
    assert len(cases) >= 15
    for name, case, group in cases:
        m = casemap.case_to_map(case, group=group)
        content = casemap.case_from_map(m)
        assert casemap.case_to_map(_numbered(content), group=content.group) == m, name
        assert _comparable(content.case) == _comparable(case), name
        assert (content.group or None) == (
            {"uid": group.get("uid", ""), "name": group["name"], "notes": group.get("notes", "")}
            if group
            else None
        )


def test_paths_name_people_by_uid_and_evidence_by_hash():
    case = Case(
        statement="Surgery.",
        people=[Person(role=Role.BENEFICIARY, given_name="Ana", uid="a" * 32)],
        evidence=[
            Evidence(kind="passport", sha256="0" * 64, id=7),
            Evidence(kind="copy", sha256="0" * 64, id=8),
        ],
    )
    m = casemap.case_to_map(case)
    assert m["case.statement"] == "Surgery."
    assert m[f"person.{'a' * 32}.given_name"] == "Ana" and m[f"person.{'a' * 32}.role"] == "beneficiary"
    assert m[f"evidence.{'0' * 64}.kind"] == "passport" and m[f"evidence.{'0' * 64}~2.kind"] == "copy"
    assert casemap.evidence_shas(m) == {"0" * 64}


def test_a_map_that_is_not_a_case_is_refused_clearly():
    with pytest.raises(casemap.CaseMapError, match="no role"):
        casemap.case_from_map({f"person.{'a' * 32}.given_name": "Ana"})
    with pytest.raises(casemap.CaseMapError, match="not a case field path"):
        casemap.case_from_map({"nonsense": 1})
    with pytest.raises(casemap.CaseMapError, match="uid"):
        casemap.case_to_map(Case(people=[Person(role=Role.BENEFICIARY)]))


# ------------------------------------------------------------------------------------ Hypothesis cases
_text = st.text(st.characters(codec=None, exclude_categories=("Cs",)), max_size=12)


def _strategy(tp: typing.Any) -> st.SearchStrategy[typing.Any] | None:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        s = _strategy(inner)
        return None if s is None else st.none() | s
    if tp is str:
        return _text
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(0, 10_000)
    if tp is dt.date:
        return st.dates(dt.date(1930, 1, 1), dt.date(2040, 1, 1))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if origin is list and typing.get_args(tp) == (str,):
        return st.lists(_text, max_size=3)
    return None


def _filled(cls: type, skip: set[str]) -> st.SearchStrategy[dict[str, typing.Any]]:
    fields = {}
    for name, tp in codec._field_types(cls):
        if name in skip:
            continue
        s = _strategy(tp)
        if s is not None:
            fields[name] = s
    return st.fixed_dictionaries({}, optional=fields)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    case = Case(**draw(_filled(Case, {"id", "family_group_id", "created_at", "updated_at", "uid"})))
    case.background = Background(**draw(_filled(Background, set())))
    case.outcome = Outcome(**draw(_filled(Outcome, set())))
    n = draw(st.integers(1, 3))
    for _ in range(n):
        kw = draw(_filled(Person, {"id", "case_id", "uid", "linked_case_id", "role"}))
        case.people.append(Person(role=draw(st.sampled_from(list(Role))), uid=uuid.uuid4().hex, **kw))
    shas = draw(st.lists(st.sampled_from(["1" * 64, "2" * 64, "3" * 64]), max_size=4))
    for i, sha in enumerate(shas):
        kw = draw(
            _filled(
                Evidence, {"id", "case_id", "attachment_id", "translation_of", "sha256", "kind", "added_at"}
            )
        )
        ev = Evidence(
            kind=draw(st.sampled_from(["passport", "medical_letter", "other"])), sha256=sha, id=i + 1, **kw
        )
        if i and draw(st.booleans()):
            ev.translation_of = draw(st.integers(1, i))
        case.evidence.append(ev)
    return case


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.none() | st.fixed_dictionaries({"uid": st.just("g" * 32), "name": _text, "notes": _text}))
def test_hypothesis_cases_map_and_back_losslessly(case, group):
    m = casemap.case_to_map(case, group=group)
    content = casemap.case_from_map(m)
    assert casemap.case_to_map(_numbered(content), group=content.group) == m
    assert _comparable(content.case) == _comparable(case)


# ------------------------------------------------------------------------------------ uids by every path
@pytest.mark.slow  # the demo's cases with their exhibits: ~4 s
def test_every_path_that_makes_a_person_gives_a_uid_that_saves_keep(session, tmp_path):
    from parole_desktop.services.demo import populate

    c = session.new_case("Ana", "Lima")  # CLI and GUI new case
    uids = [p.uid for p in session.load_case(c.id).people]
    assert all(len(u) == 32 for u in uids)
    c = session.load_case(c.id)
    c.people.append(Person(role=Role.SUPPORTER, given_name="Sam"))
    session.save_case(c)
    again = session.load_case(c.id)
    assert [p.uid for p in again.people][:1] == uids and all(p.uid for p in again.people)
    session.save_case(again)  # a save keeps every uid
    assert [p.uid for p in session.load_case(c.id).people] == [p.uid for p in again.people]
    out = session.export_case(c.id, tmp_path / "case.json")
    imported = session.import_case(out)  # a case import keeps them too (they are in the file)
    assert [p.uid for p in imported.people] == [p.uid for p in again.people]
    populate(session, 3)  # the demo (bulk insert)
    for s in session.list_cases():
        assert all(p.uid for p in session.load_case(s.id).people)
    edited = session.edit_case(c.id, ["people[0].passport_family_name=LIMA"])  # CLI `case edit`
    assert [p.uid for p in edited.people] == [p.uid for p in again.people]


def test_a_vault_from_010_gets_person_uids_on_upgrade(tmp_path):
    import shutil

    from parole_desktop.paths import AppPaths
    from parole_desktop.services import revlog
    from parole_desktop.services.session import open_vault
    from parole_desktop.store import revisions as rev_store
    from tests.services.test_sealing_formats import V010, V010_PASSPHRASE

    shutil.copytree(V010 / "data", tmp_path / "data")
    with open_vault(AppPaths(tmp_path / "data"), V010_PASSPHRASE) as s:
        ids = [c.id for c in s.list_cases()]
        assert ids
        first = {cid: [p.uid for p in s.load_case(cid).people] for cid in ids}
        assert all(u for us in first.values() for u in us)
        assert revlog.ensure_roots(s.vault) == len(ids)  # each case its root revision
        assert rev_store.revision_count(s.vault) == len(ids)
    with open_vault(AppPaths(tmp_path / "data"), V010_PASSPHRASE) as s:
        assert {cid: [p.uid for p in s.load_case(cid).people] for cid in ids} == first
        assert revlog.ensure_roots(s.vault) == 0
