"""``--self-test``: the whole workflow, headless, on a throw-away vault in the data folder.

Runs in the frozen bundles after every build and on a volunteer's laptop when something looks wrong:
create a vault, add cases (one with an Arabic-script name) and evidence, search, run the checks, create
a reviewer, sign off, build and verify a final packet, back up, restore and verify the audit log.
Prints one line per step; exit status 0 when every step passed, 1 otherwise (the failing step is named).

Uses the services only (no Qt), so it works on a machine without a display.
"""

from __future__ import annotations

import io
import logging
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from parole_desktop import APP_NAME, __version__
from parole_desktop.logsetup import setup_logging
from parole_desktop.paths import AppPaths, resolve_paths, resource
from parole_desktop.startup import prepare_data_folder, use_private_temp

log = logging.getLogger(__name__)

VAULT_PASSPHRASE = "self-test vault passphrase"
REVIEWER_PASSPHRASE = "self-test reviewer passphrase"
# Synthetic names (invented). Stored with Farsi yeh/keheh, searched with the Arabic letters and back.
ARABIC_GIVEN, ARABIC_FAMILY = "فرشته", "رحیمی"
ARABIC_QUERY = "رحيمي"  # Arabic yeh (U+064A) where the stored name has Farsi yeh (U+06CC)
DEMO_CASES = 3


# ---------------------------------------------------------------------------- the self-test
class StepFailed(Exception):
    pass


