"""The revision graph (#23 item 3): ids from content, nothing received dropped, a three-way merge per field
that never settles a conflict by itself, and three laptops that converge whatever the network does."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule

from parole_desktop.exchange.revisions import (
    DELETED,
    Revision,
    RevisionError,
    RevisionGraph,
    diff,
    make_revision,
    three_way,
)

ROOT_STATE = {
    "case.statement": "She needs surgery at the children's hospital.",
    "person.p1.date_of_birth": "2014-09-16",
    "person.p1.given_name": "Lina",
    "person.p2.given_name": "Omar",
    "evidence.aa11.title": "Hospital letter",
}
ROOT = make_revision((), ROOT_STATE, author="laptop-a", at="2026-12-01T10:00:00+00:00")


def graph(*revs: Revision) -> RevisionGraph:
    g = RevisionGraph()
    for r in (ROOT, *revs):
        g.add(r)
    return g


def test_the_id_is_the_hash_of_parents_and_content_and_survives_json():
    again = make_revision((), dict(reversed(list(ROOT_STATE.items()))), author="laptop-a", at=ROOT.at)
    assert again.id == ROOT.id and len(ROOT.id) == 64
    other = make_revision((), {**ROOT_STATE, "case.statement": "x"}, author="laptop-a", at=ROOT.at)
    assert other.id != ROOT.id
    back = Revision.from_json(ROOT.to_json())
    assert back == ROOT and back.id == ROOT.id
    d = json.loads(ROOT.to_json())
    d["changes"]["person.p1.date_of_birth"] = "2014-09-15"
    with pytest.raises(ValueError, match="does not match"):
        Revision.from_json(json.dumps(d))
    forged = Revision(ROOT.parents, {"case.statement": "forged"}, ROOT.author, ROOT.at, (), ROOT.id)
    with pytest.raises(RevisionError, match="does not match"):
        RevisionGraph().add(forged)


def test_a_revision_whose_parent_is_missing_waits_and_is_taken_when_it_arrives():
    a1 = make_revision([ROOT.id], {"case.statement": "v1"}, author="laptop-a", at="t1")
    a2 = make_revision([a1.id], {"case.statement": "v2"}, author="laptop-a", at="t2")
    g = RevisionGraph()
    assert g.add(a2) == [] and g.add(a1) == [] and len(g) == 0
    assert [r.id for r in g.pending] == sorted([a1.id, a2.id]) and g.missing_parents() == {ROOT.id}
    assert g.add(ROOT) == [ROOT.id, a1.id, a2.id]
    assert g.pending == [] and g.heads() == [a2.id] and g.current()["case.statement"] == "v2"
    assert g.add(a1) == [] and len(g) == 3  # received twice: nothing changes


def test_edits_to_different_fields_merge_into_one_deterministic_merge_revision():
    a = make_revision([ROOT.id], {"case.statement": "longer statement"}, author="laptop-a", at="t1")
    b = make_revision([ROOT.id], {"person.p1.given_name": "Leena"}, author="laptop-b", at="t1")
    g1, g2 = graph(a, b), graph(b, a)
    assert g1.conflicts() == [] and len(g1.heads()) == 2
    m1, m2 = g1.merge_heads(), g2.merge_heads()
    assert m1 is not None and m2 is not None and m1.id == m2.id  # the same merge on both laptops
    assert g1.current() == {
        **ROOT_STATE,
        "case.statement": "longer statement",
        "person.p1.given_name": "Leena",
    }
    assert g1.heads() == g2.heads() == [m1.id]


def test_the_same_field_edited_on_both_sides_is_a_conflict_a_person_settles():
    a = make_revision([ROOT.id], {"person.p1.date_of_birth": "2014-09-15"}, author="laptop-a", at="t1")
    b = make_revision([ROOT.id], {"person.p1.date_of_birth": "2014-09-17"}, author="laptop-b", at="t1")
    g = graph(a, b)
    (c,) = g.conflicts()
    assert (c.path, c.base, {c.mine, c.theirs}) == (
        "person.p1.date_of_birth",
        "2014-09-16",
        {"2014-09-15", "2014-09-17"},
    )
    assert g.merge_heads() is None  # no machine merge
    with pytest.raises(RevisionError, match="open conflict"):
        g.commit({"case.statement": "edit"}, author="laptop-a", at="t2")
    with pytest.raises(RevisionError, match="missing"):
        g.resolve({}, author="Dana (volunteer)", at="t2")
    r = g.resolve({"person.p1.date_of_birth": "2014-09-16"}, author="Dana (volunteer)", at="t2")  # the base
    assert (
        g.conflicts() == [] and g.heads() == [r.id] and g.current()["person.p1.date_of_birth"] == "2014-09-16"
    )


def test_a_removal_against_an_edit_is_a_conflict():
    a = make_revision([ROOT.id], {"person.p2.given_name": DELETED}, author="laptop-a", at="t1")
    b = make_revision([ROOT.id], {"person.p2.given_name": "Omer"}, author="laptop-b", at="t1")
    g = graph(a, b)
    (c,) = g.conflicts()
    assert c.path == "person.p2.given_name" and DELETED in (c.mine, c.theirs)
    g.resolve({"person.p2.given_name": DELETED}, author="Dana", at="t2")
    assert "person.p2.given_name" not in g.current()


def test_a_merge_that_leaves_a_conflict_unsettled_is_refused_and_kept():
    a = make_revision([ROOT.id], {"case.statement": "A"}, author="laptop-a", at="t1")
    b = make_revision([ROOT.id], {"case.statement": "B"}, author="laptop-b", at="t1")
    bogus = make_revision([a.id, b.id], {})
    g = graph(a, b)
    assert g.add(bogus) == [] and "settle every conflicting field" in g.refused[bogus.id]
    assert sorted(g.heads()) == sorted([a.id, b.id])
    with_change = make_revision([ROOT.id], {"case.statement": "no author"})
    assert g.add(with_change) == [] and with_change.id in g.refused


def test_two_people_settling_a_conflict_differently_conflict_again():
    """Criss-cross: A and B both settle the same conflict, differently. The merge of their settlements
    compares against the merge of the two original heads, where the field is CONFLICTED: a conflict again,
    never one person's choice taken silently."""
    a = make_revision([ROOT.id], {"case.statement": "A"}, author="laptop-a", at="t1")
    b = make_revision([ROOT.id], {"case.statement": "B"}, author="laptop-b", at="t1")
    ra = make_revision(sorted([a.id, b.id]), {"case.statement": "A"}, author="Dana", at="t2")
    rb = make_revision(sorted([a.id, b.id]), {"case.statement": "B"}, author="Eli", at="t2")
    g = graph(a, b, ra, rb)
    assert [c.path for c in g.conflicts()] == ["case.statement"]
    same = make_revision(sorted([a.id, b.id]), {"case.statement": "A"}, author="Eli", at="t3")
    g2 = graph(a, b, ra, same)
    assert g2.conflicts() == [] and g2.merge_heads() is not None and g2.current()["case.statement"] == "A"


