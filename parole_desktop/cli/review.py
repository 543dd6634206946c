"""CLI commands for reviewers and trust: ``reviewer`` (profiles, enrolment), ``org`` (the organization key),
``roster`` (the signed trust roster) and ``signoff``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from parole_desktop.cli.common import ORG_PASS_ENV, REVIEWER_PASS_ENV, Command, open_session, out_json, secret
from parole_desktop.errors import UserError
from parole_desktop.l10n import _, lazy
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices, remote_review, roster, signoff, signoff_state
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.roster import key_fingerprint


def _accept_arg(text: str) -> tuple[str, str]:
    rule, sep, reason = text.partition("=")
    if not sep or not rule.strip():
        raise argparse.ArgumentTypeError(_("use RULE=REASON (or CASE:RULE=REASON)"))
    return rule.strip(), reason.strip()


def cmd_reviewer(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        if args.reviewer_cmd == "add":
            pw = secret(REVIEWER_PASS_ENV, "Reviewer's own passphrase: ", confirm=True)
            prof = signoff.create_reviewer(
                s, args.name, args.role, pw, number=args.number, organization=args.organization
            )
            print(
                _("Created reviewer {id}: {name} ({role})").format(id=prof.id, name=prof.name, role=prof.role)
            )
            print(
                "Before they can sign off, the org admin lists them in the roster: "
                f'`parole-desktop reviewer enrol-request "{prof.name}" -o FILE`.'
            )
        elif args.reviewer_cmd == "enrol-request":
            prof = signoff.reviewer_by_name(s, args.name)
            entry = signoff.reviewer_enrolment(
                s, int(prof.id or 0), secret(REVIEWER_PASS_ENV, "Reviewer's own passphrase: ")
            )
            out = Path(args.output).expanduser()
            if out.exists():
                raise UserError(_("{out} already exists.").format(out=out))
            out.write_text(entry.to_json(), encoding="utf-8")
            print(_("Wrote the enrolment of {name} to {out}").format(name=entry.name, out=out))
            print(f"Key fingerprint: {short_fingerprint(key_fingerprint(entry.public_key))}")
            print(_("Give the file to the org admin; read this fingerprint to them by phone or in person."))
        else:
            for prof in signoff.reviewers(s):
                member, why = signoff.reviewer_trust(s, prof)
                state = "may sign" if member and not why else f"cannot sign: {why}"
                print(
                    f"{prof.id:>4}  {prof.name}  {prof.role}  {prof.number}  key "
                    f"{short_fingerprint(key_fingerprint(prof.public_key.hex()))}  ({state})"
                )
    return 0


def _print_roster(r: roster.Roster, where: str) -> None:
    print(
        f"Roster of {r.org_name}{' (DEMO organization)' if r.demo else ''} · version {r.version} · "
        f"issued {r.issued_at} · {where}"
    )
    print(
        _("Org key fingerprint: {org_fingerprint_short}").format(
            org_fingerprint_short=r.org_fingerprint_short
        )
    )
    for m in r.members:
        state = (
            f"revoked {m.revoked_at}: {m.revoked_reason}"
            if m.revoked_at
            else f"valid {m.valid_from} to {m.valid_until or 'open'}"
        )
        if m.kind == roster.KIND_DEVICE:
            fpr = devices.member_fingerprint(m)
            print(f"  device {m.name} · fingerprint {short_fingerprint(fpr)} · {state}")
        else:
            print(
                f"  {m.kind} {m.name} · {m.role} {m.number} · key {short_fingerprint(m.key_fingerprint)} · {state}"
            )


def cmd_org(args: argparse.Namespace, paths: AppPaths) -> int:
    pw = secret(ORG_PASS_ENV, "New org key passphrase: ", confirm=True)
    out = Path(args.roster).expanduser()
    if out.exists():
        raise UserError(_("{out} already exists.").format(out=out))
    org = roster.create_org_key(Path(args.key_file), args.name, pw)
    r = roster.new_roster(org)
    roster.write_roster_file(out, r)
    print(
        _("Created the org key {key_file} for {name} and roster {out} (version 1, no reviewers).").format(
            key_file=args.key_file, name=org.name, out=out
        )
    )
    print(
        _("Org key fingerprint: {org_fingerprint_short}").format(
            org_fingerprint_short=r.org_fingerprint_short
        )
    )
    print(
        "Keep the org key on your own medium, never in a vault. Give this fingerprint to every vault "
        "that will trust your roster (they type it when they import the roster)."
    )
    return 0


def cmd_roster(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.roster_cmd == "show":
        if args.file:
            _print_roster(roster.load_roster_file(Path(args.file)), str(args.file))
            return 0
        with open_session(args, paths) as s:
            pinned = roster.pinned_roster(s.vault)
        if pinned is None:
            print(_("No trust roster is pinned in this vault."))
            return 1
        _print_roster(pinned, "pinned in this vault")
        return 0
    if args.roster_cmd in ("add-reviewer", "add-device", "revoke"):
        current = roster.load_roster_file(Path(args.file))
        if args.roster_cmd == "add-device":  # check the file before asking for the org key's passphrase
            device = devices.parse_enrolment_file(Path(args.enrolment))
        org = roster.load_org_key(Path(args.org_key), secret(ORG_PASS_ENV, "Org key passphrase: "))
        if args.roster_cmd == "add-device":
            new = roster.add_device(
                org, current, device, valid_from=args.valid_from, valid_until=args.valid_until
            )
            what = f"listed the laptop {device.name} (fingerprint {short_fingerprint(device.fingerprint)})"
        elif args.roster_cmd == "add-reviewer":
            entry = roster.Enrolment.from_json(Path(args.enrolment).read_bytes())
            new = roster.add_reviewer(
                org, current, entry, valid_from=args.valid_from, valid_until=args.valid_until
            )
            what = f"listed {entry.name} (key {short_fingerprint(key_fingerprint(entry.public_key))})"
        else:
            new = roster.revoke(org, current, args.who, args.reason)
            what = f"revoked {args.who}"
        roster.write_roster_file(Path(args.file), new)
        print(
            _("Roster version {version}: {what}. Import it into each vault with `roster import`.").format(
                version=new.version, what=what
            )
        )
        return 0
    r = roster.load_roster_file(Path(args.file))
    with open_session(args, paths) as s:
        first = roster.pinned_roster(s.vault) is None
        if first and not args.fingerprint:
            raise UserError(
                "This vault trusts no organization yet. Ask the org admin for their org key "
                "fingerprint (by phone or in person) and pass it with --fingerprint."
            )
        roster.import_roster(s.vault, r, actor=args.actor, expected_fingerprint=args.fingerprint)
    print(
        f"{'Pinned' if first else 'Updated to'} the roster of {r.org_name}, version {r.version} "
        f"(org fingerprint {r.org_fingerprint_short}); {len(r.reviewers())} reviewer(s) and "
        f"{len(r.devices())} device(s) listed."
    )
    return 0


def cmd_signoff(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        if args.show:
            so = signoff_state.current_signoff(s, args.case_id)
            if so is None:
                print(_("Case {case_id} is not signed off.").format(case_id=args.case_id))
                return 1
            problem = signoff_state.signoff_problem(s, s.load_case(args.case_id), so)
            by = json.loads(so.manifest_json).get("reviewer", {})
            where = " on the reviewer's own laptop (received sealed)" if so.reviewer_id is None else ""
            print(
                f"Case {args.case_id} signed off by {by.get('name', '?')}{where} on {so.signed_at.isoformat()} "
                f"(rules pack {so.pack_id} {so.pack_version}): {'VALID' if not problem else 'NOT valid: ' + problem}"
            )
            for a in signoff_state.accepted_warnings(so):
                print(
                    _("  accepted warning {rule_id} (case {case_id}): {reason}").format(
                        rule_id=a.rule_id, case_id=a.case_id, reason=a.reason
                    )
                )
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
                print(_("No warnings to accept."))
            return 0
        if not args.reviewer:
            raise UserError(_("Name the reviewer with --reviewer."))
        prof = signoff.reviewer_by_name(s, args.reviewer)
        res = signoff.sign_off(
            s,
            args.case_id,
            int(prof.id or 0),
            secret(REVIEWER_PASS_ENV, "Reviewer passphrase: "),
            accepted_warnings=dict(args.accept),
        )
    print(
        f"Signed off by {prof.name}: case(s) {', '.join(str(x.case_id) for x in res.signoffs)}; "
        f"manifest fingerprint {res.fingerprint}"
    )
    for a in signoff_state.accepted_warnings(res.signoffs[0]):
        print(
            _("  accepted warning {rule_id} (case {case_id}): {reason}").format(
                rule_id=a.rule_id, case_id=a.case_id, reason=a.reason
            )
        )
    return 0


def cmd_signoffs(args: argparse.Namespace, paths: AppPaths) -> int:
    """The sign-offs made in this vault that the exchange sends to the organization's laptops."""
    with open_session(args, paths) as s:
        outgoing = remote_review.signoffs_to_send(s)
    if args.json:
        out_json(
            [
                {
                    "fingerprint": o.fingerprint,
                    "case_ids": list(o.case_ids),
                    "reviewer": o.reviewer,
                    "signed_at": o.signed_at,
                }
                for o in outgoing
            ]
        )
        return 0
    if not outgoing:
        print(
            "No sign-off made in this vault to send (a received sign-off is sent by its reviewer's laptop)."
        )
        return 0
    print(
        f"{len(outgoing)} sign-off(s) to send, sealed to the organization's laptops with the next exchange:"
    )
    for o in outgoing:
        print(
            f"  case(s) {', '.join(map(str, o.case_ids))} · {o.reviewer} · {o.signed_at} · "
            f"manifest {o.fingerprint[:16]}…"
        )
    return 0