def start_selftest(data_dir: str | None, *, verbose: bool = False) -> int:
    """``--self-test`` of either executable (GUI or CLI): the data folder (a clear message and exit 2 when it
    cannot be written), the portable private temp folder, the log file, then :func:`run_selftest`."""
    paths = resolve_paths(data_dir)
    problem = prepare_data_folder(paths)
    if problem:
        if sys.stderr is not None:  # windowed Windows builds have no stderr
            sys.stderr.write(f"error: {problem}\n")
        return 2
    use_private_temp(paths)
    setup_logging(paths.logs, verbose=verbose, stderr=False)
    return run_selftest(paths)


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def _jpeg(text: str) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (850, 1100), (245, 243, 236))
    d = ImageDraw.Draw(im)
    d.rectangle((30, 30, 820, 1070), outline=(30, 60, 120), width=6)
    for y in range(120, 1000, 40):
        d.line((70, y, 760, y), fill=(90, 90, 110), width=4)
    d.text((70, 60), text, fill=(0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def run_selftest(paths: AppPaths, out: TextIO | None = None, *, keep: bool = False) -> int:
    """Run every step in a fresh ``self-test-*`` folder inside the data folder (removed afterwards unless
    ``keep`` or a step failed). Returns the exit status."""
    stream: TextIO = out or sys.stdout or io.StringIO()  # windowed Windows builds have no stdout

    def say(line: str) -> None:
        log.info("self-test: %s", line)
        try:
            stream.write(line + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass

    problem = prepare_data_folder(paths)
    if problem:
        say(f"FAIL data folder: {problem}")
        return 1
    frozen = bool(getattr(sys, "frozen", False))
    say(
        f"{APP_NAME} {__version__} self-test ({'frozen' if frozen else 'from source'}, "
        f"{'portable' if paths.portable else 'installed'}; data in {paths.data})"
    )
    work = Path(tempfile.mkdtemp(prefix="self-test-", dir=paths.data))
    st = AppPaths(work / "data")
    state: dict[str, Any] = {}
    started = time.perf_counter()
    steps = _steps(st, work, state)
    failed = ""
    try:
        for name, fn in steps:
            t0 = time.perf_counter()
            try:
                detail = fn()
            except Exception as exc:
                failed = name
                say(f"FAIL {name}: {exc.__class__.__name__}: {exc}")
                log.error("self-test step %s failed\n%s", name, traceback.format_exc())
                break
            say(f"ok   {name}: {detail} ({time.perf_counter() - t0:.2f} s)")
    finally:
        session = state.get("session")
        if session is not None and not session.closed:
            session.close()
    total = time.perf_counter() - started
    if failed:
        say(f"self-test FAILED at step “{failed}” after {total:.1f} s; files kept in {work}")
        return 1
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    say(f"self-test passed: {len(steps)} steps in {total:.1f} s")
    return 0


def _steps(st: AppPaths, work: Path, state: dict[str, Any]) -> list[tuple[str, Callable[[], str]]]:
    from parole_desktop.services import demo, signoff, signoff_state
    from parole_desktop.services.checks import attach_checks, run_checks
    from parole_desktop.services.packets import export_packet, verify_packet_file
    from parole_desktop.services.session import create_vault, open_vault, restore_backup

    def resources() -> str:
        needed = [
            resource("fonts", "NotoNaskhArabic-Regular.ttf"),
            resource("fonts", "NotoSans-Regular.ttf"),
            resource("fonts", "Vazirmatn-Regular.ttf"),  # the Dari and Pashto interface font
            resource("rules", "pack.json"),
            resource("rules", "publisher_keys.json"),
            resource("schema", "case.schema.json"),
        ]
        missing = [str(p) for p in needed if not p.is_file()]
        _check(not missing, f"missing resources: {', '.join(missing)}")
        from parole_desktop.rules import load_pack, load_trusted_keys

        pack = load_pack()  # refused unless it is the pack pinned in the code (rules/pinned.py)
        keys = load_trusted_keys()  # likewise the publisher key list
        from parole_desktop import l10n

        shown = l10n.current_language()
        try:  # the core's compiled catalogs are in the build (packaging/i18n.py build made them)
            l10n.set_language("es")
            spanish = l10n._("Vault passphrase: ")
        finally:
            l10n.set_language(shown)
        _check(spanish != "Vault passphrase: ", "the core's translation catalogs (.mo) are missing")
        return (
            f"rules pack {pack.id} {pack.version} (SHA-256 {pack.sha256[:16]}…, pinned), "
            f"{len(keys)} pinned publisher key(s), fonts present, core catalogs load"
        )

    def vault() -> str:
        st.ensure()
        session, recovery = create_vault(st, VAULT_PASSPHRASE, actor="self-test")
        attach_checks(session)
        state["session"] = session
        _check(len(recovery) > 20, "no recovery key")
        return f"created in {st.vault.name}/"

    def child() -> str:
        from parole_desktop.services.preview import confinement_check

        applied, tried = confinement_check([st.vault / "vault.keys"])
        _check(tried.get("write") == "ok", f"the child cannot write in its own folder: {tried.get('write')}")
        done = [
            part for part in ("filesystem", "network", "syscalls") if not applied[part].startswith("none")
        ]
        if "filesystem" in done:
            _check(set(tried["read"].values()) == {"EACCES"}, "the confined child read the vault's key file")
        if "syscalls" in done:
            _check(tried.get("exec") != "ok", "the confined child started a program")
        missing = [part for part in ("filesystem", "network", "syscalls") if part not in done]
        line = f"confined: {', '.join(done) or 'nothing'} ({applied.get('ms', '?')} ms)"
        if missing:
            line += f"; not offered by this system: {', '.join(missing)}"
        if "filesystem" in done:
            line += "; the vault's key file is out of its reach"
        return line

    def demo_cases() -> str:
        ids = demo.populate(state["session"], DEMO_CASES)
        _check(len(ids) == DEMO_CASES, f"{len(ids)} demo cases")
        return f"{len(ids)} synthetic cases with evidence"

    def arabic_case() -> str:
        s = state["session"]
        case = s.new_case(ARABIC_GIVEN, ARABIC_FAMILY + " آزمون")
        cid = int(case.id or 0)
        s.add_evidence_bytes(
            cid,
            _jpeg("Passport bio page (synthetic, self-test)"),
            "passport.jpg",
            kind="identity_document",
            title="Passport bio page",
        )
        s.add_evidence_bytes(
            cid,
            demo.minimal_pdf(["Letter (synthetic, self-test)"]),
            "letter.pdf",
            kind="other",
            title="Letter",
            language="fa",
        )
        loaded = s.load_case(cid)
        _check(len(loaded.evidence) == 2, f"{len(loaded.evidence)} evidence items stored")
        for ev in loaded.evidence:
            _check(len(s.read_evidence(ev)) == ev.size, f"evidence {ev.id} does not read back")
        state["arabic_id"] = cid
        return f"case {cid} “{loaded.beneficiary_name}”, 2 evidence files (JPEG, PDF) read back"

    def search() -> str:
        s = state["session"]
        hits = {r.id for r in s.search(ARABIC_QUERY)}
        _check(
            state["arabic_id"] in hits, f"Arabic-yeh query {ARABIC_QUERY!r} did not find the Farsi-yeh name"
        )
        hits2 = {r.id for r in s.search(ARABIC_FAMILY)}
        _check(state["arabic_id"] in hits2, "Farsi-yeh query did not find the case")
        cyrillic = s.search("оксана")  # demo case 3, stored capitalised
        _check(bool(cyrillic), "case-folded Cyrillic search found nothing")
        return f"ي/ی folded ({len(hits)} hit(s)); Cyrillic case-folded search {len(cyrillic)} hit(s)"

    def checks() -> str:
        s = state["session"]
        res = run_checks(s, state["arabic_id"])
        _check(bool(res.findings), "no findings for an incomplete case")
        rows = s.list_cases(order_by="id", descending=False, limit=100)
        ready = [r for r in rows if r.status == "ready_for_review" and r.family_group_id is None]
        _check(
            bool(ready),
            "no demo case is ready for review: " + ", ".join(f"{r.id}:{r.readiness}" for r in rows),
        )
        res2 = run_checks(s, int(ready[0].id))
        _check(res2.ready, f"case {ready[0].id} not ready: {res2.summary}")
        state["ready_id"] = int(ready[0].id)
        return (
            f"incomplete case: {res.summary}; case {ready[0].id}: {res2.summary} (pack {res2.pack_version})"
        )

    def reviewer() -> str:
        from parole_desktop.services import roster

        s = state["session"]
        prof = signoff.create_reviewer(
            s,
            "Self-Test Reviewer",
            "attorney",
            REVIEWER_PASSPHRASE,
            number="ST-0001",
            organization="Self-test",
        )
        state["reviewer_id"] = int(prof.id or 0)
        # the throw-away vault's own organization (in memory only), listing the reviewer
        org = roster.new_org_key("Self-test organization (throw-away)")
        r = roster.enrol_and_pin(
            s.vault,
            org,
            [signoff.reviewer_enrolment(s, int(prof.id or 0), REVIEWER_PASSPHRASE)],
            actor="self-test",
        )
        member, why = signoff.reviewer_trust(s, prof)
        _check(member is not None and not why, f"reviewer not trusted: {why}")
        return f"reviewer {prof.id} with Ed25519 key and PDF signing identity, listed in roster v{r.version}"

    def sign() -> str:
        s = state["session"]
        pending = signoff.pending_warnings(s, state["ready_id"])
        reasons = {
            f"{p.case_id}:{p.rule_id}": f"Self-test synthetic case, weighed: {p.messages[0]}" for p in pending
        }
        res = signoff.sign_off(
            s, state["ready_id"], state["reviewer_id"], REVIEWER_PASSPHRASE, accepted_warnings=reasons
        )
        _check(
            len(signoff_state.accepted_warnings(res.signoffs[0])) == len(pending),
            "accepted warnings not recorded",
        )
        return f"case {state['ready_id']} signed ({len(pending)} warning(s) accepted), manifest {res.fingerprint[:16]}…"

    def packet() -> str:
        dest = work / "packet.pdf"
        res = export_packet(
            state["session"], state["ready_id"], dest, draft=False, reviewer_passphrase=REVIEWER_PASSPHRASE
        )
        state["packet"] = res.path
        return f"{res.pages} pages, {len(res.exhibits)} exhibits, {Path(res.path).stat().st_size // 1024} KiB"

    def verify() -> str:
        res = verify_packet_file(state["packet"], state["session"])
        _check(res.ok, "; ".join(res.problems) or "not verified")
        return f"signature and manifest intact (signer {res.signer})"

    def backup() -> str:
        rep = state["session"].backup(work / "vault.pdbk")
        state["counts"] = dict(rep.counts)
        return f"{rep.size // 1024} KiB, {rep.counts.get('cases')} cases, {rep.attachments} attachments"

    def restore() -> str:
        state["session"].close()
        restore_backup(st, work / "vault.pdbk", VAULT_PASSPHRASE)
        s = open_vault(st, VAULT_PASSPHRASE, actor="self-test")
        attach_checks(s)
        state["session"] = s
        n = s.count_cases()
        _check(n == state["counts"].get("cases"), f"{n} cases after restore")
        _check(state["arabic_id"] in {r.id for r in s.search(ARABIC_QUERY)}, "restored vault: search failed")
        res = verify_packet_file(state["packet"], s)
        _check(res.ok, "packet does not verify against the restored vault: " + "; ".join(res.problems))
        return f"{n} cases back, search and packet verify against the restored vault"

    def audit() -> str:
        rep = state["session"].audit_verify()
        _check(rep.ok, "; ".join(rep.problems))
        state["session"].close()
        return f"{rep.entries} entries, hash chain intact"

    return [
        ("resources", resources),
        ("create vault", vault),
        ("file-reading child", child),
        ("demo cases", demo_cases),
        ("Arabic-script case + evidence", arabic_case),
        ("search", search),
        ("checks", checks),
        ("reviewer", reviewer),
        ("sign-off", sign),
        ("final packet", packet),
        ("verify packet", verify),
        ("backup", backup),
        ("restore", restore),
        ("audit log", audit),
    ]
