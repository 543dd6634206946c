"""The organization hub client (parole_desktop/exchange/hub.py) against a real pouchdb-server on
127.0.0.1, with the in-memory ObjectStore of the transport tests."""

from __future__ import annotations

import base64
import os

import httpx
import pytest

from parole_desktop.exchange import hub
from parole_desktop.exchange.objects import SealedObject
from tests.exchange.memstore import MemoryStore
from tests.hub import server
from tests.hub.fixtures import HubDb


def _objects(n: int, size: int = 300, tag: bytes = b"") -> list[SealedObject]:
    return [SealedObject(tag + i.to_bytes(4, "big") + os.urandom(size)) for i in range(n)]


class CountingTransport(httpx.HTTPTransport):
    """The real transport, recording each request's method and path (and able to fail on cue)."""

    def __init__(self, fail_on: str = "", fail_after: int = 0) -> None:
        super().__init__()
        self.calls: list[tuple[str, str]] = []
        self.fail_on = fail_on
        self.fail_after = fail_after

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls.append((request.method, request.url.path))
        if self.fail_on and self.fail_on in request.url.path:
            if self.fail_after <= 0:
                raise httpx.ConnectError("cut on cue", request=request)
            self.fail_after -= 1
        return super().handle_request(request)


def test_push_then_pull_moves_every_object_once(hubdb: HubDb) -> None:
    objs = _objects(450)  # three _bulk_docs batches and three _changes pages
    a, b = MemoryStore(objs), MemoryStore()
    with hubdb.client() as c:
        sent = hub.push(a, c)
        assert sent.sent == 450
        assert a.pending_for(c.hub.peer) == []
        assert hub.push(a, c).sent == 0  # nothing left to send
        got = hub.pull(b, c)
    assert got.applied == 450 and got.duplicate == 0
    assert {o.object_id for o in b.objects.values()} == {o.object_id for o in objs}
    assert b.checkpoint(hubdb.url.peer) != ""
    with hubdb.client() as c:
        again = hub.pull(b, c)
    assert again.as_dict() == {"sent": 0, "applied": 0, "waiting": 0, "duplicate": 0, "quarantined": 0}
    docs = [d for d in hubdb.server.dump(hubdb.url.database) if not str(d["_id"]).startswith("_design/")]
    assert len(docs) == 450
    assert sorted(hub.object_ids(docs)) == sorted(o.object_id for o in objs)


def test_hub_document_ids_are_derived_from_the_object_not_equal_to_it(hubdb: HubDb) -> None:
    obj = _objects(1)[0]
    with hubdb.client() as c:
        hub.push(MemoryStore([obj]), c)
    (doc,) = [d for d in hubdb.server.dump(hubdb.url.database) if d["_id"] == hub.doc_id(obj.object_id)]
    assert doc["_id"] != obj.object_id
    assert set(doc) == {"_id", "_rev", "_attachments"}
    att = doc["_attachments"][obj.object_id]  # type: ignore[index]
    assert base64.b64decode(att["data"]) == obj.data


def test_a_re_push_after_losing_the_acknowledgements_sends_nothing_twice(hubdb: HubDb) -> None:
    objs = _objects(30)
    with hubdb.client() as c:
        hub.push(MemoryStore(objs[:20]), c)
        # a laptop killed after the hub stored 20 but before it recorded that: it offers all 30 again
        again = MemoryStore(objs)
        assert hub.push(again, c).sent == 30
        assert again.pending_for(c.hub.peer) == []
    docs = [d for d in hubdb.server.dump(hubdb.url.database) if not str(d["_id"]).startswith("_design/")]
    assert len(docs) == 30


