"""CLI commands of the exchange's vault side (issue #23): ``conflicts`` and ``conflict resolve`` (fields
two laptops changed differently, settled by a person), and ``quarantine`` (what was received and not
applied, with why)."""

from __future__ import annotations

import argparse
import json

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.paths import AppPaths
from parole_desktop.services import exchange


def _shown(value: object) -> str:
    if value is None:
        return "(the earlier versions disagree)"
    if value == {"$deleted": True}:
        return "(removed)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _deletion(value: object) -> str:
    """A value of the field ``deleted`` (a deletion against an edit)."""
    return "case deleted" if value is True else "case kept, with its edits"


def cmd_conflicts(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        found = exchange.conflicts(s, args.case)
        findings = exchange.findings(s)
    if args.json:
        out_json({"conflicts": [c.as_dict() for c in found], "findings": [f.as_dict() for f in findings]})
        return 0
    if not found:
        print("No open conflict." if args.case is None else f"Case {args.case} has no open conflict.")
    for c in found:
        print(
            f"Case {c.case_id} ({c.beneficiary}): {len(c.fields)} field(s) changed differently on two laptops"
        )
        for f in c.fields:
            shown = _deletion if f["path"] == exchange.TOMBSTONE else _shown
            print(f"  {f['path']}")
            print(f"    base:        {shown(f['base'])}")
            print(f"    this laptop: {shown(f['mine'])}")
            print(f"    incoming:    {shown(f['theirs'])}")
            if f.get("chosen") is not None:
                print(f"    chosen:      {_shown(f['chosen'])}")
    if found:
        print("Settle each with `conflict resolve CASE FIELD --take mine|theirs|base` or `--value V`.")
    for finding in findings:
        print(f"Warning: {finding.detail}")
    return 0


def cmd_conflict(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        rev = exchange.resolve_conflict(s, args.case, args.field, take=args.take, value=args.value)
        left = exchange.conflicts(s, args.case) if rev is None else []
    if rev is None:
        still = [str(f["path"]) for c in left for f in c.fields if f.get("chosen") is None]
        print(f"Chose the value of {args.field}; still open in case {args.case}: {', '.join(still)}.")
    elif rev.changes.get(exchange.TOMBSTONE) is True:
        print(
            f"Case {args.case}: kept deleted, here and on every laptop it reaches (revision {rev.id[:12]})."
        )
    else:
        print(f"Case {args.case}: every conflict is settled (revision {rev.id[:12]}).")
    return 0


def cmd_quarantine(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        kept = exchange.quarantine(s)
        waiting = exchange.waiting(s)
    if args.json:
        out_json({"quarantined": [q.as_dict() for q in kept], "waiting": [w.as_dict() for w in waiting]})
        return 0
    if not kept and not waiting:
        print("Nothing received is kept aside.")
    for q in kept:
        print(f"{q.object_id[:16]}  {q.received_at}  {q.code}: {q.reason}")
    for w in waiting:
        print(f"{w.object_id[:16]}  {w.received_at}  waiting: {w.reason}")
    return 0


def _conflicts_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", nargs="?", type=int, help="one case (default: every case with a conflict)")
    p.add_argument("--json", action="store_true")


def _conflict_args(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="conflict_cmd", required=True)
    r = sub.add_parser("resolve", help="settle one conflicting field of a case")
    r.add_argument("case", type=int)
    r.add_argument("field", help="the field's path as `conflicts` lists it (e.g. case.statement)")
    how = r.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--take", choices=exchange.TAKE, help="this laptop's value, the incoming one, or the base"
    )
    how.add_argument("--value", help="a new value (JSON, or the text itself for a text field)")


def _quarantine_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


COMMANDS = (
    Command("conflicts", "fields two laptops changed differently, to settle", cmd_conflicts, _conflicts_args),
    Command("conflict", "settle a conflict between laptops", cmd_conflict, _conflict_args),
    Command(
        "quarantine",
        "what was received from other laptops and kept aside, with why",
        cmd_quarantine,
        _quarantine_args,
    ),
)
