"""CLI command ``hub``: push this vault's sealed objects to the organization hub (CouchDB), pull what the
other laptops pushed, and the org admin's one-time ``hub init`` (issue #23 item 6).

The password never comes from the command line: ``PAROLE_HUB_USER`` and ``PAROLE_HUB_PASSWORD`` (or the OS
keyring), and for ``init`` ``PAROLE_HUB_ADMIN_USER`` / ``PAROLE_HUB_ADMIN_PASSWORD``. A URL with a password
in it is refused."""

from __future__ import annotations

import argparse
import sys

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.paths import AppPaths
from parole_desktop.services import hub


def _progress(phase: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        of = f" of {total}" if total else ""
        sys.stderr.write(f"\r{phase}: {done}{of} object(s)…")
        sys.stderr.flush()


def _done_line() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\n")


def cmd_hub(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.hub_cmd == "init":
        for line in hub.init(args.url):
            print(f"Hub: {line}.")
        return 0
    with open_session(args, paths) as s:
        try:
            if args.hub_cmd == "push":
                counts = hub.push(s, args.url, progress=_progress)
            else:
                counts = hub.pull(s, args.url, progress=_progress)
        finally:
            _done_line()
    if args.json:
        out_json({"command": args.hub_cmd, **counts.as_dict()})
    elif args.hub_cmd == "push":
        print(f"Sent {counts.sent} object(s) to the hub (each confirmed stored).")
    else:
        print(
            f"Received from the hub: {counts.applied} applied, {counts.waiting} waiting, "
            f"{counts.duplicate} duplicate, {counts.quarantined} quarantined."
        )
        if counts.quarantined:
            print("Quarantined objects are kept aside with their reason and never applied.")
    return 0


def _arguments(h: argparse.ArgumentParser) -> None:
    hsub = h.add_subparsers(dest="hub_cmd", required=True)
    for name, text in (
        ("push", "send the hub what it has not confirmed (resumes after a kill)"),
        ("pull", "take what the other laptops sent to the hub since the last pull"),
    ):
        c = hsub.add_parser(name, help=text)
        c.add_argument("url", help="https://hub.example.org/DATABASE (no password: PAROLE_HUB_PASSWORD)")
        c.add_argument("--json", action="store_true")
    i = hsub.add_parser("init", help="org admin: create the hub database, its write-once rule and access")
    i.add_argument("url", help="https://hub.example.org/DATABASE (admin: PAROLE_HUB_ADMIN_USER/_PASSWORD)")


COMMANDS = (
    Command(
        "hub",
        "the organization hub (CouchDB): push and pull sealed cases, evidence and sign-offs",
        cmd_hub,
        _arguments,
    ),
)