def test_the_server_refuses_to_change_or_delete_a_stored_document(hubdb: HubDb) -> None:
    obj = _objects(1)[0]
    with hubdb.client() as c:
        hub.push(MemoryStore([obj]), c)
    did = hub.doc_id(obj.object_id)
    for who in (hubdb.site, hubdb.admin):
        with httpx.Client(base_url=hubdb.url.url + "/", auth=(who.user, who.password), trust_env=False) as h:
            rev = h.get(did).json()["_rev"]
            forged = base64.b64encode(b"forged bytes").decode()
            upd = h.put(
                did,
                json={
                    "_id": did,
                    "_rev": rev,
                    "_attachments": {
                        obj.object_id: {"content_type": "application/octet-stream", "data": forged}
                    },
                },
            )
            assert upd.status_code == 403, upd.text
            assert "written once" in upd.json()["reason"]
            att = h.put(f"{did}/{'0' * 64}", params={"rev": rev}, content=b"more")
            assert att.status_code == 403
            gone = h.delete(did, params={"rev": rev})
            assert gone.status_code == 403, gone.text
            bulk = h.post("_bulk_docs", json={"docs": [{"_id": did, "_rev": rev, "_deleted": True}]})
            assert bulk.json()[0]["error"] == "forbidden"
            assert h.get(f"{did}/{obj.object_id}").content == obj.data  # untouched
    with httpx.Client(
        base_url=hubdb.url.url + "/", auth=(hubdb.site.user, hubdb.site.password), trust_env=False
    ) as h:
        design = h.put(hub.DESIGN_ID, json={"_id": hub.DESIGN_ID, "validate_doc_update": "function(){}"})
        assert design.status_code in (401, 403)


def test_the_server_refuses_documents_of_another_shape(hubdb: HubDb) -> None:
    obj = _objects(1)[0]
    data = base64.b64encode(obj.data).decode()
    att = {"content_type": "application/octet-stream", "data": data}
    bad = [
        {"_id": hub.doc_id(obj.object_id), "name": "Farishta", "_attachments": {obj.object_id: att}},
        {"_id": hub.doc_id(obj.object_id), "_attachments": {obj.object_id: att, "f" * 64: att}},
        {"_id": "case-17", "_attachments": {obj.object_id: att}},
        {"_id": hub.doc_id(obj.object_id)},
    ]
    with httpx.Client(
        base_url=hubdb.url.url + "/", auth=(hubdb.site.user, hubdb.site.password), trust_env=False
    ) as h:
        results = h.post("_bulk_docs", json={"docs": bad}).json()
    assert [r.get("error") for r in results] == ["forbidden"] * 4


def test_a_large_object_goes_up_and_down_as_raw_attachment_bytes(hubdb: HubDb) -> None:
    big = SealedObject(os.urandom(hub.INLINE_MAX + 5000))
    small = _objects(3)
    seen = CountingTransport()
    order = [small[0], big, small[1], small[2]]  # e.g. an evidence file before the revision that adds it
    with hubdb.client(transport=seen) as c:
        assert hub.push(MemoryStore(order), c).sent == 4
        b = MemoryStore()
        assert hub.pull(b, c).applied == 4
    assert b.objects[big.object_id].data == big.data
    assert b.order == [
        o.object_id for o in order
    ]  # the hub got them, and gives them back, in the store's order
    path = f"/{hubdb.url.database}/{hub.doc_id(big.object_id)}/{big.object_id}"
    assert ("PUT", path) in seen.calls and ("GET", path) in seen.calls


def test_what_a_pull_received_is_never_pushed_back_up(hubdb: HubDb) -> None:
    """A laptop passes on what it received (the store lists it as pending for every peer): objects that
    came from the hub are acknowledged to the hub by the pull, so the next push sends only the new ones —
    not every pulled object again, each re-uploaded only to be refused as already there."""
    theirs, mine = _objects(250, tag=b"T"), _objects(3, tag=b"M")
    b = MemoryStore()
    seen = CountingTransport()
    with hubdb.client() as c:
        hub.push(MemoryStore(theirs), c)
        assert hub.pull(b, c).applied == 250  # two _changes pages
    assert b.pending_for(hubdb.url.peer) == []
    for o in mine:
        b.receive(o)  # made on this laptop since
    with hubdb.client(transport=seen) as c:
        assert hub.push(b, c).sent == 3
    uploads = [p for m, p in seen.calls if m in ("POST", "PUT")]
    assert len(uploads) == 1 and uploads[0].endswith("/_bulk_docs")
    assert not [p for m, p in seen.calls if m == "GET"]  # none had to be looked up as "maybe already there"
    docs = [d for d in hubdb.server.dump(hubdb.url.database) if not str(d["_id"]).startswith("_design/")]
    assert sorted(hub.object_ids(docs)) == sorted(o.object_id for o in theirs + mine)


