"""``lan receive`` / ``lan send`` end to end through the CLI only, on 127.0.0.1 (#23 item 5): two processes,
two temp vaults listed in one roster; the receiver prints its address and fingerprint, then the code when
the sender connects, and asks for the code the sender shows; a case with evidence goes there and an edit
comes back; a wrong code moves nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from parole_desktop.cli import lan as cli_lan
from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import UserError
from parole_desktop.paths import AppPaths
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops

FAMILY = "Bilyk-Synthetic"


def _cli(root: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PAROLE_DESKTOP_PASSPHRASE": PASSPHRASE, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-m", "parole_desktop", "--data-dir", str(root), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _read_until(proc: subprocess.Popen[str], pattern: str, seen: list[str]) -> re.Match[str]:
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        assert line, f"ended before {pattern!r}: {''.join(seen)} {proc.stderr.read() if proc.stderr else ''}"
        seen.append(line)
        m = re.search(pattern, line)
        if m:
            return m


def _exchange(rx_root: Path, tx_root: Path, *, answer: str | None = None) -> tuple[str, str, int, int]:
    """One ``lan receive --once`` and one ``lan send``; the receiver is typed the sender's code (or
    ``answer``). Returns both outputs and exit codes."""
    rx = _cli(rx_root, "lan", "receive", "--bind", "127.0.0.1", "--port", "0", "--once")
    rx_out: list[str] = []
    port = _read_until(rx, r"Listening on 127\.0\.0\.1:(\d+)", rx_out).group(1)
    _read_until(rx, r"fingerprint: [0-9A-F]{4}", rx_out)
    tx = _cli(tx_root, "lan", "send", f"127.0.0.1:{port}")
    tx_out: list[str] = []
    code = _read_until(tx, r"Code: (\d{3} \d{3})", tx_out).group(1)
    shown = _read_until(rx, r"Code on this laptop: (\d{3} \d{3})", rx_out).group(1)
    assert shown == code
    assert rx.stdin is not None
    rx.stdin.write((answer if answer is not None else code) + "\n")
    rx.stdin.flush()
    if answer is not None:  # refused: the receiver goes on listening; stop it
        tx_rest, tx_err = tx.communicate(timeout=60)
        rx.terminate()
        rx_rest, _ = rx.communicate(timeout=60)
        return "".join(rx_out) + rx_rest, "".join(tx_out) + tx_rest + tx_err, rx.returncode, tx.returncode
    tx_rest, tx_err = tx.communicate(timeout=120)
    rx_rest, rx_err = rx.communicate(timeout=120)
    return (
        "".join(rx_out) + rx_rest + rx_err,
        "".join(tx_out) + tx_rest + tx_err,
        rx.returncode,
        tx.returncode,
    )


def _find(s):  # type: ignore[no-untyped-def]
    for row in s.list_cases(limit=50):
        case = s.load_case(row.id)
        if any(p.family_name == FAMILY for p in case.people):
            return case
    return None


@pytest.mark.slow
def test_a_case_with_evidence_goes_there_and_an_edit_comes_back_through_the_cli(tmp_path):
    _org, (a, b) = laptops(tmp_path, ("intake laptop", "reviewer laptop"))
    case = a.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name="Oksana", family_name=FAMILY)]))
    data = minimal_pdf(["Passport of Oksana Bilyk-Synthetic"])
    a.add_evidence_bytes(int(case.id or 0), data, "passport.pdf", kind="other", title="Passport")
    a.close()
    b.close()
    ra, rb = tmp_path / "intake laptop", tmp_path / "reviewer laptop"
    rx_out, tx_out, rx_rc, tx_rc = _exchange(rb, ra)
    assert (rx_rc, tx_rc) == (0, 0), (rx_out, tx_out)
    assert "“intake laptop” wants to exchange" in rx_out and "Accepted." in rx_out
    assert "Connected to “reviewer laptop”" in tx_out and "Exchanged with “reviewer laptop”" in tx_out
    sent = int(re.search(r"sent:\s+(\d+)", tx_out).group(1))  # type: ignore[union-attr]
    assert sent >= 2 and re.search(rf"applied:\s+{sent}\b", rx_out), rx_out
    with open_vault(AppPaths(rb), PASSPHRASE, actor="check") as s:
        got = _find(s)
        assert got is not None and [s.read_evidence(ev) for ev in got.evidence] == [data]
        got.statement = "Reviewed on the reviewer laptop."
        s.save_case(got)
    rx_out, tx_out, rx_rc, tx_rc = _exchange(rb, ra)
    assert (rx_rc, tx_rc) == (0, 0), (rx_out, tx_out)
    assert re.search(r"applied:\s+1\b", tx_out), tx_out
    with open_vault(AppPaths(ra), PASSPHRASE, actor="check") as s:
        assert s.load_case(int(case.id or 0)).statement == "Reviewed on the reviewer laptop."


@pytest.mark.slow
def test_a_wrong_code_typed_at_the_receiver_moves_nothing(tmp_path):
    _org, (a, b) = laptops(tmp_path, ("intake laptop", "reviewer laptop"))
    a.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name="Oksana", family_name=FAMILY)]))
    a.close()
    b.close()
    rx_out, tx_out, _rx_rc, tx_rc = _exchange(
        tmp_path / "reviewer laptop", tmp_path / "intake laptop", answer=""
    )
    assert "Refused: the codes differ" in rx_out
    assert tx_rc == 2 and "refused" in tx_out
    with open_vault(AppPaths(tmp_path / "reviewer laptop"), PASSPHRASE, actor="check") as s:
        assert _find(s) is None


def test_the_confirmer_compares_the_code_given_or_typed():
    class P:
        name = "intake laptop"

    assert cli_lan.confirmer("123 456")("123456", P())  # type: ignore[arg-type]
    assert not cli_lan.confirmer("123-457")("123456", P())  # type: ignore[arg-type]
    assert cli_lan.confirmer(None, ask=lambda _prompt: " 123 456 ")("123456", P())  # type: ignore[arg-type]
    assert not cli_lan.confirmer(None, ask=lambda _prompt: "")("123456", P())  # type: ignore[arg-type]

    def eof(_prompt: str) -> str:
        raise EOFError

    assert not cli_lan.confirmer(None, ask=eof)("123456", P())  # type: ignore[arg-type]
    with pytest.raises(UserError, match="six digits"):
        cli_lan.confirmer("12345")


def test_an_address_is_host_or_host_and_port():
    from parole_desktop.services import lan

    assert lan.parse_address("192.168.1.20") == ("192.168.1.20", lan.PORT)
    assert lan.parse_address(" laptop-3.local:8443 ") == ("laptop-3.local", 8443)
    assert lan.parse_address("[fe80::1]:9000") == ("fe80::1", 9000)
    for bad in ("", "host:0", "host:99999", "host:abc", "[fe80::1", "a b:80"):
        with pytest.raises(UserError):
            lan.parse_address(bad)
