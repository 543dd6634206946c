"""CLI command ``group``: family groups (requests filed together): create, add cases, show."""

from __future__ import annotations

import argparse

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.l10n import _, lazy
from parole_desktop.paths import AppPaths


def cmd_group(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        if args.group_cmd == "create":
            g = s.create_family_group(args.name, args.notes or "")
            print(_("Created family group {id}: {name} (uid {uid})").format(id=g.id, name=g.name, uid=g.uid))
            return 0
        if args.group_cmd == "add":
            group = s.family_group(args.group_id)
            for case_id in args.case_ids:
                s.load_case(case_id)  # a clear error for a case that does not exist, before any change
            for case_id in args.case_ids:
                s.set_family_group(case_id, group.id)
            print(
                f"Added case(s) {', '.join(map(str, args.case_ids))} to family group {group.id} ({group.name})."
            )
            return 0
        group = s.family_group(args.group_id)
        rows = [s.load_case(cid) for cid in group.case_ids]
        if args.json:
            out_json(
                {
                    "id": group.id,
                    "uid": group.uid,
                    "name": group.name,
                    "notes": group.notes,
                    "cases": [
                        {
                            "id": c.id,
                            "uid": c.uid,
                            "beneficiary": c.beneficiary_name,
                            "status": str(c.status),
                            "shared_evidence": [e.id for e in c.evidence if e.shared_with_group],
                        }
                        for c in rows
                    ],
                }
            )
            return 0
        print(_("Family group {id}: {name} (uid {uid})").format(id=group.id, name=group.name, uid=group.uid))
        for c in rows:
            print(
                _("  case {id:>5}  {beneficiary_name:<32} {status}").format(
                    id=c.id, beneficiary_name=c.beneficiary_name, status=c.status
                )
            )
        print(f"({len(rows)} request(s); each family member needs their own request)")
    return 0


def _arguments(g: argparse.ArgumentParser) -> None:
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


COMMANDS = (Command("group", lazy("family groups (requests filed together)"), cmd_group, _arguments),)
