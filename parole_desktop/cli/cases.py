"""CLI commands for cases: ``cases`` (list, search) and ``case`` (show, edit, import, export)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.paths import AppPaths
from parole_desktop.services import rulebook
from parole_desktop.services.checks import active_pack
from parole_desktop.services.outcomes import record_outcome
from parole_desktop.services.session import CaseQuery


def cmd_cases(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        rows = s.list_cases(
            CaseQuery(search=args.search or ""), order_by="id", descending=False, limit=args.limit
        )
    if args.json:
        out_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        print(
            f"{r.id:>6}  {r.beneficiary:<32} {r.country:<3} {r.reason:<18} {r.channel:<18} {r.status:<17} "
            f"{r.readiness}"
        )
    print(f"({len(rows)} case(s))")
    return 0


def cmd_case(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        if args.case_cmd == "show":
            case = s.load_case(args.id)
            if args.json:
                d = json.loads(s.case_json(case.id or 0))
                d["id"], d["family_group_id"] = case.id, case.family_group_id
                out_json(d)
            else:
                print(
                    f"Case {case.id}: {case.beneficiary_name} · {case.reason or 'no reason'} · {case.channel} "
                    f"· {case.status} · uid {case.uid}"
                )
                if case.family_group_id is not None:
                    group = s.family_group(case.family_group_id)
                    print(f"  family group {group.id}: {group.name}")
                for p in case.people:
                    print(f"  {p.role:<15} {p.full_name}")
                for e in case.evidence:
                    tr = f" (translation of {e.translation_of})" if e.translation_of else ""
                    print(f"  evidence {e.id}: {e.kind} · {e.title} · {e.language}{tr} · {e.sha256[:12]}")
        elif args.case_cmd == "edit":
            grounds, from_pack = rulebook.inadmissibility_grounds(active_pack(s))
            case = s.edit_case(
                args.id, args.set or [], known_grounds=[code for code, _ in grounds] if from_pack else None
            )
            changed = ", ".join(a.split("=", 1)[0] for a in args.set or [])
            print(f"Updated case {case.id} ({case.beneficiary_name}): {changed}.")
        elif args.case_cmd == "outcome":
            changes = {
                name: value
                for name, value in (
                    ("filed_on", args.filed_on),
                    ("receipt_number", args.receipt),
                    ("decision", args.decision),
                    ("decided_on", args.decided_on),
                    ("i94_number", args.i94),
                    ("parole_expiry", args.parole_expiry),
                )
                if value is not None
            }
            case = record_outcome(s, args.id, **changes)
            o = case.outcome
            print(
                f"Outcome of case {case.id} ({case.beneficiary_name}): filed {o.filed_on or '-'}, "
                f"receipt {o.receipt_number or '-'}, decision {o.decision or '-'} on {o.decided_on or '-'}, "
                f"I-94 {o.i94_number or '-'}, parole expires {o.parole_expiry or '-'}."
            )
            b = case.beneficiary
            rec = next((r for r in (b.paroles if b else []) if r.source == "outcome"), None)
            if rec is not None:
                print(
                    f"  The beneficiary's paroles now list this grant (I-94 {rec.i94_number or '-'}, "
                    f"expires {rec.expires_on or '-'})."
                )
        elif args.case_cmd == "import":
            case = s.import_case(Path(args.file))
            print(f"Imported case {case.id} ({case.beneficiary_name}).")
        elif args.case_cmd == "export":
            out = s.export_case(args.id, Path(args.output))
            print(f"Wrote {out}")
        elif args.case_cmd == "removed":
            s.load_case(args.id)  # a clear error for a case that does not exist
            items = s.removed_items(args.id)
            if args.json:
                out_json([{k: v for k, v in asdict(i).items() if k != "data"} for i in items])
                return 0
            for i in items:
                print(
                    f"{i.id:>6}  {i.kind:<9} {i.label}  (removed {i.removed_at:%Y-%m-%d %H:%M} by {i.actor})"
                )
            print(f"({len(items)} removed item(s) can be put back until the case is signed off)")
        elif args.case_cmd == "restore":
            item = s.restore_removed(args.removed_id)
            print(f"Put back the {item.kind} “{item.label}” in case {item.case_id}.")
    return 0


def _cases_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("--search")
    c.add_argument("--json", action="store_true")
    c.add_argument("--limit", type=int, default=1000)


def _case_arguments(case: argparse.ArgumentParser) -> None:
    csub = case.add_subparsers(dest="case_cmd", required=True)
    sh = csub.add_parser("show")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")
    csub.add_parser("import").add_argument("file")
    ed = csub.add_parser(
        "edit", help="set fields by path, validated like an import (nothing is written on error)"
    )
    ed.add_argument("id", type=int)
    ed.add_argument(
        "--set",
        action="append",
        metavar="PATH=VALUE",
        required=True,
        help="e.g. reason=funeral, background.criminal_history=no, "
        "people[beneficiary].passport_family_name=RAHIMI (repeatable)",
    )
    oc = csub.add_parser(
        "outcome", help="record filing and decision; an approval's parole goes onto the beneficiary's paroles"
    )
    oc.add_argument("id", type=int)
    oc.add_argument("--filed-on", metavar="YYYY-MM-DD")
    oc.add_argument("--receipt", metavar="NUMBER")
    oc.add_argument("--decision", choices=["approved", "denied", "withdrawn", ""])
    oc.add_argument("--decided-on", metavar="YYYY-MM-DD")
    oc.add_argument("--i94", metavar="NUMBER", help="the I-94 number of the grant")
    oc.add_argument("--parole-expiry", metavar="YYYY-MM-DD", help="the grant's admit-until date")
    rm = csub.add_parser("removed", help="what was removed from a case and can still be put back")
    rm.add_argument("id", type=int)
    rm.add_argument("--json", action="store_true")
    rs = csub.add_parser("restore", help="put a removed person or evidence item back (see `case removed`)")
    rs.add_argument("removed_id", type=int)
    ex = csub.add_parser("export")
    ex.add_argument("id", type=int)
    ex.add_argument("-o", "--output", required=True)


COMMANDS = (
    Command("cases", "list or search cases", cmd_cases, _cases_arguments),
    Command("case", "one case", cmd_case, _case_arguments),
)
