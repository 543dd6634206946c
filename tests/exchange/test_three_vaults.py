"""Three real laptops (temp vaults, one roster, real age seals and Ed25519 signatures) editing one case
(#23 done-means): random edits, deliveries duplicated, reordered, dropped and resent, people settling
conflicts, and deleting the case (a deletion against an edit is a conflict too). After everything is
delivered: the same heads and content everywhere (or the case deleted everywhere, with its files), no
object lost or quarantined, and a conflict only ever on a field that two laptops edited or on a deletion. The sign-off side (refused with a
conflict open, void after a merge) is the deterministic test at the end."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from parole_desktop.errors import UserError
from parole_desktop.exchange.objects import Outcome, SealedObject
from parole_desktop.exchange.revisions import TOMBSTONE
from parole_desktop.services import exchange, revlog
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from tests.exchange.laptops import deliver, laptops

FIELDS = ("statement", "port_of_entry", "notes", "consular_post")
VALUES = st.sampled_from(["", "alpha", "beta", "gamma"])
PDF = minimal_pdf(["Synthetic exhibit for the three-vault machine"])


class ThreeVaults(RuleBasedStateMachine):
    @initialize()
    def start(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="x23-three-"))
        _org, self.s = laptops(self.tmp, ("laptop-0", "laptop-1", "laptop-2"))
        case = self.s[0].new_case("Ana", "Lima")
        self.s[0].add_evidence_bytes(case.id, PDF, "passport.pdf", kind="identity_document", title="Passport")
        self.uid = case.uid
        self.pool: list[SealedObject] = []
        self.received: list[set[str]] = [set(), set(), set()]
        self.edited: dict[str, set[int]] = {}
        self._collect(0)
        for j in (1, 2):
            for o in self.pool:
                self._receive(o, j)

    def _case_id(self, i: int) -> int | None:
        from parole_desktop.store import cases as case_store

        return case_store.case_id_by_uid(self.s[i].vault, self.uid)

    def _collect(self, i: int) -> None:
        store = VaultObjects(self.s[i])
        got = store.pending_for("pool")
        store.acknowledge("pool", [o.object_id for o in got])
        known = {o.object_id for o in self.pool}
        self.pool += [o for o in got if o.object_id not in known]

    def _receive(self, obj: SealedObject, j: int) -> None:
        got = VaultObjects(self.s[j]).receive(obj)
        assert got.outcome != Outcome.QUARANTINED, got
        self.received[j].add(obj.object_id)

    @rule(i=st.integers(0, 2), field=st.sampled_from(FIELDS), value=VALUES)
    def edit(self, i, field, value):
        cid = self._case_id(i)
        if cid is None or exchange.conflicts(self.s[i], cid):
            return  # not here yet, or a conflict to settle first (the workspace shows the table then)
        case = self.s[i].load_case(cid)
        if getattr(case, field) == value:
            return
        setattr(case, field, value)
        self.s[i].save_case(case)
        self.edited.setdefault(f"case.{field}", set()).add(i)

    @rule(i=st.integers(0, 2))
    def delete(self, i):
        """Laptop i deletes the case (an open conflict there is settled by the deletion)."""
        cid = self._case_id(i)
        if cid is None:
            return
        self.s[i].delete_case(cid)
        self.edited.setdefault(TOMBSTONE, set()).add(i)

    @rule(i=st.integers(0, 2))
    def collect(self, i):
        self._collect(i)

    @rule(data=st.data(), j=st.integers(0, 2))
    def deliver(self, data, j):
        """Any object made anywhere reaches laptop j, in any order, any number of times (or never)."""
        if self.pool:
            self._receive(data.draw(st.sampled_from(self.pool)), j)

    def _settle_all(self, i: int, pick: str) -> None:
        """A person on laptop i settles every open field, one at a time (keeping the case deleted settles
        the rest and deletes it)."""
        while True:
            cid = self._case_id(i)
            if cid is None:
                return
            open_ = [f for c in exchange.conflicts(self.s[i], cid) for f in c.fields if f["chosen"] is None]
            if not open_:
                return
            f = open_[0]
            take = "theirs" if pick == "base" and f["base"] is None else pick
            exchange.resolve_conflict(self.s[i], cid, str(f["path"]), take=take)

    @rule(i=st.integers(0, 2), pick=st.sampled_from(["mine", "theirs", "base"]))
    def settle(self, i, pick):
        self._settle_all(i, pick)

    @invariant()
    def nothing_lost_and_conflicts_only_where_two_edited(self):
        for j, s in enumerate(self.s):
            store = VaultObjects(s)
            assert all(store.has(oid) for oid in self.received[j])
            assert exchange.quarantine(s) == []
            cid = self._case_id(j)
            if cid is not None:
                for c in exchange.conflicts(s, cid):
                    for f in c.fields:
                        if f["path"] == TOMBSTONE:  # a deletion against an edit: somebody deleted
                            assert self.edited.get(TOMBSTONE)
                            continue
                        assert len(self.edited.get(str(f["path"]), set())) >= 2 or f["base"] is None

    def teardown(self):
        try:
            for _round in range(8):
                for i in range(3):
                    self._collect(i)
                for j in range(3):
                    for o in list(self.pool):
                        self._receive(o, j)
                    assert exchange.waiting(self.s[j]) == []
                self._settle_all(0, "theirs")
                graphs = [revlog.load_graph(s.vault, self.uid) for s in self.s]
                if len({tuple(g.heads()) for g in graphs}) == 1 and not graphs[0].conflicts():
                    break
            graphs = [revlog.load_graph(s.vault, self.uid) for s in self.s]
            assert len({tuple(g.heads()) for g in graphs}) == 1
            assert len({len(g) for g in graphs}) == 1
            ids = [self._case_id(i) for i in range(3)]
            if graphs[0].is_deleted():  # deleted on every laptop, with its files
                assert ids == [None, None, None]
                for s in self.s:
                    assert s.vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
                return
            contents = [revlog.case_map(s.vault, s.load_case(ids[i])) for i, s in enumerate(self.s)]
            assert contents[0] == contents[1] == contents[2]
            assert contents[0] == graphs[0].current()
            assert all(len(s.load_case(ids[i]).evidence) == 1 for i, s in enumerate(self.s))
        finally:
            for s in self.s:
                s.close()
            shutil.rmtree(self.tmp, ignore_errors=True)


ThreeVaults.TestCase.settings = settings(max_examples=10, stateful_step_count=16, deadline=None)
test_three_vaults_converge = pytest.mark.slow(ThreeVaults.TestCase)


# ------------------------------------------------------------------------------------ sign-off
@pytest.mark.slow  # demo cases, a reviewer, checks and a sign-off: ~10 s
def test_a_conflict_blocks_sign_off_and_a_merge_voids_it(tmp_path):
    from parole_desktop.services import signoff
    from parole_desktop.services.signoff_state import signoff_problem
    from tests.services.roster_helpers import REVIEWER, enrol, sign

    org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    try:
        from parole_desktop.services.demo import populate

        populate(a, 5)
        cid = next(
            r.id for r in a.list_cases() if r.status == "ready_for_review" and r.family_group_id is None
        )
        name, role, number = REVIEWER
        prof = signoff.create_reviewer(a, name, role, "reviewer passphrase 7", number=number)
        enrol(a, prof.id, "reviewer passphrase 7", org=org)
        deliver(a, b)
        uid = a.load_case(cid).uid
        bid = next(c.id for c in b.list_cases() if b.load_case(c.id).uid == uid)
        # the same field edited on both: sign-off refused, naming the field
        ca, cb = a.load_case(cid), b.load_case(bid)
        ca.port_of_entry, cb.port_of_entry = "Miami", "JFK"
        a.save_case(ca)
        b.save_case(cb)
        deliver(b, a)
        with pytest.raises(UserError, match=r"open conflict between laptops in case\.port_of_entry"):
            sign(a, cid, prof.id, "reviewer passphrase 7")
        exchange.resolve_conflict(a, cid, "case.port_of_entry", take="mine")
        sign(a, cid, prof.id, "reviewer passphrase 7")
        assert signoff_problem(a, a.load_case(cid)) == ""
        # an edit on the other laptop, merged in: the signed content changed, so the sign-off is void
        deliver(a, b)
        cb = b.load_case(bid)
        cb.consular_post = "Islamabad, Pakistan"
        b.save_case(cb)
        deliver(b, a)
        assert a.load_case(cid).consular_post == "Islamabad, Pakistan"
        assert signoff_problem(a, a.load_case(cid)) == "the case changed after sign-off"
    finally:
        a.close()
        b.close()
