"""``parole-desktop``: the same services as the GUI, headless and scriptable. Never starts the GUI.

The global options, start-up (process hardening, the portable data folder, logging), the command the
registry names, and the exit status: what the command returns (0 done, 1 the answer is no), 2 for a
refusal or invalid input, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn, cast

from parole_desktop import __version__
from parole_desktop.cli.registry import add_commands, commands
from parole_desktop.errors import ParoleError, ValidationError
from parole_desktop.logsetup import setup_logging
from parole_desktop.paths import resolve_paths
from parole_desktop.selftest import start_selftest
from parole_desktop.startup import harden_process, prepare_data_folder, use_private_temp

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse whose refusals are short: an invalid choice or value is quoted by argparse in full
    (``invalid choice: 'xxxx…'``), so a long message is cut (the sub-parsers are of this class too)."""

    def error(self, message: str) -> NoReturn:
        if len(message) > MAX_ERROR_CHARS:
            message = f"{message[: MAX_ERROR_CHARS - 40]}… ({len(message)} characters)"
        super().error(message)


MAX_ERROR_CHARS = 200


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="parole-desktop", description="Prepare humanitarian parole requests offline.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--data-dir", help="folder of the vault, settings and logs")
    p.add_argument(
        "--actor",
        default=os.environ.get("PAROLE_DESKTOP_ACTOR", "volunteer"),
        help="who is working (recorded in the audit log)",
    )
    p.add_argument(
        "--force-unlock",
        action="store_true",
        help="open a vault whose lock was left by a laptop that crashed or lost the stick",
    )
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="run the whole workflow on a throw-away vault (no COMMAND needed), exit 0 when it passes",
    )
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND", parser_class=_Parser)
    add_commands(cast("argparse._SubParsersAction[argparse.ArgumentParser]", sub))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # owner-only files, no core dumps, not dumpable (before any key is in memory)
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        return _self_test(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    if paths.portable:  # the USB build: everything it writes stays in data/ beside it
        problem = prepare_data_folder(paths)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        use_private_temp(paths)
    setup_logging(paths.logs if paths.data.exists() else None, verbose=args.verbose)
    from parole_desktop.services.rulebook import bundled_problem

    problem = bundled_problem()  # an edited bundled pack or key list: no command runs with it
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    run = {command.name: command.run for command in commands()}[args.cmd]
    try:
        return run(args, paths)
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
    p = argparse.ArgumentParser(prog="parole-desktop --self-test")
    p.add_argument("--self-test", action="store_true")
    p.add_argument("--data-dir")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    return start_selftest(args.data_dir, verbose=args.verbose)
