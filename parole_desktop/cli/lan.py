"""CLI command ``lan``: laptop to laptop on the local network, without internet (issue #23 item 5) —
``lan receive`` listens and, when a laptop of the organization connects, shows the short code and asks the
person to type the code the sending laptop shows; ``lan send HOST[:PORT]`` connects, shows the code, and
exchanges in both directions."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.errors import UserError
from parole_desktop.paths import AppPaths
from parole_desktop.services import lan
from parole_desktop.services.exchange import VaultObjects

_say_lock = threading.Lock()


def _say(line: str) -> None:
    with _say_lock:
        print(line, flush=True)


def _progress(phase: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        of = f" of {total}" if total else ""
        sys.stderr.write(f"\r{phase}: {done}{of} object(s)…")
        sys.stderr.flush()


def confirmer(given: str | None, ask: Callable[[str], str] = input) -> Callable[[str, lan.Peer], bool]:
    """Accept a sender when the code typed (or ``given`` with ``--code``) is the code of this session."""
    wanted = lan.normalise_code(given) if given else None
    if given and not wanted:
        raise UserError(f"--code {given!r}: a code is six digits, as the sending laptop shows it (123 456).")

    def confirm(code: str, peer: lan.Peer) -> bool:
        _say(f"“{peer.name}” wants to exchange. Code on this laptop: {lan.show_code(code)}")
        if wanted is not None:
            ok = wanted == code
        else:
            with _say_lock:
                try:
                    typed = ask("Type the code the sending laptop shows to accept (Enter refuses): ")
                except EOFError:
                    typed = ""
            ok = lan.normalise_code(typed) == code
        _say("Accepted." if ok else "Refused: the codes differ (or none was typed). Nothing was exchanged.")
        return ok

    return confirm


def cmd_lan(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        store = VaultObjects(s)
        if args.lan_cmd == "receive":
            rx = lan.Receiving(
                s,
                store,
                confirm=confirmer(args.code),
                bind=args.bind,
                port=args.port,
                once=args.once,
                progress=_progress,
            )
            _say(f"Listening on {', '.join(rx.addresses())} (port {rx.address[1]}).")
            _say(f"This laptop's fingerprint: {rx.fingerprint}")
            _say("On the sending laptop run `lan send ADDRESS`; press Ctrl+C here to stop.")
            try:
                results = rx.serve()
            except KeyboardInterrupt:
                rx.stop()
                results = rx.results()
            if args.json:
                out_json([c.as_dict() for c in results])
            else:
                for c in results:
                    _say("\n".join(c.lines()))
            return 0
        counts = lan.send(
            s,
            args.address,
            store,
            on_code=lambda code, peer: _say(
                f"Connected to “{peer.name}”. Code: {lan.show_code(code)} — check that the receiving laptop "
                "shows the same code; the person there confirms it."
            ),
            progress=_progress,
        )
    if args.json:
        out_json(counts.as_dict())
    else:
        _say("\n".join(counts.lines()))
    return 0


def _arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="lan_cmd", required=True)
    rx = sub.add_parser("receive", help="listen for a laptop of the organization on this network")
    rx.add_argument("--port", type=int, default=lan.PORT, help=f"TCP port (default {lan.PORT}; 0: any free)")
    rx.add_argument("--bind", default="0.0.0.0", help="the address to listen on (default: every network)")
    rx.add_argument("--once", action="store_true", help="stop after one completed exchange")
    rx.add_argument("--code", help="accept only this code (for scripts; without it you are asked)")
    rx.add_argument("--json", action="store_true")
    tx = sub.add_parser("send", help="exchange with the laptop receiving at HOST[:PORT]")
    tx.add_argument("address", metavar="HOST[:PORT]")
    tx.add_argument("--json", action="store_true")


COMMANDS = (
    Command(
        "lan",
        "exchange sealed cases and evidence with a laptop of the organization on this network",
        cmd_lan,
        _arguments,
    ),
)
