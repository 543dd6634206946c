"""Every command a message of the package names exists (issue #25: an error told users to run
`parole-desktop roster pin FILE`, which never existed; it is `roster import`).

Every string literal of ``parole_desktop/`` (messages, help, dialog text; f-strings with their values as
placeholders) is read; each backtick-quoted span that is a command line (it starts with ``parole-desktop``,
follows "run", or starts with a command of the CLI) is checked against the CLI's real parser: the command,
its sub-command and its options must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from parole_desktop.cli.program import build_parser
from tests.cli_syntax import _subcommands, command_problem, split_command

PACKAGE = Path(__file__).resolve().parents[1] / "parole_desktop"
_SPAN = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
TOP = set(_subcommands(build_parser()))


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) and isinstance(part.value, str) else "X"
            for part in node.values
        )
    return None


def named_commands() -> list[tuple[str, str]]:
    """(where, command line) of every command a string literal of the package names."""
    found: list[tuple[str, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_fstring = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            if id(node) in inside_fstring:
                continue  # read as part of its f-string
            text = _literal_text(node)
            if not text or "`" not in text:
                continue
            for m in _SPAN.finditer(text):
                words = split_command(m.group(1))
                if not words:
                    continue
                before = text[: m.start()].rstrip().lower()
                if words[0] in ("X", "python", "python3") or words[0].endswith(".py"):
                    continue  # a placeholder filled at run time, or a developer's script, not the CLI
                if words[0] == "parole-desktop":
                    words = words[1:]
                elif not (before.endswith("run") or (words[0] in TOP and len(words) > 1)):
                    continue
                where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
                found.append((where, " ".join(words)))
    return found


def test_the_scan_finds_the_commands_the_package_names():
    named = {line for _where, line in named_commands()}
    # a few that are there today: the scan would be worthless if it found nothing
    assert any(line.startswith("keys rotate") for line in named)
    assert any(line.startswith("roster import") for line in named)
    assert any(line.startswith("reviewer enrol-request") for line in named)


@pytest.mark.parametrize(
    "line",
    ["roster pin FILE", "case frobnicate 1", "packet 1 --no-such-option", "keys", "verify x.pdf --rooster r"],
)
def test_the_check_refuses_what_the_parser_does_not_have(line):
    assert command_problem(split_command(line))


@pytest.mark.parametrize(
    "line",
    [
        "roster import FILE --fingerprint FINGERPRINT",
        "--data-dir /tmp/pd case edit 1 --set people.0.passport_family_name=RAHIMI",
        "verify packet.pdf [--roster roster.json] [--no-vault]",
        'reviewer enrol-request "R. Reviewer" -o r.enrol.json',
    ],
)
def test_the_check_accepts_real_command_lines(line):
    assert command_problem(split_command(line)) == ""


def test_every_command_a_message_names_exists():
    wrong = [
        f"{where}: `{line}`: {why}"
        for where, line in named_commands()
        if (why := command_problem(line.split()))
    ]
    assert not wrong, "\n".join(wrong)
