"""``parole-desktop``: the same services as the GUI, headless and scriptable. Never starts the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from parole_desktop import __version__
from parole_desktop.errors import ParoleError, UserError, ValidationError
from parole_desktop.logsetup import setup_logging
from parole_desktop.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

PASS_ENV = "PAROLE_DESKTOP_PASSPHRASE"
NEW_PASS_ENV = "PAROLE_DESKTOP_NEW_PASSPHRASE"
RECOVERY_ENV = "PAROLE_DESKTOP_RECOVERY_KEY"
REVIEWER_PASS_ENV = "PAROLE_DESKTOP_REVIEWER_PASSPHRASE"

Command = Callable[[argparse.Namespace, AppPaths], int]
_COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def deco(fn: Command) -> Command:
        _COMMANDS[name] = fn
        return fn

    return deco


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """From the environment variable when set, else prompted without echo."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"Set {env} or run in a terminal to be asked for the {prompt.lower().rstrip(': ')}.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UserError("The two entries differ.")
    return first


def _session(args: argparse.Namespace, paths: AppPaths) -> Any:
    from parole_desktop.services.checks import attach_checks
    from parole_desktop.services.session import open_vault

    session = open_vault(paths, secret(PASS_ENV, "Vault passphrase: "), actor=args.actor,
                         force_unlock=getattr(args, "force_unlock", False))
    attach_checks(session)
    return session


