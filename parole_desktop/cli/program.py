"""``parole-desktop``: the same services as the GUI, headless and scriptable. Never starts the GUI.

The global options, start-up (process hardening, the portable data folder, logging), the command the
registry names, and the exit status: what the command returns (0 done, 1 the answer is no), 2 for a
refusal or invalid input, 130 when interrupted.

The language: ``--lang L`` (a global option), otherwise LANGUAGE, LC_ALL, LC_MESSAGES or LANG (POSIX order),
chosen before the parser is built, so ``--help`` and argparse's own messages (routed through the core's
catalog while ``main`` runs) are in it too. An unknown ``--lang`` means English, with one warning.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn, cast

from parole_desktop import __version__, l10n
from parole_desktop.cli.registry import add_commands, commands
from parole_desktop.errors import ParoleError, ValidationError
from parole_desktop.l10n import _
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
    p = _Parser(prog="parole-desktop", description=_("Prepare humanitarian parole requests offline."))
    p.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),
    )
    p.add_argument("--data-dir", help=_("folder of the vault, settings and logs"))
    p.add_argument(
        "--lang",
        metavar="L",
        help=_(
            "language of the messages: {languages} (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)"
        ).format(languages=", ".join(l10n.LANGUAGES)),
    )
    p.add_argument(
        "--actor",
        default=os.environ.get("PAROLE_DESKTOP_ACTOR", "volunteer"),
        help=_("who is working (recorded in the audit log)"),
    )
    p.add_argument(
        "--force-unlock",
        action="store_true",
        help=_("open a vault whose lock was left by a laptop that crashed or lost the stick"),
    )
    p.add_argument("-v", "--verbose", action="store_true", help=_("more detail in the log"))
    p.add_argument(
        "--self-test",
        action="store_true",
        help=_("run the whole workflow on a throw-away vault (no COMMAND needed), exit 0 when it passes"),
    )
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND", parser_class=_Parser)
    add_commands(cast("argparse._SubParsersAction[argparse.ArgumentParser]", sub))
    return p


def asked_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv`` (``--lang es`` or ``--lang=es``), read before the parser exists."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def choose_language(argv: Sequence[str]) -> str:
    """Use the language ``--lang`` names, else the environment's; an unknown ``--lang`` prints one warning
    and means English. Says once on stderr when the language shows drafts not yet reviewed."""
    asked = asked_language(argv)
    if asked and l10n.match(asked) is None:
        print(
            _(
                "warning: no translation for the language {code} (there are: {languages}); using English"
            ).format(code=asked[:40], languages=", ".join(l10n.LANGUAGES)),
            file=sys.stderr,
        )
        asked = l10n.DEFAULT
    used = l10n.choose(asked)
    if l10n.drafts_in_use():
        print(
            _("note: some messages in this language are drafts not yet reviewed by a translator"),
            file=sys.stderr,
        )
    return used


@contextlib.contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse's own texts ("usage: ", "the following arguments are required: …") through the core's
    catalog while the CLI runs (argparse looks ``_`` and ``ngettext`` up in its module at each call)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = l10n._, l10n.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # owner-only files, no core dumps, not dumpable (before any key is in memory)
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        return _self_test(argv)
    choose_language(argv)
    with argparse_in_language():
        return _run(argv)


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    if paths.portable:  # the USB build: everything it writes stays in data/ beside it
        problem = prepare_data_folder(paths)
        if problem:
            print(_("error: {message}").format(message=problem), file=sys.stderr)
            return 2
        use_private_temp(paths)
    setup_logging(paths.logs if paths.data.exists() else None, verbose=args.verbose)
    from parole_desktop.services.rulebook import bundled_problem

    problem = bundled_problem()  # an edited bundled pack or key list: no command runs with it
    if problem:
        print(_("error: {message}").format(message=problem), file=sys.stderr)
        return 2
    run = {command.name: command.run for command in commands()}[args.cmd]
    try:
        return run(args, paths)
    except ValidationError as exc:
        print(
            _("error: invalid input at {path}: {message}").format(path=exc.path, message=exc.detail),
            file=sys.stderr,
        )
        return 2
    except ParoleError as exc:
        print(_("error: {message}").format(message=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("interrupted"), file=sys.stderr)
        return 130


def _self_test(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="parole-desktop --self-test")
    p.add_argument("--self-test", action="store_true")
    p.add_argument("--data-dir")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    return start_selftest(args.data_dir, verbose=args.verbose)