def test_a_pull_acknowledges_what_the_store_already_held_too(hubdb: HubDb) -> None:
    """An object this laptop held whose push was cut before the hub's answer arrived: the hub has it, and
    the next pull says so, so the next push does not send it again."""
    objs = _objects(4)
    own = MemoryStore(objs)
    with hubdb.client() as c:
        hub.push(MemoryStore(objs), c)  # stored on the hub, but `own` never heard back
        assert len(own.pending_for(c.hub.peer)) == 4
        assert hub.pull(own, c).duplicate == 4
        assert own.pending_for(c.hub.peer) == []
        assert hub.push(own, c).sent == 0


def test_pull_does_not_download_what_the_store_already_holds(hubdb: HubDb) -> None:
    objs = _objects(10)
    seen = CountingTransport()
    with hubdb.client(transport=seen) as c:
        own = MemoryStore(objs)
        hub.push(own, c)
        got = hub.pull(own, c)
    assert got.duplicate == 10 and got.applied == 0
    assert not any(p.endswith("/_bulk_get") for _, p in seen.calls)


def test_pull_resumes_from_the_stored_checkpoint(hubdb: HubDb) -> None:
    first, second = _objects(5, tag=b"1"), _objects(7, tag=b"2")
    b = MemoryStore()
    with hubdb.client() as c:
        hub.push(MemoryStore(first), c)
        assert hub.pull(b, c).applied == 5
        mark = b.checkpoint(c.hub.peer)
        hub.push(MemoryStore(second), c)
        got = hub.pull(b, c)
    assert got.applied == 7 and got.duplicate == 0
    assert int(b.checkpoint(hubdb.url.peer)) > int(mark)


def test_a_pull_cut_mid_batch_keeps_the_checkpoint_and_the_rerun_finishes(hubdb: HubDb) -> None:
    objs = _objects(450)
    with hubdb.client() as c:
        hub.push(MemoryStore(objs), c)
    b = MemoryStore()
    cut = CountingTransport(fail_on="_bulk_get", fail_after=1)  # the second batch's download fails
    with (
        hubdb.client(transport=cut, retries=0) as c,
        pytest.raises(hub.HubError, match="could not be reached"),
    ):
        hub.pull(b, c)
    # the first page of _changes, whole (its first entry is the design document)
    assert len(b.objects) == hub.BATCH_COUNT - 1
    with hubdb.client() as c:
        got = hub.pull(b, c)
    assert got.applied == 251 and got.duplicate == 0
    assert len(b.objects) == 450


def test_cancel_stops_between_batches_and_keeps_what_was_confirmed(hubdb: HubDb) -> None:
    objs = _objects(450)
    a = MemoryStore(objs)
    steps: list[tuple[str, int, int]] = []
    with hubdb.client() as c:
        with pytest.raises(hub.HubCancelled, match="200 of 450"):
            hub.push(a, c, progress=lambda *p: steps.append(p), cancelled=lambda: len(steps) > 1)
        assert len(a.pending_for(c.hub.peer)) == 250
        assert hub.push(a, c).sent == 250
        b = MemoryStore()
        with pytest.raises(hub.HubCancelled):
            hub.pull(b, c, cancelled=lambda: len(b.objects) > 0)
        assert len(b.objects) == hub.BATCH_COUNT - 1  # one page of _changes (with the design document)
        assert b.checkpoint(c.hub.peer) != ""
        assert hub.pull(b, c).applied == 450 - (hub.BATCH_COUNT - 1)
    assert steps[:2] == [("push", 0, 450), ("push", 200, 450)]


