"""CLI commands ``check`` (readiness checks of a case) and ``rules`` (show or import the rules pack)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.l10n import _, lazy
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
            _("Case {id}: {verdict} (rules pack {pack} {version}, as of {date})").format(
                id=res.case_id,
                verdict=_("READY for review") if res.ready else _("NOT ready"),
                pack=res.pack_id,
                version=res.pack_version,
                date=res.pack_as_of,
            )
        )
        for f in res.findings:
            print(f"  [{f.severity}] {f.rule_id}: {f.message}  ({f.citation})")
        print(_("Checks say what is missing; they are not legal advice. The reviewer decides."))
    return 0 if res.ready else 1


def cmd_rules(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.rules_cmd == "import":
        with open_session(args, paths) as s:
            imported = import_pack(s, Path(args.file))
        print(
            _("Imported rules pack {pack} {version} (as of {date}).").format(
                pack=imported.id, version=imported.version, date=imported.as_of
            )
        )
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
    print(
        _("Rules pack {pack} {version} · {jurisdiction} · as of {date}").format(
            pack=pack.id, version=pack.version, jurisdiction=pack.jurisdiction, date=pack.as_of
        )
    )
    print(_("SHA-256 {sha} (what sign-offs and `verify` name as this exact pack)").format(sha=pack.sha256))
    print(
        _("Rules ({n}; severity, citation, as of = the date their sources were last read):").format(
            n=len(rules)
        )
    )
    for r in rules:
        verify = " [verify]" if r.verify else ""
        print(f"  {r.id:<10} {r.severity:<4} {r.title}{verify}")
        print("             " + _("{citation} (as of {date})").format(citation=r.citation, date=r.as_of))
    print(_("Sources:"))
    for src in pack.sources.values():
        print(f"  {src.id} [{src.reliability}] {src.title} ({src.stated_date}) {src.url}")
    for line in pack.tables_text():
        print(line)
    print(_("Verify before filing:"))
    for item in pack.verify_items():
        print(
            "  - "
            + _("{label}: {value} (source {source}, as of {date})").format(
                label=item.label, value=item.value, source=item.source, date=item.as_of
            )
        )
    return 0


def _check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("case_id", type=int)
    c.add_argument("--json", action="store_true", help=_("print JSON"))
    c.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)


def _rules_arguments(r: argparse.ArgumentParser) -> None:
    rsub = r.add_subparsers(dest="rules_cmd", required=True)
    rsub.add_parser("show", help=_("the bundled rules pack")).add_argument(
        "--json", action="store_true", help=_("every rule with severity, citation and as_of, and the sources")
    )
    rsub.add_parser("import", help=_("import a signed rules pack")).add_argument("file")


COMMANDS = (
    Command(
        "check",
        lazy("readiness checks of a case (exit 0 when ready for review)"),
        cmd_check,
        _check_arguments,
    ),
    Command("rules", lazy("the rules pack"), cmd_rules, _rules_arguments),
)
