"""CLI commands ``check`` (readiness checks of a case) and ``rules`` (show or import the rules pack)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.paths import AppPaths
from parole_desktop.services import rulebook
from parole_desktop.services.checks import import_pack, run_checks


def cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        res = run_checks(s, args.case_id, today=args.today)
    if args.json:
        out_json(
            {
                "case_id": res.case_id,
                "ready": res.ready,
                "pack": {"id": res.pack_id, "version": res.pack_version, "as_of": res.pack_as_of.isoformat()},
                "findings": [
                    {
                        "id": f.rule_id,
                        "severity": str(f.severity),
                        "message": f.message,
                        "field": f.field,
                        "citation": f.citation,
                        "verify": f.verify,
                    }
                    for f in res.findings
                ],
            }
        )
    else:
        print(
            f"Case {res.case_id}: {'READY for review' if res.ready else 'NOT ready'} "
            f"(rules pack {res.pack_id} {res.pack_version}, as of {res.pack_as_of})"
        )
        for f in res.findings:
            print(f"  [{f.severity}] {f.rule_id}: {f.message}  ({f.citation})")
        print("Checks say what is missing; they are not legal advice. The reviewer decides.")
    return 0 if res.ready else 1


def cmd_rules(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.rules_cmd == "import":
        with open_session(args, paths) as s:
            imported = import_pack(s, Path(args.file))
        print(f"Imported rules pack {imported.id} {imported.version} (as of {imported.as_of}).")
        return 0
    pack = rulebook.load_pack()  # the bundled pack (no vault needed)
    rules = rulebook.rule_rows(pack)
    if args.json:
        out_json(
            {
                "pack": {
                    "id": pack.id,
                    "version": pack.version,
                    "jurisdiction": pack.jurisdiction,
                    "as_of": pack.as_of.isoformat(),
                    "sha256": pack.sha256,
                },
                "rules": [
                    {
                        "id": r.id,
                        "severity": r.severity,
                        "title": r.title,
                        "citation": r.citation,
                        "sources": list(r.sources),
                        "as_of": r.as_of,
                        "verify": r.verify,
                    }
                    for r in rules
                ],
                "sources": [
                    {
                        "id": s.id,
                        "title": s.title,
                        "url": s.url,
                        "stated_date": s.stated_date,
                        "reliability": s.reliability,
                        "date_read": s.date_read,
                    }
                    for s in pack.sources.values()
                ],
            }
        )
        return 0
    print(f"Rules pack {pack.id} {pack.version} · {pack.jurisdiction} · as of {pack.as_of}")
    print(f"SHA-256 {pack.sha256} (what sign-offs and `verify` name as this exact pack)")
    print(f"Rules ({len(rules)}; severity, citation, as of = the date their sources were last read):")
    for r in rules:
        verify = " [verify]" if r.verify else ""
        print(f"  {r.id:<10} {r.severity:<4} {r.title}{verify}")
        print(f"             {r.citation} (as of {r.as_of})")
    print("Sources:")
    for src in pack.sources.values():
        print(f"  {src.id} [{src.reliability}] {src.title} ({src.stated_date}) {src.url}")
    for line in pack.tables_text():
        print(line)
    print("Verify before filing:")
    for item in pack.verify_items():
        print(f"  - {item.label}: {item.value} (source {item.source}, as of {item.as_of})")
    return 0


def _check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("case_id", type=int)
    c.add_argument("--json", action="store_true")
    c.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)


def _rules_arguments(r: argparse.ArgumentParser) -> None:
    rsub = r.add_subparsers(dest="rules_cmd", required=True)
    rsub.add_parser("show").add_argument(
        "--json", action="store_true", help="every rule with severity, citation and as_of, and the sources"
    )
    rsub.add_parser("import").add_argument("file")


COMMANDS = (
    Command(
        "check", "readiness checks of a case (exit 0 when ready for review)", cmd_check, _check_arguments
    ),
    Command("rules", "the rules pack", cmd_rules, _rules_arguments),
)
