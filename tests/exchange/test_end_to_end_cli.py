"""#23's done-means end to end, through the CLI only, as an organization does it: three laptops — A, the
volunteer's, B, the reviewer's, and C, another volunteer laptop of the org — each its own data folder, one
org roster listing the three devices and the reviewer. Intake on A, `bundle export` -> `bundle import` on B,
`signoff` on B, `packet -o` on B; the return leg B -> A either on the stick again or **through
pouchdb-server** (`hub init` by the org admin, `hub push` on B, `hub pull` on A, each site's credentials
from the environment, never in argv); `packet --final -o` on A (the filing built and signed on B, handed
out by A), `verify` on A passes against the roster. Then A's next bundle passes B's filing on to C, which
never met B: `verify` and `packet --final` pass there too. Through the hub, every byte pouchdb-server holds
is scanned for the synthetic names and evidence bytes. Every step is a separate `python -m parole_desktop`
process with `--data-dir` per laptop."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.services.demo import minimal_pdf
from tests.conftest import COMPLETE_CASE_KINDS, FIXTURES, PASSPHRASE
from tests.hub import server
from tests.hub.fixtures import SITE
from tests.hub.fixtures import pouchdb as pouchdb  # the session's pouchdb-server, for the hub return leg

pytestmark = pytest.mark.slow  # some forty processes, each loading the app

REVIEWER_PW = "the reviewer's own words 77"
ORG_PW = "the org admin's own key words 5"
#: the reviewer's site has its own hub user (one CouchDB user per site); A's is tests.hub.fixtures.SITE
REVIEWER_SITE_PW = "synthetic reviewer-site password 9Wm"


class Laptops:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.env = {
            **os.environ,
            "PAROLE_DESKTOP_PASSPHRASE": PASSPHRASE,
            "PAROLE_DESKTOP_REVIEWER_PASSPHRASE": REVIEWER_PW,
            "PAROLE_DESKTOP_ORG_PASSPHRASE": ORG_PW,
            "QT_QPA_PLATFORM": "offscreen",
        }
        for name in (
            "PAROLE_HUB_USER",
            "PAROLE_HUB_PASSWORD",
            "PAROLE_HUB_ADMIN_USER",
            "PAROLE_HUB_ADMIN_PASSWORD",
        ):
            self.env.pop(name, None)
        self.argvs: list[list[str]] = []
        self.outputs: list[str] = []

    def run(
        self, laptop: str | None, *args: str, ok: bool = True, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        data = ["--data-dir", str(self.tmp / laptop)] if laptop else []
        argv = [sys.executable, "-m", "parole_desktop", *data, *args]
        self.argvs.append(argv)
        got = subprocess.run(
            argv,
            env={**self.env, **(env or {})},
            cwd=self.tmp,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        self.outputs += [got.stdout, got.stderr]
        if ok:
            assert got.returncode == 0, f"{args}: rc {got.returncode}\n{got.stdout}\n{got.stderr}"
        return got


class Stick:
    """The return leg B -> A on a USB stick: each exchange is one bundle."""

    def __init__(self, pc: Laptops) -> None:
        self.pc = pc
        self.n = 0

    def back_to_a(self) -> None:
        self.n += 1
        stick = self.pc.tmp / "stick" / f"to-a-{self.n}.pdbundle"
        self.pc.run("B", "bundle", "export", "-o", str(stick), "--to", "Volunteer laptop")
        got = json.loads(self.pc.run("A", "bundle", "import", str(stick), "--json").stdout)
        assert got["quarantined"] == [] and got["waiting"] == 0 and got["applied"] >= 1, got


class Hub:
    """The return leg B -> A through pouchdb-server: B pushes with its site's user, A pulls with its own."""

    def __init__(self, pc: Laptops, pouchdb: server.PouchServer, site: tuple[str, str]) -> None:
        self.pc = pc
        self.server = pouchdb
        self.database = f"parole-e2e-{uuid.uuid4().hex[:12]}"
        self.url = f"{pouchdb.url}/{self.database}"
        reviewer_site = f"reviewer-site-{uuid.uuid4().hex[:8]}"
        pouchdb.add_site(reviewer_site, REVIEWER_SITE_PW)
        self.env = {
            "A": {"PAROLE_HUB_USER": site[0], "PAROLE_HUB_PASSWORD": site[1]},
            "B": {"PAROLE_HUB_USER": reviewer_site, "PAROLE_HUB_PASSWORD": REVIEWER_SITE_PW},
        }
        self.secrets = [site[1], REVIEWER_SITE_PW, server.ADMIN[1]]
        # the org admin, once per hub
        admin = {"PAROLE_HUB_ADMIN_USER": server.ADMIN[0], "PAROLE_HUB_ADMIN_PASSWORD": server.ADMIN[1]}
        out = pc.run(None, "hub", "init", self.url, env=admin).stdout
        assert out.startswith("Hub: "), out
        self.pushes: list[int] = []

    def push(self, laptop: str) -> int:
        out = self.pc.run(laptop, "hub", "push", self.url, env=self.env[laptop]).stdout
        sent = int(re.search(r"Sent (\d+) object\(s\) to the hub \(each confirmed stored\)\.", out).group(1))  # type: ignore[union-attr]
        self.pushes.append(sent)
        return sent

    def pull(self, laptop: str) -> dict[str, int]:
        got = json.loads(self.pc.run(laptop, "hub", "pull", self.url, "--json", env=self.env[laptop]).stdout)
        assert got["command"] == "pull"
        return {k: int(got[k]) for k in ("applied", "waiting", "duplicate", "quarantined")}

    def back_to_a(self) -> None:
        sent = self.push("B")
        assert sent > 0
        got = self.pull("A")
        assert got["quarantined"] == 0 and got["waiting"] == 0 and got["applied"] >= 1, got
        # what A pulled is on the hub already: A's next push sends none of it back
        assert self.push("A") == 0

    def stored(self) -> tuple[list[dict[str, object]], bytes]:
        """The hub database's documents, and every byte pouchdb-server holds for it or wrote (as
        tests/hub/test_plaintext_scan.py)."""
        docs = [d for d in self.server.dump(self.database) if not str(d["_id"]).startswith("_design/")]
        chunks: list[bytes] = []
        for doc in docs:
            chunks.append(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
            for att in (doc.get("_attachments") or {}).values():  # type: ignore[union-attr]
                chunks.append(base64.b64decode(att["data"]))
        for f in Path(self.server.folder).rglob("*"):
            if f.is_file():
                chunks.append(f.read_bytes())
        return docs, b"\n".join(chunks)


def _pdfsig_valid(pdf: Path) -> None:
    """Poppler's own reading of the signature (another implementation than the app's verify)."""
    sig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, check=False)
    assert "Signature Validation: Signature is Valid." in sig.stdout, sig.stdout + sig.stderr
    assert (
        "Signer Certificate Common Name: Amira Solis" in sig.stdout and "Total document signed" in sig.stdout
    )


