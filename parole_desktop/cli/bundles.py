"""CLI command ``bundle``: carry sealed cases and evidence between the laptops of one organization on a USB
stick (issue #23 item 4) — ``bundle export`` writes one file, ``bundle import`` takes one in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.paths import AppPaths
from parole_desktop.services import bundles


def _progress(done: int, total: int, _label: str) -> None:
    if total and sys.stderr.isatty():
        sys.stderr.write(f"\r{done * 100 // total:3d} %")
        sys.stderr.flush()


def cmd_bundle(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        store = bundles.vault_store(s)
        if args.bundle_cmd == "export":
            res = bundles.export_bundle(
                s,
                Path(args.output),
                store,
                to=args.to or (),
                everything=args.all,
                overwrite=args.force,
                progress=_progress,
            )
            print(res.summary())
            return 0
        got = bundles.import_bundle(s, Path(args.file), store, progress=_progress)
    if args.json:
        out_json(
            {
                "bundle_id": got.bundle_id,
                "sender": got.sender,
                "sequence": got.sequence,
                "applied": got.applied,
                "waiting": got.waiting,
                "duplicate": got.duplicate,
                "quarantined": [
                    {"object": q.object_id, "code": q.code, "reason": q.reason} for q in got.quarantined
                ],
            }
        )
    else:
        print("\n".join(got.lines()))
    return 0


def _arguments(b: argparse.ArgumentParser) -> None:
    bsub = b.add_subparsers(dest="bundle_cmd", required=True)
    ex = bsub.add_parser(
        "export", help="write a bundle: by default what the other laptops of the roster have not acknowledged"
    )
    ex.add_argument("-o", "--output", required=True, help=f"the bundle file (e.g. cases{bundles.SUFFIX})")
    ex.add_argument(
        "--to", action="append", metavar="NAME", help="a laptop of the roster the bundle is for (repeatable)"
    )
    ex.add_argument("--all", action="store_true", help="everything this vault holds, acknowledged or not")
    ex.add_argument("--force", action="store_true", help="replace an existing file of that name")
    im = bsub.add_parser("import", help="take in a bundle made by another laptop of the organization")
    im.add_argument("file")
    im.add_argument("--json", action="store_true")


COMMANDS = (
    Command(
        "bundle",
        "carry sealed cases and evidence to the organization's other laptops on a USB stick",
        cmd_bundle,
        _arguments,
    ),
)