def test_a_transient_failure_is_retried_with_backoff() -> None:
    tries: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        tries.append(request.url.path)
        if len(tries) <= 2:
            raise httpx.ConnectError("refused", request=request)
        if len(tries) == 3:
            return httpx.Response(503, json={"error": "busy"})
        return httpx.Response(200, json={"db_name": "parole", "doc_count": 0})

    slept: list[float] = []
    url = hub.parse_url("https://hub.example.org/parole")
    with hub.HubClient(
        url, hub.Credentials("s", "p"), transport=httpx.MockTransport(answer), sleep=slept.append
    ) as c:
        assert c.info()["db_name"] == "parole"
    assert slept == [0.5, 1.0, 2.0]


def test_retries_give_up_with_a_clear_message() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("slow", request=request)

    url = hub.parse_url("https://hub.example.org/parole")
    with (
        hub.HubClient(
            url, hub.Credentials("s", "p"), transport=httpx.MockTransport(answer), sleep=lambda s: None
        ) as c,
        pytest.raises(hub.HubError, match=r"could not be reached.*run the same command again"),
    ):
        c.info()


def test_wrong_password_and_missing_database_are_named(hubdb: HubDb) -> None:
    with (
        hub.HubClient(hubdb.url, hub.Credentials(hubdb.site.user, "not the password")) as c,
        pytest.raises(hub.HubError, match=r"refused.*check the hub user and password"),
    ):
        hub.push(MemoryStore(_objects(1)), c)
    other = hub.parse_url(f"{hubdb.server.url}/no-such-db")
    with (
        hub.HubClient(other, hubdb.admin) as c,
        pytest.raises(hub.HubError, match="no database 'no-such-db'"),
    ):
        hub.pull(MemoryStore(), c)


def test_a_document_of_another_shape_is_handed_to_the_store_not_dropped(pouchdb: server.PouchServer) -> None:
    # a database the org admin created by hand without `hub init`: nothing guards its documents' shape
    url = hub.parse_url(f"{pouchdb.url}/parole-unguarded")
    with pouchdb.admin() as h:
        assert h.put(f"/{url.database}").status_code == 201
        assert h.put(f"/{url.database}/odd", json={"note": "not sealed"}).status_code == 201
    b = MemoryStore()
    with hub.HubClient(url, hub.Credentials(*server.ADMIN)) as c:
        got = hub.pull(b, c)
    assert got.applied == 1
    (obj,) = b.objects.values()
    assert b'"note":"not sealed"' in obj.data


def test_init_is_idempotent_and_says_what_it_did(pouchdb: server.PouchServer) -> None:
    url = hub.parse_url(f"{pouchdb.url}/parole-init")
    with hub.HubClient(url, hub.Credentials(*server.ADMIN)) as c:
        did = hub.init_hub(c)
        assert any("created the database" in d for d in did)
        assert any("write-once design document" in d for d in did)
        assert hub.init_hub(c) == ["nothing to do: the hub was already set up"]
    # a site user cannot set up a hub (not an admin): an outdated design document stays as the admin left it
    # (no database is created by a site user here: pouchdb-server 4.2.0 crashes on a non-admin PUT /db)
    with pouchdb.admin() as h:
        design = h.get(f"/{url.database}/{hub.DESIGN_ID}").json()
        design["validate_doc_update"] = hub.VALIDATE_DOC_UPDATE + "\n"
        assert h.put(f"/{url.database}/{hub.DESIGN_ID}", json=design).status_code == 201
    with (
        hub.HubClient(url, hub.Credentials("site-one", "synthetic site password 4Kd")) as c,
        pytest.raises(hub.HubError, match="refused installing the design document"),
    ):
        hub.init_hub(c)
