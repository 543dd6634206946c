"""CLI commands for cases: ``cases`` (list, search) and ``case`` (show, edit, import, export)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.l10n import _, lazy, ngettext
from parole_desktop.paths import AppPaths
from parole_desktop.services import case_json, date_input, rulebook
from parole_desktop.services.checks import active_pack
from parole_desktop.services.outcomes import record_outcome
from parole_desktop.services.readiness import readiness_text
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
            f"{readiness_text(r.readiness) if r.readiness else ''}"
        )
    print(ngettext("({n} case)", "({n} cases)", len(rows)).format(n=len(rows)))
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
                    _("Case {id}: {name} · {reason} · {channel} · {status} · uid {uid}").format(
                        id=case.id,
                        name=case.beneficiary_name,
                        reason=case.reason or _("no reason"),
                        channel=case.channel,
                        status=case.status,
                        uid=case.uid,
                    )
                )
                if case.family_group_id is not None:
                    group = s.family_group(case.family_group_id)
                    print(_("  family group {id}: {name}").format(id=group.id, name=group.name))
                for p in case.people:
                    print(f"  {p.role:<15} {p.full_name}")
                for e in case.evidence:
                    tr = _(" (translation of {id})").format(id=e.translation_of) if e.translation_of else ""
                    print(
                        _("  evidence {id}: {kind} · {title} · {language}{translation} · {sha}").format(
                            id=e.id,
                            kind=e.kind,
                            title=e.title,
                            language=e.language,
                            translation=tr,
                            sha=e.sha256[:12],
                        )
                    )
        elif args.case_cmd == "edit":
            assignments = [case_json.parse_assignment(a) for a in args.set or []]
            hijri = date_input.solar_hijri_inputs(assignments)  # a wrong date is refused before anything
            grounds, from_pack = rulebook.inadmissibility_grounds(active_pack(s))
            case = s.edit_case(
                args.id,
                args.set or [],
                known_grounds=[code for code, _label in grounds] if from_pack else None,
            )
            changed = ", ".join(a.split("=", 1)[0] for a in args.set or [])
            print(
                _("Updated case {id} ({name}): {changed}.").format(
                    id=case.id, name=case.beneficiary_name, changed=changed
                )
            )
            for h in hijri:
                print(
                    _(
                        "  {field}: {typed} in the Solar Hijri calendar = {date} (Gregorian, as stored)"
                    ).format(field=h.path, typed=h.typed, date=h.date.isoformat())
                )
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
                _(
                    "Outcome of case {id} ({name}): filed {filed}, receipt {receipt}, decision {decision} on "
                    "{decided}, I-94 {i94}, parole expires {expiry}."
                ).format(
                    id=case.id,
                    name=case.beneficiary_name,
                    filed=o.filed_on or "-",
                    receipt=o.receipt_number or "-",
                    decision=o.decision or "-",
                    decided=o.decided_on or "-",
                    i94=o.i94_number or "-",
                    expiry=o.parole_expiry or "-",
                )
            )
            b = case.beneficiary
            rec = next((r for r in (b.paroles if b else []) if r.source == "outcome"), None)
            if rec is not None:
                print(
                    _(
                        "  The beneficiary's paroles now list this grant (I-94 {i94}, expires {expiry})."
                    ).format(i94=rec.i94_number or "-", expiry=rec.expires_on or "-")
                )
        elif args.case_cmd == "import":
            case = s.import_case(Path(args.file))
            print(_("Imported case {id} ({name}).").format(id=case.id, name=case.beneficiary_name))
        elif args.case_cmd == "export":
            out = s.export_case(args.id, Path(args.output))
            print(_("Wrote {file}").format(file=out))
        elif args.case_cmd == "removed":
            s.load_case(args.id)  # a clear error for a case that does not exist
            items = s.removed_items(args.id)
            if args.json:
                out_json([{k: v for k, v in asdict(i).items() if k != "data"} for i in items])
                return 0
            for i in items:
                when = f"{i.removed_at:%Y-%m-%d %H:%M}"
                removed = _("(removed {when} by {actor})").format(when=when, actor=i.actor)
                print(f"{i.id:>6}  {i.kind:<9} {i.label}  {removed}")
            print(
                ngettext(
                    "({n} removed item can be put back until the case is signed off)",
                    "({n} removed items can be put back until the case is signed off)",
                    len(items),
                ).format(n=len(items))
            )
        elif args.case_cmd == "restore":
            item = s.restore_removed(args.removed_id)
            print(
                _("Put back the {kind} “{label}” in case {case}.").format(
                    kind=item.kind, label=item.label, case=item.case_id
                )
            )
    return 0


def _cases_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("--search", help=_("names to look for (diacritics and script variants folded)"))
    c.add_argument("--json", action="store_true", help=_("print JSON"))
    c.add_argument(
        "--limit", type=int, default=1000, help=_("at most this many cases (default: %(default)s)")
    )


def _case_arguments(case: argparse.ArgumentParser) -> None:
    csub = case.add_subparsers(dest="case_cmd", required=True)
    sh = csub.add_parser("show", help=_("a case, its people and evidence"))
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true", help=_("print JSON"))
    csub.add_parser("import", help=_("import a case from a case JSON file")).add_argument("file")
    ed = csub.add_parser(
        "edit", help=_("set fields by path, validated like an import (nothing is written on error)")
    )
    ed.add_argument("id", type=int)
    ed.add_argument(
        "--set",
        action="append",
        metavar="PATH=VALUE",
        required=True,
        help=_(
            "e.g. reason=funeral, background.criminal_history=no, "
            "people[beneficiary].passport_family_name=RAHIMI (repeatable); a date is YYYY-MM-DD, or a Solar "
            "Hijri date as the client gives it: people[beneficiary].date_of_birth=jalali:1367/01/23"
        ),
    )
    oc = csub.add_parser(
        "outcome",
        help=_("record filing and decision; an approval's parole goes onto the beneficiary's paroles"),
    )
    oc.add_argument("id", type=int)
    oc.add_argument("--filed-on", metavar="YYYY-MM-DD")
    oc.add_argument("--receipt", metavar="NUMBER")
    oc.add_argument("--decision", choices=["approved", "denied", "withdrawn", ""])
    oc.add_argument("--decided-on", metavar="YYYY-MM-DD")
    oc.add_argument("--i94", metavar="NUMBER", help=_("the I-94 number of the grant"))
    oc.add_argument("--parole-expiry", metavar="YYYY-MM-DD", help=_("the grant's admit-until date"))
    rm = csub.add_parser("removed", help=_("what was removed from a case and can still be put back"))
    rm.add_argument("id", type=int)
    rm.add_argument("--json", action="store_true", help=_("print JSON"))
    rs = csub.add_parser("restore", help=_("put a removed person or evidence item back (see `case removed`)"))
    rs.add_argument("removed_id", type=int)
    ex = csub.add_parser("export", help=_("write a case as case JSON"))
    ex.add_argument("id", type=int)
    ex.add_argument("-o", "--output", required=True)


COMMANDS = (
    Command("cases", lazy("list or search cases"), cmd_cases, _cases_arguments),
    Command("case", lazy("one case"), cmd_case, _case_arguments),
)