def _out_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# ---------------------------------------------------------------------------- vault
@command("init")
def cmd_init(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.session import create_vault

    passphrase = secret(PASS_ENV, "New vault passphrase: ", confirm=True)
    session, recovery = create_vault(paths, passphrase, actor=args.actor)
    session.close()
    print(f"Created a vault in {paths.vault}")
    print("Recovery key (write it down and keep it apart from the laptop; it is shown only once):")
    print(f"    {recovery}")
    return 0


@command("demo")
def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.demo import populate
    from parole_desktop.services.session import create_vault, vault_exists

    if vault_exists(paths):
        session = _session(args, paths)
    else:
        from parole_desktop.services.checks import attach_checks

        session, recovery = create_vault(paths, secret(PASS_ENV, "New vault passphrase: ", confirm=True))
        attach_checks(session)
        print(f"Created a vault in {paths.vault}; recovery key: {recovery}")
    with session:
        ids = populate(session, args.cases)
    print(f"Added {len(ids)} synthetic demo cases.")
    return 0


@command("passwd")
def cmd_passwd(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.session import open_vault

    if args.recovery:
        session = open_vault(paths, recovery_key=secret(RECOVERY_ENV, "Recovery key: "), actor=args.actor)
    else:
        session = open_vault(paths, secret(PASS_ENV, "Current passphrase: "), actor=args.actor)
    with session:
        session.change_passphrase(secret(NEW_PASS_ENV, "New passphrase: ", confirm=True))
    print("Passphrase changed.")
    print("If the old passphrase may be known to someone, also run `parole-desktop keys rotate`: a new "
          "passphrase alone does not stop a copy of the old key file from opening the vault.")
    return 0


@command("backup")
def cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.store.backup import NeedsConfirmation

    with _session(args, paths) as s:
        try:
            rep = s.backup(Path(args.file), overwrite=args.overwrite)
        except NeedsConfirmation as exc:
            raise UserError(f"{exc} Run again with --overwrite to replace it.") from exc
    print(f"Backup written and verified: {rep.path} ({rep.size} bytes, {rep.counts['cases']} cases, "
          f"{rep.attachments} attachments)")
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.session import restore_backup
    from parole_desktop.store.backup import NeedsConfirmation

    try:
        kept = restore_backup(paths, Path(args.file), secret(PASS_ENV, "Passphrase of the backup: "),
                              other_vault_ok=args.other_vault)
    except NeedsConfirmation as exc:
        raise UserError(f"{exc} Run again with --other-vault to restore it.") from exc
    print(f"Restored {args.file} into {paths.vault}.")
    if kept:
        print(f"The previous vault was kept in {kept}.")
    return 0


@command("audit")
def cmd_audit(args: argparse.Namespace, paths: AppPaths) -> int:
    with _session(args, paths) as s:
        rep = s.audit_verify()
    if rep.ok:
        print(f"Audit log intact: {rep.entries} entries.")
        return 0
    print(f"Audit log damaged ({rep.entries} entries):")
    for p in rep.problems:
        print(f"  - {p}")
    return 1


# ---------------------------------------------------------------------------- cases
@command("cases")
def cmd_cases(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services.session import CaseQuery

    with _session(args, paths) as s:
        rows = s.list_cases(CaseQuery(search=args.search or ""), order_by="id", descending=False,
                            limit=args.limit)
    if args.json:
        _out_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        print(f"{r.id:>6}  {r.beneficiary:<32} {r.country:<3} {r.reason:<18} {r.channel:<18} {r.status:<17} "
              f"{r.readiness}")
    print(f"({len(rows)} case(s))")
    return 0


@command("case")
def cmd_case(args: argparse.Namespace, paths: AppPaths) -> int:
    with _session(args, paths) as s:
        if args.case_cmd == "show":
            case = s.load_case(args.id)
            if args.json:
                d = json.loads(s.case_json(case.id or 0))
                d["id"], d["family_group_id"] = case.id, case.family_group_id
                _out_json(d)
            else:
                print(f"Case {case.id}: {case.beneficiary_name} · {case.reason or 'no reason'} · {case.channel} "
                      f"· {case.status} · uid {case.uid}")
                if case.family_group_id is not None:
                    group = s.family_group(case.family_group_id)
                    print(f"  family group {group.id}: {group.name}")
                for p in case.people:
                    print(f"  {p.role:<15} {p.full_name}")
                for e in case.evidence:
                    tr = f" (translation of {e.translation_of})" if e.translation_of else ""
                    print(f"  evidence {e.id}: {e.kind} · {e.title} · {e.language}{tr} · {e.sha256[:12]}")
        elif args.case_cmd == "edit":
            case = s.edit_case(args.id, args.set or [])
            print(f"Updated case {case.id} ({case.beneficiary_name}): {', '.join(a.split('=', 1)[0] for a in args.set or [])}.")
        elif args.case_cmd == "import":
            case = s.import_case(Path(args.file))
            print(f"Imported case {case.id} ({case.beneficiary_name}).")
        elif args.case_cmd == "export":
            out = s.export_case(args.id, Path(args.output))
            print(f"Wrote {out}")
    return 0


def _evidence_fields(args: argparse.Namespace) -> dict[str, object]:
    """The evidence attributes given on the command line (only those given)."""
    fields: dict[str, object] = {}
    for attr in ("title", "kind", "language", "translation_of", "notes", "document_date", "names_person",
                 "shared_with_group", "translator_certified"):
        value = getattr(args, attr, None)
        if value is not None:
            fields[attr] = value
    if getattr(args, "translator", None):
        fields["translator_name"] = args.translator
        fields.setdefault("translator_certified", True)
    return fields


@command("evidence")
def cmd_evidence(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.evidence_cmd == "edit":
        with _session(args, paths) as s:
            fields = _evidence_fields(args)
            if not fields:
                print("error: nothing to change (give at least one option, see evidence edit --help)", file=sys.stderr)
                return 2
            ev = s.edit_evidence(args.evidence_id, **fields)
        print(f"Updated evidence {ev.id} of case {ev.case_id}: {', '.join(sorted(fields))}.")
        return 0
    if args.evidence_cmd == "remove":
        with _session(args, paths) as s:
            ev = s.get_evidence(args.evidence_id)
            s.delete_evidence(args.evidence_id)
        print(f"Removed evidence {ev.id} ({ev.title or ev.kind}) from case {ev.case_id}.")
        return 0
    with _session(args, paths) as s:
        fields = _evidence_fields(args)
        for key in ("kind", "title", "language", "translation_of"):
            fields.pop(key, None)
        added = s.add_evidence(args.case_id, Path(args.file), kind=args.kind, title=args.title or "",
                               language=args.language or "en", translation_of=args.translation_of, **fields)
    ev = added.evidence
    print(f"Added evidence {ev.id} to case {args.case_id}: {ev.original_filename} ({ev.size} bytes, "
          f"sha256 {ev.sha256[:16]}…)")
    if added.evidence.print_note:
        print(f"Note: {added.evidence.print_note}.")
    return 0


@command("group")
def cmd_group(args: argparse.Namespace, paths: AppPaths) -> int:
    with _session(args, paths) as s:
        if args.group_cmd == "create":
            g = s.create_family_group(args.name, args.notes or "")
            print(f"Created family group {g.id}: {g.name} (uid {g.uid})")
            return 0
        if args.group_cmd == "add":
            group = s.family_group(args.group_id)
            for case_id in args.case_ids:
                s.load_case(case_id)  # a clear error for a case that does not exist, before any change
            for case_id in args.case_ids:
                s.set_family_group(case_id, group.id)
            print(f"Added case(s) {', '.join(map(str, args.case_ids))} to family group {group.id} ({group.name}).")
            return 0
        group = s.family_group(args.group_id)
        rows = [s.load_case(cid) for cid in group.case_ids]
        if args.json:
            _out_json({"id": group.id, "uid": group.uid, "name": group.name, "notes": group.notes,
                       "cases": [{"id": c.id, "uid": c.uid, "beneficiary": c.beneficiary_name,
                                  "status": str(c.status), "shared_evidence": [e.id for e in c.evidence
                                                                               if e.shared_with_group]}
                                 for c in rows]})
            return 0
        print(f"Family group {group.id}: {group.name} (uid {group.uid})")
        for c in rows:
            print(f"  case {c.id:>5}  {c.beneficiary_name:<32} {c.status}")
        print(f"({len(rows)} request(s); each family member needs their own request)")
    return 0


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from exc


def _evidence_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
    if editing:
        p.add_argument("--kind")
    p.add_argument("--title")
    p.add_argument("--language", default=None, help="language code (en when not given on add)")
    p.add_argument("--translation-of", type=int, dest="translation_of")
    p.add_argument("--translator", help="translator's name (marks the certification as given)")
    p.add_argument("--translator-certified", action=argparse.BooleanOptionalAction, default=None,
                   dest="translator_certified")
    p.add_argument("--names-person", action=argparse.BooleanOptionalAction, default=None, dest="names_person",
                   help="a third-party document that names the beneficiary (protection)")
    p.add_argument("--shared-with-group", action=argparse.BooleanOptionalAction, default=None,
                   dest="shared_with_group", help="one document serving the whole family group")
    p.add_argument("--document-date", type=_iso_date, dest="document_date", help="date on the document (YYYY-MM-DD)")
    p.add_argument("--notes")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="parole-desktop", description="Prepare humanitarian parole requests offline.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--data-dir", help="folder of the vault, settings and logs")
    p.add_argument("--actor", default=os.environ.get("PAROLE_DESKTOP_ACTOR", "volunteer"),
                   help="who is working (recorded in the audit log)")
    p.add_argument("--force-unlock", action="store_true",
                   help="open a vault whose lock was left by a laptop that crashed or lost the stick")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--self-test", action="store_true",
                   help="run the whole workflow on a throw-away vault (no COMMAND needed), exit 0 when it passes")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    sub.add_parser("init", help="create a new vault")
    d = sub.add_parser("demo", help="add synthetic demo cases (creates the vault if needed)")
    d.add_argument("--cases", type=int, default=12)
    sub.add_parser("passwd", help="change the vault passphrase").add_argument(
        "--recovery", action="store_true", help="unlock with the recovery key instead of the passphrase")
    b = sub.add_parser("backup", help="write a verified, encrypted backup")
    b.add_argument("file")
    b.add_argument("--overwrite", action="store_true", help="replace an existing file that is not a backup of this vault")
    rs = sub.add_parser("restore", help="restore a backup (the current vault is kept aside)")
    rs.add_argument("file")
    rs.add_argument("--other-vault", action="store_true", help="restore even if the backup is of another vault")
    a = sub.add_parser("audit", help="audit log tools")
    a.add_argument("audit_cmd", choices=["verify"])
    c = sub.add_parser("cases", help="list or search cases")
    c.add_argument("--search")
    c.add_argument("--json", action="store_true")
    c.add_argument("--limit", type=int, default=1000)
    case = sub.add_parser("case", help="one case")
    csub = case.add_subparsers(dest="case_cmd", required=True)
    sh = csub.add_parser("show")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")
    csub.add_parser("import").add_argument("file")
    ed = csub.add_parser("edit", help="set fields by path, validated like an import (nothing is written on error)")
    ed.add_argument("id", type=int)
    ed.add_argument("--set", action="append", metavar="PATH=VALUE", required=True,
                    help="e.g. reason=funeral, background.criminal_history=no, "
                         "people[beneficiary].passport_family_name=RAHIMI (repeatable)")
    ex = csub.add_parser("export")
    ex.add_argument("id", type=int)
    ex.add_argument("-o", "--output", required=True)
    ev = sub.add_parser("evidence", help="evidence files")
    esub = ev.add_subparsers(dest="evidence_cmd", required=True)
    add = esub.add_parser("add")
    add.add_argument("case_id", type=int)
    add.add_argument("file")
    add.add_argument("--kind", required=True)
    _evidence_options(add, editing=False)
    edit = esub.add_parser("edit", help="change what an evidence item says (never its content)")
    edit.add_argument("evidence_id", type=int)
    _evidence_options(edit, editing=True)
    esub.add_parser("remove", help="remove an evidence item and its stored file").add_argument(
        "evidence_id", type=int)
    g = sub.add_parser("group", help="family groups (requests filed together)")
    gsub = g.add_subparsers(dest="group_cmd", required=True)
    gc = gsub.add_parser("create")
    gc.add_argument("name")
    gc.add_argument("--notes")
    ga = gsub.add_parser("add")
    ga.add_argument("group_id", type=int)
    ga.add_argument("case_ids", type=int, nargs="+")
    gs = gsub.add_parser("show")
    gs.add_argument("group_id", type=int)
    gs.add_argument("--json", action="store_true")
    for register in _EXTENSIONS:
        register(sub)
    return p


_EXTENSIONS: list[Callable[[Any], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    from parole_desktop import cli_review  # registers check/rules/signoff/packet/verify
    from parole_desktop.startup import harden_process

    del cli_review
    harden_process()  # owner-only files, no core dumps, not dumpable (before any key is in memory)
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        return _self_test(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    if paths.portable:  # the USB build: everything it writes stays in data/ beside it
        from parole_desktop.startup import prepare_data_folder, use_private_temp

        problem = prepare_data_folder(paths)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        use_private_temp(paths)
    setup_logging(paths.logs if paths.data.exists() else None, verbose=args.verbose)
    try:
        return _COMMANDS[args.cmd](args, paths)
    except ValidationError as exc:
        print(f"error: invalid input at {exc.path}: {exc.detail}", file=sys.stderr)
        return 2
    except ParoleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _self_test(argv: list[str]) -> int:
    from parole_desktop.selftest import start_selftest

    p = argparse.ArgumentParser(prog="parole-desktop --self-test")
    p.add_argument("--self-test", action="store_true")
    p.add_argument("--data-dir")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    return start_selftest(args.data_dir, verbose=args.verbose)
