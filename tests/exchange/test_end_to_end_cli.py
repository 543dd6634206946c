"""#23's done-means end to end, through the CLI only, as an organization does it (bundles on a stick as the
transport; the hub leg is added when the hub branch is merged): two laptops — A, the volunteer's, and B,
the reviewer's — each its own data folder, one org roster listing both devices and the reviewer. Intake on
A, `bundle export` -> `bundle import` on B, `signoff` on B, `packet -o` on B, a bundle back to A,
`packet --final -o` on A (the filing built and signed on B, handed out by A), `verify` on A passes against
the roster. Every step is a separate `python -m parole_desktop` process with `--data-dir` per laptop."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from parole_desktop.services.demo import minimal_pdf
from tests.conftest import COMPLETE_CASE_KINDS, FIXTURES, PASSPHRASE

pytestmark = pytest.mark.slow  # some thirty processes, each loading the app

REVIEWER_PW = "the reviewer's own words 77"
ORG_PW = "the org admin's own key words 5"


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

    def run(self, laptop: str | None, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        data = ["--data-dir", str(self.tmp / laptop)] if laptop else []
        got = subprocess.run(
            [sys.executable, "-m", "parole_desktop", *data, *args],
            env=self.env,
            cwd=self.tmp,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if ok:
            assert got.returncode == 0, f"{args}: rc {got.returncode}\n{got.stdout}\n{got.stderr}"
        return got


def test_intake_on_a_review_on_b_and_the_filing_from_b_verifies_on_a(tmp_path):
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
    # two laptops, each enrolled as a device; the reviewer's profile (and PDF signing key) on B
    for laptop, name in (("A", "Volunteer laptop"), ("B", "Reviewer laptop")):
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
    for laptop in ("A", "B"):
        pc.run(laptop, "roster", "import", str(roster), "--fingerprint", fingerprint)

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
    for kind in COMPLETE_CASE_KINDS:
        f = scans / f"{kind}.pdf"
        f.write_bytes(minimal_pdf([f"{kind} (synthetic)"]))
        title = "Form G-1450 (card payment)" if kind == "fee_payment" else kind.replace("_", " ").capitalize()
        pc.run("A", "evidence", "add", cid, str(f), "--kind", kind, "--title", title)
    pc.run("A", "check", cid)  # ready for review: no failing check

    # A -> B on the stick; the reviewer signs off and builds the filing on B
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
    # B -> A on the stick: the sign-off; the filing is not built yet, and A says so plainly
    pc.run("B", "bundle", "export", "-o", str(stick / "signoff.pdbundle"), "--to", "Volunteer laptop")
    pc.run("A", "bundle", "import", str(stick / "signoff.pdbundle"))
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
    # B -> A on the stick again: the signed filing
    pc.run("B", "bundle", "export", "-o", str(stick / "filing.pdbundle"), "--to", "Volunteer laptop")
    pc.run("A", "bundle", "import", str(stick / "filing.pdbundle"))
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