def test_diff_and_three_way_basics():
    assert diff({"x": 1, "y": 2}, {"x": 1, "z": 3}) == {"y": DELETED, "z": 3}
    merged, conflicts = three_way({"x": 1}, {"x": 1, "y": 2}, {"x": 5})
    assert merged == {"x": 5, "y": 2} and conflicts == []


PATHS = [
    "case.statement",
    "person.p1.date_of_birth",
    "person.p1.given_name",
    "person.p2.given_name",
    "evidence.bb22.title",
]
VALUES = st.sampled_from(["a", "b", "c", DELETED])


@settings(max_examples=200, deadline=None)
@given(
    mine=st.dictionaries(st.sampled_from(PATHS), VALUES, max_size=4),
    theirs=st.dictionaries(st.sampled_from(PATHS), VALUES, max_size=4),
)
def test_a_conflict_is_raised_exactly_when_the_same_field_was_changed_differently(mine, theirs):
    g = RevisionGraph()
    g.add(ROOT)
    a = g.commit(mine, author="laptop-a", at="t1")
    h = RevisionGraph()
    h.add(ROOT)
    b = h.commit(theirs, author="laptop-b", at="t1")
    for r in (a, b):
        if r is not None:
            g.add(r)
    base = ROOT_STATE
    changed_a = {k for k, v in mine.items() if base.get(k, DELETED) != v}
    changed_b = {k for k, v in theirs.items() if base.get(k, DELETED) != v}
    expected = {k for k in changed_a & changed_b if mine[k] != theirs[k]}
    assert {c.path for c in g.conflicts()} == expected
    if not expected:
        g.merge_heads()
        want = dict(base)
        real = [(k, mine[k]) for k in changed_a] + [(k, theirs[k]) for k in changed_b]
        for k, v in real:
            if v is DELETED:
                want.pop(k, None)
            else:
                want[k] = v
        assert g.current() == want


