"""A command line as written in a message or a doc, checked against the CLI's real parser (not run).

``command_problem(["roster", "pin", "FILE"])`` says what does not exist ("no command `roster pin`"), or ""
when every command, sub-command and option of the line is one the parser knows. Placeholders (``FILE``,
``N``, ``…``, quoted text) stand for values and are not checked."""

from __future__ import annotations

import argparse
import shlex

from parole_desktop.cli.program import build_parser


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(
        action, (argparse._StoreTrueAction, argparse._StoreFalseAction, argparse._HelpAction)
    )


def command_problem(tokens: list[str]) -> str:
    """What in ``tokens`` (the words after ``parole-desktop``) the CLI does not have; "" when all is there."""
    parser = build_parser()
    path: list[str] = []
    positionals_seen = 0
    toks = [t for t in tokens if t not in ("…", "...", "|")]
    i = 0
    while i < len(toks):
        tok = toks[i].strip("[]")
        i += 1
        if not tok:
            continue
        if tok.startswith("-") and len(tok) > 1:
            opt = tok.split("=", 1)[0]
            action = parser._option_string_actions.get(opt)
            if action is None:
                return f"`{' '.join(['parole-desktop', *path])}` has no option {opt}"
            if _takes_value(action) and "=" not in tok and i < len(toks):
                i += 1  # its value
            continue
        subs = _subcommands(parser)
        if subs and positionals_seen == 0:
            if tok not in subs:
                return f"there is no command `{' '.join(['parole-desktop', *path, tok])}`"
            parser = subs[tok]
            path.append(tok)
            continue
        positionals_seen += 1  # a value (an id, a file, a name)
    if _subcommands(parser) and not (not path and "--self-test" in toks):  # the self-test needs none
        return f"`{' '.join(['parole-desktop', *path])}` needs a sub-command"
    return ""


def split_command(text: str) -> list[str]:
    """The words of a command line as a shell reads them (quotes kept together)."""
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()