def _reviewer_arguments(rv: argparse.ArgumentParser) -> None:
    rvsub = rv.add_subparsers(dest="reviewer_cmd", required=True)
    add = rvsub.add_parser("add")
    add.add_argument("name")
    add.add_argument("--role", choices=["attorney", "accredited_representative", "supervisor"], required=True)
    add.add_argument("--number", default="", help=_("bar number or accreditation id"))
    add.add_argument("--organization", default="")
    rvsub.add_parser("list")
    er = rvsub.add_parser("enrol-request", help=_("write the reviewer's public enrolment for the org admin"))
    er.add_argument("name")
    er.add_argument("-o", "--output", required=True)


def _org_arguments(org: argparse.ArgumentParser) -> None:
    orgsub = org.add_subparsers(dest="org_cmd", required=True)
    oc = orgsub.add_parser("create", help=_("create an org key file and an empty signed roster"))
    oc.add_argument("key_file")
    oc.add_argument("--name", required=True, help=_("the organization's name (a solo attorney: their own)"))
    oc.add_argument("--roster", required=True, help=_("where to write the roster (version 1, no reviewers)"))


def _roster_arguments(ro: argparse.ArgumentParser) -> None:
    rosub = ro.add_subparsers(dest="roster_cmd", required=True)
    rs = rosub.add_parser("show", help=_("a roster file, or the one pinned in the vault"))
    rs.add_argument("file", nargs="?")
    ra = rosub.add_parser("add-reviewer", help=_("list a reviewer (signs a new version with the org key)"))
    ra.add_argument("file")
    ra.add_argument("enrolment")
    ra.add_argument("--org-key", required=True)
    ra.add_argument("--valid-from", type=dt.date.fromisoformat)
    ra.add_argument("--valid-until", type=dt.date.fromisoformat)
    rd = rosub.add_parser(
        "add-device", help=_("list a laptop (from `device enrol-request`; signs a new version)")
    )
    rd.add_argument("file")
    rd.add_argument("enrolment")
    rd.add_argument("--org-key", required=True)
    rd.add_argument("--valid-from", type=dt.date.fromisoformat)
    rd.add_argument("--valid-until", type=dt.date.fromisoformat)
    rr = rosub.add_parser("revoke", help=_("revoke a reviewer or a device (by name or key fingerprint)"))
    rr.add_argument("file")
    rr.add_argument("who")
    rr.add_argument("--reason", required=True)
    rr.add_argument("--org-key", required=True)
    ri = rosub.add_parser(
        "import", help=_("pin the roster into the vault (first time) or take a newer version")
    )
    ri.add_argument("file")
    ri.add_argument(
        "--fingerprint",
        default="",
        help=_("the org fingerprint the admin told you out of band (needed the first time)"),
    )


