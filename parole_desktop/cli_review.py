"""CLI commands for readiness checks, rules packs, reviewers, sign-off, packets and verification."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from parole_desktop import cli
from parole_desktop.cli import REVIEWER_PASS_ENV, _out_json, _session, command, secret
from parole_desktop.errors import UserError
from parole_desktop.paths import AppPaths
from parole_desktop.services import roster
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.roster import key_fingerprint

ORG_PASS_ENV = "PAROLE_DESKTOP_ORG_PASSPHRASE"


def _accept_arg(text: str) -> tuple[str, str]:
    rule, sep, reason = text.partition("=")
    if not sep or not rule.strip():
        raise argparse.ArgumentTypeError("use RULE=REASON (or CASE:RULE=REASON)")
    return rule.strip(), reason.strip()


def register(sub: argparse._SubParsersAction) -> None:
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
    er = rvsub.add_parser("enrol-request", help="write the reviewer's public enrolment for the org admin")
    er.add_argument("name")
    er.add_argument("-o", "--output", required=True)
    org = sub.add_parser("org", help="the organization key (kept by the org admin, outside any vault)")
    orgsub = org.add_subparsers(dest="org_cmd", required=True)
    oc = orgsub.add_parser("create", help="create an org key file and an empty signed roster")
    oc.add_argument("key_file")
    oc.add_argument("--name", required=True, help="the organization's name (a solo attorney: their own)")
    oc.add_argument("--roster", required=True, help="where to write the roster (version 1, no reviewers)")
    ro = sub.add_parser("roster", help="the organization's signed trust roster")
    rosub = ro.add_subparsers(dest="roster_cmd", required=True)
    rs = rosub.add_parser("show", help="a roster file, or the one pinned in the vault")
    rs.add_argument("file", nargs="?")
    ra = rosub.add_parser("add-reviewer", help="list a reviewer (signs a new version with the org key)")
    ra.add_argument("file")
    ra.add_argument("enrolment")
    ra.add_argument("--org-key", required=True)
    ra.add_argument("--valid-from", type=dt.date.fromisoformat)
    ra.add_argument("--valid-until", type=dt.date.fromisoformat)
    rr = rosub.add_parser("revoke", help="revoke a reviewer (by name or key fingerprint)")
    rr.add_argument("file")
    rr.add_argument("who")
    rr.add_argument("--reason", required=True)
    rr.add_argument("--org-key", required=True)
    ri = rosub.add_parser("import", help="pin the roster into the vault (first time) or take a newer version")
    ri.add_argument("file")
    ri.add_argument("--fingerprint", default="",
                    help="the org fingerprint the admin told you out of band (needed the first time)")
    so = sub.add_parser("signoff", help="reviewer sign-off (needs zero failing checks, a reason per warning)")
    so.add_argument("case_id", type=int)
    so.add_argument("--reviewer")
    so.add_argument("--accept", action="append", type=_accept_arg, default=[], metavar="RULE=REASON",
                    help="accept a warning, with why it is acceptable (repeat for each warning)")
    so.add_argument("--warnings", action="store_true", help="list the warnings to accept, sign nothing")
    so.add_argument("--show", action="store_true", help="show the current sign-off, sign nothing")
    k = sub.add_parser("keys", help="when a passphrase or an old key file may be known to someone")
    ksub = k.add_subparsers(dest="keys_cmd", required=True)
    ksub.add_parser("rotate", help="new master key: database re-keyed, every file re-encrypted (resumable)")
    ksub.add_parser("new-recovery", help="a new recovery key (the old one stops working)")
    p = sub.add_parser("packet", help="build the filing packet PDF (or, with --review-record, the review record)")
    p.add_argument("case_id", type=int)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--draft", action="store_true")
    p.add_argument("--review-record", action="store_true",
                   help="the internal review record (findings, accepted warnings, wet signatures, checklists); "
                        "never filed, not signed")
    v = sub.add_parser("verify", help="verify an exported packet (exit 0 only if intact and signed)")
    v.add_argument("file")
    v.add_argument("--no-vault", action="store_true", help="check the PDF alone, without opening the vault")
    v.add_argument("--roster", help="the organization's roster file (else the one pinned in the vault)")


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
            print("Before they can sign off, the org admin lists them in the roster: "
                  f"`parole-desktop reviewer enrol-request \"{prof.name}\" -o FILE`.")
        elif args.reviewer_cmd == "enrol-request":
            prof = signoff.reviewer_by_name(s, args.name)
            entry = signoff.reviewer_enrolment(s, int(prof.id or 0),
                                               secret(REVIEWER_PASS_ENV, "Reviewer's own passphrase: "))
            out = Path(args.output).expanduser()
            if out.exists():
                raise UserError(f"{out} already exists.")
            out.write_text(entry.to_json(), encoding="utf-8")
            print(f"Wrote the enrolment of {entry.name} to {out}")
            print(f"Key fingerprint: {short_fingerprint(key_fingerprint(entry.public_key))}")
            print("Give the file to the org admin; read this fingerprint to them by phone or in person.")
        else:
            for prof in signoff.reviewers(s):
                member, why = signoff.reviewer_trust(s, prof)
                state = "may sign" if member and not why else f"cannot sign: {why}"
                print(f"{prof.id:>4}  {prof.name}  {prof.role}  {prof.number}  key "
                      f"{short_fingerprint(key_fingerprint(prof.public_key.hex()))}  ({state})")
    return 0


def _print_roster(r: roster.Roster, where: str) -> None:
    print(f"Roster of {r.org_name}{' (DEMO organization)' if r.demo else ''} · version {r.version} · "
          f"issued {r.issued_at} · {where}")
    print(f"Org key fingerprint: {r.org_fingerprint_short}")
    for m in r.members:
        state = (f"revoked {m.revoked_at}: {m.revoked_reason}" if m.revoked_at else
                 f"valid {m.valid_from} to {m.valid_until or 'open'}")
        print(f"  {m.kind} {m.name} · {m.role} {m.number} · key {short_fingerprint(m.key_fingerprint)} · {state}")


@command("org")
def cmd_org(args: argparse.Namespace, paths: AppPaths) -> int:
    pw = secret(ORG_PASS_ENV, "New org key passphrase: ", confirm=True)
    out = Path(args.roster).expanduser()
    if out.exists():
        raise UserError(f"{out} already exists.")
    org = roster.create_org_key(Path(args.key_file), args.name, pw)
    r = roster.new_roster(org)
    roster.write_roster_file(out, r)
    print(f"Created the org key {args.key_file} for {org.name} and roster {out} (version 1, no reviewers).")
    print(f"Org key fingerprint: {r.org_fingerprint_short}")
    print("Keep the org key on your own medium, never in a vault. Give this fingerprint to every vault "
          "that will trust your roster (they type it when they import the roster).")
    return 0


@command("roster")
def cmd_roster(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.roster_cmd == "show":
        if args.file:
            _print_roster(roster.load_roster_file(Path(args.file)), str(args.file))
            return 0
        with _session(args, paths) as s:
            r = roster.pinned_roster(s.vault)
        if r is None:
            print("No trust roster is pinned in this vault.")
            return 1
        _print_roster(r, "pinned in this vault")
        return 0
    if args.roster_cmd in ("add-reviewer", "revoke"):
        current = roster.load_roster_file(Path(args.file))
        org = roster.load_org_key(Path(args.org_key), secret(ORG_PASS_ENV, "Org key passphrase: "))
        if args.roster_cmd == "add-reviewer":
            entry = roster.Enrolment.from_json(Path(args.enrolment).read_bytes())
            new = roster.add_reviewer(org, current, entry, valid_from=args.valid_from, valid_until=args.valid_until)
            what = f"listed {entry.name} (key {short_fingerprint(key_fingerprint(entry.public_key))})"
        else:
            new = roster.revoke(org, current, args.who, args.reason)
            what = f"revoked {args.who}"
        roster.write_roster_file(Path(args.file), new)
        print(f"Roster version {new.version}: {what}. Import it into each vault with `roster import`.")
        return 0
    r = roster.load_roster_file(Path(args.file))
    with _session(args, paths) as s:
        first = roster.pinned_roster(s.vault) is None
        if first and not args.fingerprint:
            raise UserError("This vault trusts no organization yet. Ask the org admin for their org key "
                            "fingerprint (by phone or in person) and pass it with --fingerprint.")
        roster.import_roster(s.vault, r, actor=args.actor, expected_fingerprint=args.fingerprint)
    print(f"{'Pinned' if first else 'Updated to'} the roster of {r.org_name}, version {r.version} "
          f"(org fingerprint {r.org_fingerprint_short}); {len(r.reviewers())} reviewer(s) listed.")
    return 0


@command("signoff")
def cmd_signoff(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services import signoff, signoff_state

    with _session(args, paths) as s:
        if args.show:
            so = signoff_state.current_signoff(s, args.case_id)
            if so is None:
                print(f"Case {args.case_id} is not signed off.")
                return 1
            problem = signoff_state.signoff_problem(s, s.load_case(args.case_id), so)
            by = json.loads(so.manifest_json).get("reviewer", {})
            print(f"Case {args.case_id} signed off by {by.get('name', '?')} on {so.signed_at.isoformat()} "
                  f"(rules pack {so.pack_id} {so.pack_version}): {'VALID' if not problem else 'NOT valid: ' + problem}")
            for a in signoff_state.accepted_warnings(so):
                print(f"  accepted warning {a.rule_id} (case {a.case_id}): {a.reason}")
                for m in a.messages:
                    print(f"      {m}")
            return 0 if not problem else 1
        if args.warnings:
            pending = signoff.pending_warnings(s, args.case_id)
            for p in pending:
                print(f"{p.case_id}:{p.rule_id}")
                for m in p.messages:
                    print(f"    {m}")
            if not pending:
                print("No warnings to accept.")
            return 0
        if not args.reviewer:
            raise UserError("Name the reviewer with --reviewer.")
        prof = signoff.reviewer_by_name(s, args.reviewer)
        res = signoff.sign_off(s, args.case_id, int(prof.id or 0), secret(REVIEWER_PASS_ENV, "Reviewer passphrase: "),
                               accepted_warnings=dict(args.accept))
    print(f"Signed off by {prof.name}: case(s) {', '.join(str(x.case_id) for x in res.signoffs)}; "
          f"manifest fingerprint {res.fingerprint}")
    for a in signoff_state.accepted_warnings(res.signoffs[0]):
        print(f"  accepted warning {a.rule_id} (case {a.case_id}): {a.reason}")
    return 0


@command("keys")
def cmd_keys(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.cli import PASS_ENV

    with _session(args, paths) as s:
        if args.keys_cmd == "new-recovery":
            key = s.vault.rotate_recovery_key(actor=args.actor)
        else:
            if s.vault.rotation_pending:
                s.vault.continue_key_rotation(actor=args.actor)
                print("Finished the key rotation that was under way.")
                return 0
            key = s.vault.start_key_rotation(secret(PASS_ENV, "Vault passphrase (again): "), actor=args.actor)
            print("The database is re-keyed. New recovery key (write it down now; the old one no longer works):")
            print(f"    {key}", flush=True)
            n = s.vault.continue_key_rotation(actor=args.actor)
            print(f"Re-encrypted {n} file(s). Old key files and old recovery keys no longer open this vault; "
                  "make a new backup (older backups keep their old keys).")
            return 0
    print("New recovery key (write it down and keep it apart from the laptop; the old one no longer works):")
    print(f"    {key}")
    return 0


@command("packet")
def cmd_packet(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.packets import export_packet

    review = bool(getattr(args, "review_record", False))
    with _session(args, paths) as s:
        pw = None if args.draft or review else secret(REVIEWER_PASS_ENV, "Reviewer passphrase: ")
        res = export_packet(s, args.case_id, Path(args.output), draft=args.draft, reviewer_passphrase=pw,
                            output="review" if review else "filing")
    if review:
        print(f"Wrote the review record {res.path}: {res.pages} pages (internal: never file it)")
        return 0
    kind = "draft" if args.draft else "signed final"
    print(f"Wrote {kind} packet {res.path}: {res.pages} pages, {len(res.exhibits)} exhibits, sha256 {res.sha256}")
    return 0


@command("verify")
def cmd_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.packets import verify_packet_file
    from parole_desktop.services.session import vault_exists

    given = roster.load_roster_file(Path(args.roster)) if args.roster else None
    if args.no_vault or not vault_exists(paths):
        res = verify_packet_file(Path(args.file), roster=given)
    else:
        with _session(args, paths) as s:
            res = verify_packet_file(Path(args.file), s, roster=given)
    if res.reviewer:
        print(f"Reviewer: {res.reviewer} (key {short_fingerprint(res.key_fingerprint)})")
    if res.roster_org:
        print(f"Roster: {res.roster_org}, version {res.roster_version} "
              f"(org fingerprint {short_fingerprint(res.org_fingerprint)})")
    print(f"PDF signer: {res.signer or '-'}")
    print(f"Signed at: {res.signed_at or '-'}")
    print(f"Rules pack: {res.pack or '-'}")
    if res.fingerprint:
        print(f"Manifest fingerprint: {res.fingerprint}")
    for note in res.notes:
        print(f"Note: {note}.")
    if not res.trusted and res.ok:
        print("Note: the signing certificate is the reviewer's own offline ID (not from a public authority).")
    if res.ok:
        print("VERIFIED: the packet is intact and signed by a reviewer the roster lists.")
        return 0
    unknown = any("unknown key" in p for p in res.problems)
    print("NOT VERIFIED: signed by an unknown key" if unknown else "NOT VERIFIED:", file=sys.stderr)
    for p in res.problems:
        print(f"  - {p}", file=sys.stderr)
    return 1


cli._EXTENSIONS.append(register)
__all__ = ["register"]