@pytest.fixture(params=["bundle", "hub"])
def return_leg(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _words(doc: dict[str, object]) -> list[str]:
    """The synthetic names and identifiers of the case as imported on A."""
    words: list[str] = []
    for person in doc["people"]:  # type: ignore[attr-defined]
        for field in ("given_name", "family_name", "address_street", "passport_number", "email", "phone"):
            if person[field]:
                words.append(str(person[field]))
    words.append(str(doc["statement"])[:40])
    # a needle of 4 letters ("Erin") turns up by chance in megabytes of base64 ciphertext (one in ~64**4
    # positions): only needles of 8 bytes or more
    words = [w for w in words if len(w.encode("utf-8")) >= 8]
    return list(dict.fromkeys(words))


def _needles(words: list[str], evidence: list[bytes], filing: bytes) -> list[bytes]:
    """What must never show on the hub: the words (and the reviewer's name, which the filing's manifest
    holds) as UTF-8, UTF-16 and JSON, the evidence files' bytes, and slices of the signed filing."""
    out: list[bytes] = []
    for w in [*words, "Amira Solis"]:
        out += [w.encode("utf-8"), w.encode("utf-16-le"), json.dumps(w).encode("ascii")]
    for e in evidence:
        out += [e[:48], e[len(e) // 2 : len(e) // 2 + 48]]
    step = max(len(filing) // 8, 64)
    out += [filing[i : i + 64] for i in range(step, len(filing) - 64, step)]
    return out


def test_intake_on_a_review_on_b_and_the_filing_from_b_verifies_on_a_and_on_c(tmp_path, return_leg, request):
    pc = Laptops(tmp_path)
    admin = tmp_path / "admin"
    admin.mkdir()
    stick = tmp_path / "stick"
    stick.mkdir()
    key, roster = admin / "org.key", admin / "roster.json"
    # the org admin creates the org key and the roster
    out = pc.run(
        None, "org", "create", str(key), "--name", "Harbor Legal Aid", "--roster", str(roster)
    ).stdout
    fingerprint = re.search(r"Org key fingerprint: (.+)", out).group(1).strip()  # type: ignore[union-attr]
    # three laptops, each enrolled as a device; the reviewer's profile (and PDF signing key) on B
    for laptop, name in (("A", "Volunteer laptop"), ("B", "Reviewer laptop"), ("C", "Site 2 laptop")):
        pc.run(laptop, "init")
        pc.run(laptop, "device", "rename", name)
        pc.run(laptop, "device", "enrol-request", "-o", str(admin / f"{laptop}.enrolment.json"))
        pc.run(
            None,
            "roster",
            "add-device",
            str(roster),
            str(admin / f"{laptop}.enrolment.json"),
            "--org-key",
            str(key),
        )
    pc.run("B", "reviewer", "add", "Amira Solis", "--role", "attorney", "--number", "CA-1")
    pc.run("B", "reviewer", "enrol-request", "Amira Solis", "-o", str(admin / "reviewer.json"))
    pc.run(None, "roster", "add-reviewer", str(roster), str(admin / "reviewer.json"), "--org-key", str(key))
    for laptop in ("A", "B", "C"):
        pc.run(laptop, "roster", "import", str(roster), "--fingerprint", fingerprint)
    if return_leg == "hub":
        back: Stick | Hub = Hub(pc, request.getfixturevalue("pouchdb"), SITE)
    else:
        back = Stick(pc)

    # intake on A: the case and its evidence files
    doc = json.loads((FIXTURES / "cases" / "medical_uscis_complete.json").read_text(encoding="utf-8"))
    doc["evidence"] = []
    intake = tmp_path / "intake.json"
    intake.write_text(json.dumps(doc), encoding="utf-8")
    pc.run("A", "case", "import", str(intake))
    (listed,) = json.loads(pc.run("A", "cases", "--json").stdout)
    cid = str(listed["id"])
    scans = tmp_path / "scans"
    scans.mkdir()
    evidence: list[bytes] = []
    for kind in COMPLETE_CASE_KINDS:
        f = scans / f"{kind}.pdf"
        f.write_bytes(minimal_pdf([f"{kind} (synthetic) PD-E2E-{kind}"]))
        evidence.append(f.read_bytes())
        title = "Form G-1450 (card payment)" if kind == "fee_payment" else kind.replace("_", " ").capitalize()
        pc.run("A", "evidence", "add", cid, str(f), "--kind", kind, "--title", title)
    pc.run("A", "check", cid)  # ready for review: no failing check

    # A -> B on the stick; the reviewer signs off on B
    pc.run("A", "bundle", "export", "-o", str(stick / "for-reviewer.pdbundle"), "--to", "Reviewer laptop")
    pc.run("B", "bundle", "import", str(stick / "for-reviewer.pdbundle"))
    (on_b,) = json.loads(pc.run("B", "cases", "--json").stdout)
    bid = str(on_b["id"])
    warnings = pc.run("B", "signoff", bid, "--warnings").stdout
    accept = [
        a
        for line in warnings.splitlines()
        if re.fullmatch(r"\d+:\S+", line.strip())
        for a in ("--accept", f"{line.strip()}=Synthetic test case: weighed against the recorded evidence.")
    ]
    pc.run("B", "signoff", bid, "--reviewer", "Amira Solis", *accept)
    # B -> A: the sign-off; the filing is not built yet, and A says so plainly
    back.back_to_a()
    shown = pc.run("A", "signoff", cid, "--show").stdout
    assert "signed off by Amira Solis on the reviewer's own laptop" in shown and "VALID" in shown
    early = pc.run("A", "packet", cid, "--final", "-o", str(tmp_path / "too-early.pdf"), ok=False)
    assert early.returncode != 0 and not (tmp_path / "too-early.pdf").exists()
    assert (
        "the signed filing has not reached this laptop yet: the next exchange with the reviewer's laptop "
        "brings it" in " ".join((early.stdout + early.stderr).split())
    )
    # the reviewer builds the signed filing on B (her passphrase unlocks her PDF signing key there)
    built = tmp_path / "B-final.pdf"
    out = pc.run("B", "packet", bid, "-o", str(built)).stdout
    assert "Wrote signed final packet" in out and built.is_file()
    # B -> A again: the signed filing (through the hub, the one new object B sends)
    back.back_to_a()
    if isinstance(back, Hub):
        assert back.pushes[-2] == 1  # B's second push: the filing, and nothing B sent before
    kept_aside = json.loads(pc.run("A", "quarantine", "--json").stdout)
    assert kept_aside["quarantined"] == [] and kept_aside["waiting"] == [], kept_aside

    final = tmp_path / "A-final.pdf"
    out = pc.run("A", "packet", cid, "--final", "-o", str(final)).stdout
    assert "built and signed on the reviewer's laptop by Amira Solis" in out
    assert final.read_bytes() == built.read_bytes()
    checked = pc.run("A", "verify", str(final))
    assert "VERIFIED: the packet is intact and signed by a reviewer the roster lists." in checked.stdout
    assert "Reviewer: Amira Solis" in checked.stdout
    # against the roster file itself, too
    assert pc.run("A", "verify", str(final), "--roster", str(roster)).returncode == 0
    with pikepdf.open(final) as pdf:  # a real signed PDF: a signature field over the document
        assert any(f.get("/FT") == "/Sig" for f in pdf.Root.AcroForm.Fields)
    _pdfsig_valid(final)

    # A -> C on the stick: C never met B, and gets B's filing from A, relayed as B sealed it
    pc.run("A", "bundle", "export", "-o", str(stick / "for-site-2.pdbundle"), "--to", "Site 2 laptop")
    got = json.loads(pc.run("C", "bundle", "import", str(stick / "for-site-2.pdbundle"), "--json").stdout)
    assert got["quarantined"] == [] and got["waiting"] == 0, got
    kept_aside = json.loads(pc.run("C", "quarantine", "--json").stdout)
    assert kept_aside["quarantined"] == [] and kept_aside["waiting"] == [], kept_aside
    (on_c,) = json.loads(pc.run("C", "cases", "--json").stdout)
    on_c_final = tmp_path / "C-final.pdf"
    out = pc.run("C", "packet", str(on_c["id"]), "--final", "-o", str(on_c_final)).stdout
    assert "built and signed on the reviewer's laptop by Amira Solis" in out
    assert (
        hashlib.sha256(on_c_final.read_bytes()).hexdigest() == hashlib.sha256(built.read_bytes()).hexdigest()
    )
    _pdfsig_valid(on_c_final)
    checked = pc.run("C", "verify", str(on_c_final))
    assert "VERIFIED: the packet is intact and signed by a reviewer the roster lists." in checked.stdout
    assert pc.run("C", "verify", str(on_c_final), "--roster", str(roster)).returncode == 0

    if isinstance(back, Hub):
        docs, stored = back.stored()
        # the hub holds every object of this flow, once: what B pushed (A's pushes sent nothing new)
        assert len(docs) == sum(back.pushes) and back.pushes[1::2] == [0, 0], back.pushes
        words = _words(doc)
        assert len(words) >= 6 and all(
            w.encode("utf-8") in intake.read_bytes() for w in words
        )  # real needles
        assert [n for n in _needles(words, evidence, built.read_bytes()) if n in stored] == []
        # the credentials never went on a command line, into any output, or into a laptop's files
        for secret in back.secrets:
            assert not any(secret in " ".join(argv) for argv in pc.argvs)
            assert not any(secret in text for text in pc.outputs)
            for laptop in ("A", "B", "C"):
                for f in (tmp_path / laptop).rglob("*"):
                    assert not f.is_file() or secret.encode() not in f.read_bytes(), f