def _signoff_arguments(so: argparse.ArgumentParser) -> None:
    so.add_argument("case_id", type=int)
    so.add_argument("--reviewer")
    so.add_argument(
        "--accept",
        action="append",
        type=_accept_arg,
        default=[],
        metavar="RULE=REASON",
        help=_("accept a warning, with why it is acceptable (repeat for each warning)"),
    )
    so.add_argument("--warnings", action="store_true", help=_("list the warnings to accept, sign nothing"))
    so.add_argument("--show", action="store_true", help=_("show the current sign-off, sign nothing"))


def _signoffs_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


COMMANDS = (
    Command("reviewer", lazy("reviewer profiles"), cmd_reviewer, _reviewer_arguments),
    Command(
        "org",
        lazy("the organization key (kept by the org admin, outside any vault)"),
        cmd_org,
        _org_arguments,
    ),
    Command("roster", lazy("the organization's signed trust roster"), cmd_roster, _roster_arguments),
    Command(
        "signoff",
        lazy("reviewer sign-off (needs zero failing checks, a reason per warning)"),
        cmd_signoff,
        _signoff_arguments,
    ),
    Command(
        "signoffs",
        "the sign-offs made here that go to the organization's other laptops (remote review)",
        cmd_signoffs,
        _signoffs_arguments,
    ),
)