class ThreeLaptops(RuleBasedStateMachine):
    """Random edits on three laptops; deliveries duplicated, reordered, dropped and resent; people settling
    conflicts. At the end, after everything is delivered: the same heads and content everywhere, no
    revision lost or refused."""

    made = Bundle("made")

    @initialize(target=made)
    def start(self):
        self.laptops = [RevisionGraph() for _ in range(3)]
        for g in self.laptops:
            g.add(ROOT)
        self.all: dict[str, Revision] = {ROOT.id: ROOT}
        self.delivered: list[set[str]] = [{ROOT.id} for _ in range(3)]
        self.clock = 0
        return ROOT

    def _tick(self) -> str:
        self.clock += 1
        return f"t{self.clock}"

    def _keep(self, rev: Revision | None, i: int) -> Revision | None:
        if rev is not None:
            self.all[rev.id] = rev
            self.delivered[i].add(rev.id)
        return rev

    @rule(
        target=made,
        i=st.integers(0, 2),
        changes=st.dictionaries(st.sampled_from(PATHS), VALUES, min_size=1, max_size=3),
    )
    def edit(self, i, changes):
        g = self.laptops[i]
        if g.conflicts():
            return ROOT  # the workspace refuses edits until the conflict is settled
        self._keep(g.merge_heads(), i)
        return self._keep(g.commit(changes, author=f"laptop-{i}", at=self._tick()), i) or ROOT

    @rule(rev=made, j=st.integers(0, 2))
    def deliver(self, rev, j):
        """Any revision made anywhere reaches laptop j, in any order, any number of times (or never)."""
        self.laptops[j].add(rev)
        self.delivered[j].add(rev.id)

    @rule(target=made, i=st.integers(0, 2), pick=st.sampled_from(["mine", "theirs", "base", "new"]))
    def settle(self, i, pick):
        g = self.laptops[i]
        conflicts = g.conflicts()
        if not conflicts:
            return ROOT
        choice = {
            c.path: {"mine": c.mine, "theirs": c.theirs, "base": c.base, "new": f"typed-{self.clock}"}[pick]
            for c in conflicts
        }
        return self._keep(g.resolve(choice, author=f"person-on-{i}", at=self._tick()), i)

    @rule(target=made, i=st.integers(0, 2))
    def merge(self, i):
        return self._keep(self.laptops[i].merge_heads(), i) or ROOT

    @invariant()
    def nothing_lost_or_refused(self):
        for g, seen in zip(self.laptops, self.delivered, strict=True):
            assert g.refused == {}
            held = {r.id for r in g.revisions()} | {r.id for r in g.pending}
            assert seen <= held

    def teardown(self):
        # everyone gets everything (resent until it arrives), then laptop 0's person settles what is
        # open, and the laptops merge and exchange again until nothing changes
        for _round in range(10):
            for g in self.laptops:
                for r in list(self.all.values()):
                    g.add(r)
            for i, g in enumerate(self.laptops):
                assert g.pending == []
                if i == 0 and g.conflicts():
                    c = g.conflicts()
                    self._keep(
                        g.resolve({x.path: x.theirs for x in c}, author="person-on-0", at=self._tick()), 0
                    )
                self._keep(g.merge_heads(), i)
            if len({tuple(g.heads()) for g in self.laptops}) == 1 and all(
                len(g.heads()) == 1 for g in self.laptops
            ):
                break
        heads = {tuple(g.heads()) for g in self.laptops}
        assert len(heads) == 1, heads
        contents = [g.current() for g in self.laptops]
        assert contents[0] == contents[1] == contents[2]
        assert all(len(g) == len(self.laptops[0]) for g in self.laptops)


ThreeLaptops.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
test_three_laptops_converge = ThreeLaptops.TestCase
