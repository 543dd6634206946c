"""Every command line of the README and docs/*.md runs as written (issue #25: the README's example imported
``tests/fixtures/cases/medical_uscis.json``, which does not exist, so a newcomer's first copy-paste failed).

* Every ``parole-desktop`` line of a code block is run, in order, on a fresh temp vault (the README's
  block is one walk: init, demo, import, evidence, reviewer, roster, sign-off, packet, verify, backup,
  restore, passphrase and keys). The only changes made to a line: the data folder (``/tmp/pd``) and the
  removable media (``/media/…``) point into the test's temp folder, a repository path (``tests/…``) into
  the checkout, and a placeholder a reader fills in from an earlier command's output (the org key
  fingerprint ``"ABCD …"``) gets that output. A line exits 0 (or 1 where the command answers "no": ``check``);
  anything else (a refusal exits 2, a packet that does not verify 1) fails the test with the line and the error.
* Every inline ``parole-desktop …`` command of the documents is checked against the CLI's real parser
  (``tests/cli_syntax.py``): its command, sub-command and options exist.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from parole_desktop.cli import main
from parole_desktop.cli.program import build_parser
from tests.cli_syntax import _subcommands, command_problem, split_command
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted([ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").glob("*.md")])
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SPAN = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
# commands whose "no" (exit 1) is an answer, not a failure
ANSWERS = {"check"}
REVIEWER_PW = "reviewer's own words 58"
ORG_PW = "org admin passphrase 9"
NEW_PW = "a new vault passphrase 31"


PROGRAM = re.compile(r"^(\.venv/bin/)?parole-desktop(-cli)?(\s|$)")


def block_commands(doc: Path) -> list[str]:
    """The CLI command lines of the document's code (fenced shell blocks and indented blocks), in order:
    comments cut, ``\\`` continuations joined, ``&&`` and ``;`` chains split."""
    out: list[str] = []
    fence = None  # the language of the fenced block we are in
    lines = doc.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        raw = lines[i]
        i += 1
        if raw.startswith("```"):
            fence = None if fence is not None else raw[3:].strip()
            continue
        in_code = fence in ("", "sh", "bash", "shell", "console") or (
            fence is None and raw.startswith("    ")
        )
        if not in_code:
            continue
        while raw.rstrip().endswith("\\") and i < len(lines):
            raw = raw.rstrip()[:-1] + " " + lines[i].strip()
            i += 1
        line = _strip_comment(raw).strip()
        for part in (p.strip() for p in re.split(r"&&|;", line)):
            if PROGRAM.match(part):
                out.append(part)
    return out


def _strip_comment(line: str) -> str:
    """The line without a trailing shell comment (a ``#`` outside quotes that starts a word)."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i]
    return line


def _args(line: str, tmp: Path, fingerprint: str) -> list[str]:
    words = shlex.split(re.sub(r'"ABCD[^"]*…"', f'"{fingerprint}"', line))
    assert PROGRAM.match(words[0]), line
    out = []
    for word in words[1:]:
        if word == "/tmp/pd" or word.startswith("/tmp/pd/"):
            word = str(tmp / "pd") + word[len("/tmp/pd") :]
        elif word.startswith("/media/"):
            word = str(tmp / word.lstrip("/"))
            Path(word).parent.mkdir(parents=True, exist_ok=True)
        elif (ROOT / word).exists() and "/" in word:
            word = str(ROOT / word)
        out.append(word)
    return out


def test_the_readme_walk_has_the_commands_it_promises():
    lines = block_commands(ROOT / "README.md")
    assert len(lines) >= 30
    assert any(" case import tests/fixtures/cases/" in line for line in lines)
    assert all(not re.search(r"\[--|\s\|\s", line) for line in lines), (
        "a line that is not a command as written"
    )


def inline_commands(doc: Path) -> list[str]:
    """The backtick-quoted command lines of a document: ``parole-desktop …``, or a command of the CLI
    followed by more words (`roster import FILE`, `signoff CASE --show`)."""
    top = set(_subcommands(build_parser()))
    out = []
    for m in SPAN.finditer(doc.read_text(encoding="utf-8")):
        words = split_command(m.group(1))
        if len(words) > 1 and re.match(r"^(\.venv/bin/)?parole-desktop$", words[0]):
            out.append(" ".join(words[1:]))  # (the program's name alone names the executable)
        elif len(words) > 1 and words[0] in top:
            out.append(" ".join(words))
    return out


def test_every_inline_command_of_the_documents_exists():
    found = {doc.name: inline_commands(doc) for doc in DOCS}
    assert "verify FILE.pdf [--roster roster.json] [--manifest PROOF]" in found["packet.md"]
    wrong = [
        f"{name}: `{line}`: {why}"
        for name, lines in found.items()
        for line in lines
        if (why := command_problem([w for w in split_command(line) if w not in ("…", "...")]))
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_block_command_names_real_commands(doc):
    wrong = [
        f"{line}: {why}"
        for line in block_commands(doc)
        if (why := command_problem(shlex.split(re.sub(r'"ABCD[^"]*…"', '"X"', line))[1:]))
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.slow
def test_the_readme_commands_run_as_written_on_a_fresh_vault(tmp_path, monkeypatch, capsys):
    from parole_desktop.services.demo import minimal_pdf

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PAROLE_DESKTOP_NEW_PASSPHRASE", NEW_PW)
    monkeypatch.setenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", REVIEWER_PW)
    monkeypatch.setenv("PAROLE_DESKTOP_ORG_PASSPHRASE", ORG_PW)
    for name in ("scan.pdf", "tr.pdf"):  # the reader's own files
        (tmp_path / name).write_bytes(minimal_pdf([f"Synthetic {name}"]))
    fingerprint, ran = "", []
    for line in block_commands(ROOT / "README.md"):
        args = _args(line, tmp_path, fingerprint)
        try:
            rc = main(args)
        except SystemExit as exc:  # argparse refused the line
            rc = int(exc.code or 0)
        out = capsys.readouterr()
        command = next(a for a in args if not a.startswith("-") and a != str(tmp_path / "pd"))
        assert rc == 0 or (rc == 1 and command in ANSWERS), f"{line}\n  exit {rc}: {out.err.strip()[:500]}"
        if args[:2] == ["org", "create"]:
            fingerprint = next(
                ln.split(":", 1)[1].strip()
                for ln in out.out.splitlines()
                if ln.startswith("Org key fingerprint")
            )
        if "passwd" in args:
            monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", NEW_PW)
        ran.append(line)
    assert len(ran) >= 30


# the frozen executables' self-test: run by tests/packaging/test_selftest.py (minutes; here only its syntax)
NOT_RUN_HERE = ("--self-test",)


@pytest.mark.slow
def test_the_command_lines_of_the_docs_run_as_written(tmp_path, monkeypatch, capsys):
    """docs/*.md: each document's command lines, in order, on a fresh vault of its own (with the 14 demo
    cases when it works on cases, evidence or groups, as its examples assume). A file the reader brings
    is made for the line that names it: a rules pack signed by the publisher (here a test publisher key),
    a scan."""
    import copy
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from parole_desktop.rules import load_pack, sign_pack
    from parole_desktop.services import checks
    from parole_desktop.services.demo import minimal_pdf

    key = Ed25519PrivateKey.generate()
    pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    monkeypatch.setattr(checks, "load_trusted_keys", lambda: {"test-publisher": pub})
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", REVIEWER_PW)
    monkeypatch.setenv("PAROLE_DESKTOP_ORG_PASSPHRASE", ORG_PW)
    ran = 0
    for doc in sorted((ROOT / "docs").glob("*.md")):
        lines = [ln for ln in block_commands(doc) if not any(flag in ln for flag in NOT_RUN_HERE)]
        if not lines:
            continue
        folder = tmp_path / doc.stem
        folder.mkdir()
        monkeypatch.chdir(folder)
        data = ["--data-dir", str(tmp_path / "pd")]
        if (tmp_path / "pd").exists():
            shutil.rmtree(tmp_path / "pd")
        assert main([*data, "init"]) == 0
        if any(re.search(r" (case|evidence|group) ", ln) for ln in lines):
            assert main([*data, "demo", "--cases", "14"]) == 0
        fingerprint = ""
        for line in lines:
            words = shlex.split(line)
            if words[1:3] == ["rules", "import"]:
                version = re.search(r"(\d{4}\.\d+\.\d+)", words[3])
                pack = copy.deepcopy(load_pack().raw)
                pack.update(version=version.group(1) if version else "2099.1.0", as_of="2027-02-01")
                signed = sign_pack(pack, key, key_id="test-publisher")
                (folder / words[3]).write_text(json.dumps(signed, ensure_ascii=False), encoding="utf-8")
            for word in words:
                if word.endswith(".pdf") and not (folder / word).exists():
                    (folder / word).write_bytes(minimal_pdf([f"Synthetic {word}"]))
            capsys.readouterr()
            args = _args(line, tmp_path, fingerprint)
            try:
                rc = main(args if "--data-dir" in args else [*data, *args])
            except SystemExit as exc:
                rc = int(exc.code or 0)
            out = capsys.readouterr()
            assert rc == 0, f"{doc.name}: {line}\n  exit {rc}: {out.err.strip()[:500]}"
            if args[:2] == ["org", "create"]:
                fingerprint = next(
                    ln.split(":", 1)[1].strip()
                    for ln in out.out.splitlines()
                    if ln.startswith("Org key fingerprint")
                )
            ran += 1
    assert ran >= 10
