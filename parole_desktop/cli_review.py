"""CLI commands for readiness checks, rules packs, reviewers, sign-off, packets and verification."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from parole_desktop import cli
from parole_desktop.cli import REVIEWER_PASS_ENV, _out_json, _session, command, secret
from parole_desktop.paths import AppPaths


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    c = sub.add_parser("check", help="readiness checks of a case (exit 0 when ready for review)")
    c.add_argument("case_id", type=int)
    c.add_argument("--json", action="store_true")
    c.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    r = sub.add_parser("rules", help="the rules pack")
    rsub = r.add_subparsers(dest="rules_cmd", required=True)
    rsub.add_parser("show")
    rsub.add_parser("import").add_argument("file")
    rv = sub.add_parser("reviewer", help="reviewer profiles")
    rvsub = rv.add_subparsers(dest="reviewer_cmd", required=True)
    add = rvsub.add_parser("add")
    add.add_argument("name")
    add.add_argument("--role", choices=["attorney", "accredited_representative", "supervisor"], required=True)
    add.add_argument("--number", default="", help="bar number or accreditation id")
    add.add_argument("--organization", default="")
    rvsub.add_parser("list")
    so = sub.add_parser("signoff", help="reviewer sign-off (needs zero failing checks)")
    so.add_argument("case_id", type=int)
    so.add_argument("--reviewer", required=True)
    p = sub.add_parser("packet", help="build the request packet PDF")
    p.add_argument("case_id", type=int)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--draft", action="store_true")
    v = sub.add_parser("verify", help="verify an exported packet (exit 0 only if intact and signed)")
    v.add_argument("file")
    v.add_argument("--no-vault", action="store_true", help="check the PDF alone, without opening the vault")


@command("check")
def cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.checks import run_checks

    with _session(args, paths) as s:
        res = run_checks(s, args.case_id, today=args.today)
    if args.json:
        _out_json({
            "case_id": res.case_id, "ready": res.ready,
            "pack": {"id": res.pack_id, "version": res.pack_version, "as_of": res.pack_as_of.isoformat()},
            "findings": [
                {"id": f.rule_id, "severity": str(f.severity), "message": f.message, "field": f.field,
                 "citation": f.citation, "verify": f.verify}
                for f in res.findings
            ],
        })
    else:
        print(f"Case {res.case_id}: {'READY for review' if res.ready else 'NOT ready'} "
              f"(rules pack {res.pack_id} {res.pack_version}, as of {res.pack_as_of})")
        for f in res.findings:
            print(f"  [{f.severity}] {f.rule_id}: {f.message}  ({f.citation})")
        print("Checks say what is missing; they are not legal advice. The reviewer decides.")
    return 0 if res.ready else 1


@command("rules")
def cmd_rules(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.rules_cmd == "import":
        from parole_desktop.services.checks import import_pack

        with _session(args, paths) as s:
            pack = import_pack(s, Path(args.file))
        print(f"Imported rules pack {pack.id} {pack.version} (as of {pack.as_of}).")
        return 0
    from parole_desktop.rules import load_pack

    pack = load_pack()
    print(f"Rules pack {pack.id} {pack.version} · {pack.jurisdiction} · as of {pack.as_of}")
    print("Sources:")
    for src in pack.sources.values():
        print(f"  {src.id} [{src.reliability}] {src.title} ({src.stated_date}) {src.url}")
    for line in pack.tables_text():
        print(line)
    print("Verify before filing:")
    for item in pack.verify_items():
        print(f"  - {item.label}: {item.value} (source {item.source}, as of {item.as_of})")
    return 0


@command("reviewer")
def cmd_reviewer(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services import signoff

    with _session(args, paths) as s:
        if args.reviewer_cmd == "add":
            pw = secret(REVIEWER_PASS_ENV, "Reviewer's own passphrase: ", confirm=True)
            prof = signoff.create_reviewer(s, args.name, args.role, pw, number=args.number,
                                           organization=args.organization)
            print(f"Created reviewer {prof.id}: {prof.name} ({prof.role})")
        else:
            for prof in signoff.reviewers(s):
                print(f"{prof.id:>4}  {prof.name}  {prof.role}  {prof.number}  {prof.organization}")
    return 0


@command("signoff")
def cmd_signoff(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services import signoff

    with _session(args, paths) as s:
        prof = signoff.reviewer_by_name(s, args.reviewer)
        res = signoff.sign_off(s, args.case_id, int(prof.id or 0), secret(REVIEWER_PASS_ENV, "Reviewer passphrase: "))
    print(f"Signed off by {prof.name}: case(s) {', '.join(str(x.case_id) for x in res.signoffs)}; "
          f"manifest fingerprint {res.fingerprint}")
    return 0


@command("packet")
def cmd_packet(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.packets import export_packet

    with _session(args, paths) as s:
        pw = None if args.draft else secret(REVIEWER_PASS_ENV, "Reviewer passphrase: ")
        res = export_packet(s, args.case_id, Path(args.output), draft=args.draft, reviewer_passphrase=pw)
    kind = "draft" if args.draft else "signed final"
    print(f"Wrote {kind} packet {res.path}: {res.pages} pages, {len(res.exhibits)} exhibits, sha256 {res.sha256}")
    return 0


@command("verify")
def cmd_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.packets import verify_packet_file
    from parole_desktop.services.session import vault_exists

    if args.no_vault or not vault_exists(paths):
        res = verify_packet_file(Path(args.file))
    else:
        with _session(args, paths) as s:
            res = verify_packet_file(Path(args.file), s)
    print(f"Signer: {res.signer or '-'}")
    print(f"Signed at: {res.signed_at or '-'}")
    print(f"Rules pack: {res.pack or '-'}")
    if res.fingerprint:
        print(f"Manifest fingerprint: {res.fingerprint}")
    for note in res.notes:
        print(f"Note: {note}.")
    if not res.trusted and res.ok:
        print("Note: the signing certificate is the reviewer's own offline ID (not from a public authority).")
    if res.ok:
        print("VERIFIED: the packet is intact and matches the reviewer's sign-off.")
        return 0
    print("NOT VERIFIED:", file=sys.stderr)
    for p in res.problems:
        print(f"  - {p}", file=sys.stderr)
    return 1


cli._EXTENSIONS.append(register)
__all__ = ["register"]
