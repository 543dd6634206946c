"""What the hub stores holds no plaintext (#23 done-means): every byte pouchdb-server holds for the hub
database (each document with its attachments, dumped through the admin API) and every file it wrote
(config, log) is scanned for the synthetic names and the evidence bytes that were sealed and pushed. The
same scan of an object pushed unsealed finds them, so the scan is shown to work."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from parole_desktop.exchange import hub
from parole_desktop.exchange.objects import SealedObject
from tests.exchange.memstore import MemoryStore
from tests.hub import sealing
from tests.hub.fixtures import HubDb

NAMES = ["Farishta Rahimi", "فرشته رحیمی", "Оксана Ковальчук", "Wilnerson Désir"]
EVIDENCE = b"%PDF-1.4 synthetic passport scan PD-EVIDENCE-7f3a9c " * 40


def _needles() -> list[bytes]:
    out: list[bytes] = [EVIDENCE[:48], EVIDENCE[100:160]]
    for n in NAMES:
        out += [n.encode("utf-8"), n.encode("utf-16-le"), json.dumps(n).encode("ascii")]
        out.append(base64.b64encode(n.encode("utf-8"))[:12])
    return out


def _stored_bytes(h: HubDb) -> bytes:
    chunks: list[bytes] = []
    for doc in h.server.dump(h.url.database):
        chunks.append(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
        for att in (doc.get("_attachments") or {}).values():  # type: ignore[union-attr]
            chunks.append(base64.b64decode(att["data"]))
    for f in Path(h.server.folder).rglob("*"):
        if f.is_file():
            chunks.append(f.read_bytes())
    return b"\n".join(chunks)


def _found(blob: bytes) -> list[bytes]:
    return [n for n in _needles() if n in blob]


def test_the_hub_holds_no_synthetic_name_or_evidence_byte(hubdb: HubDb) -> None:
    revision = json.dumps(
        {"changes": {f"person.p{i}.name": n for i, n in enumerate(NAMES)}}, ensure_ascii=False
    )
    objs = [
        *sealing.sealed([revision.encode("utf-8")], context="revision"),
        *sealing.sealed([EVIDENCE], context="evidence"),
    ]
    with hubdb.client() as c:
        assert hub.push(MemoryStore(objs), c).sent == 2
        assert hub.pull(MemoryStore(), c).applied == 2
    stored = _stored_bytes(hubdb)
    assert all(o.data in stored for o in objs)  # the dump really holds what was pushed
    assert _found(stored) == []


def test_the_scan_finds_plaintext_when_there_is_some(hubdb: HubDb) -> None:
    unsealed = SealedObject(("\n".join(NAMES)).encode("utf-8") + EVIDENCE)
    with hubdb.client() as c:
        hub.push(MemoryStore([unsealed]), c)
    found = _found(_stored_bytes(hubdb))
    assert EVIDENCE[:48] in found and "Оксана Ковальчук".encode() in found
