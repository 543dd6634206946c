"""The idle children the sandbox keeps started ahead (packet/sandbox.py ``prestart``): one per core, two at
most, so files added one after another overlap the children's start-up; each child still reads exactly one
file, and a spare that died while idle is never handed a file."""

from __future__ import annotations

import signal

import pytest

from parole_desktop.packet import sandbox
from parole_desktop.packet.sandbox import run_untrusted


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[sandbox._Child]:
    """Every child handed a file, in order; two spares wanted whatever this machine's core count."""
    monkeypatch.setattr(sandbox, "spares_wanted", lambda: 2)
    sandbox._stop_spare()
    used: list[sandbox._Child] = []
    real = sandbox._take

    def take(memory: int) -> sandbox._Child:
        child = real(memory)
        used.append(child)
        return child

    monkeypatch.setattr(sandbox, "_take", take)
    yield used
    sandbox._stop_spare()


def _alive(children: list[sandbox._Child]) -> list[sandbox._Child]:
    return [c for c in children if c.proc.poll() is None]


def test_files_one_after_another_each_get_a_fresh_child_with_two_ready(served) -> None:
    for i in range(4):
        data = bytes([i]) * (1000 + i)
        res = run_untrusted("selftest", data)
        assert res.header["echo_len"] == len(data) and res.payloads == [data[::-1]]
        assert len(_alive(sandbox._spares)) == 2  # started ahead for the next files
    pids = [c.proc.pid for c in served]
    assert len(set(pids)) == 4  # one child per file, never reused
    assert all(c.proc.returncode == 0 for c in served)  # each ended after its one file
    assert not {c.proc.pid for c in sandbox._spares} & set(pids)


@pytest.mark.allow_warning_logs
def test_a_spare_that_died_while_idle_is_not_handed_a_file(served) -> None:
    run_untrusted("selftest", b"first")
    dead, other = sandbox._spares
    dead.proc.send_signal(signal.SIGKILL)
    dead.proc.wait(timeout=10)
    res = run_untrusted("selftest", b"second")
    assert res.payloads == [b"dnoces"]
    assert served[-1] is other  # the live spare served it
    assert dead not in sandbox._spares and len(_alive(sandbox._spares)) == 2


def test_a_file_with_its_own_memory_limit_gets_a_child_of_its_own(served) -> None:
    run_untrusted("selftest", b"ordinary")
    ready = list(sandbox._spares)
    run_untrusted("selftest", b"small", memory=512 * 1024 * 1024)
    assert served[-1] not in ready and served[-1].memory == 512 * 1024 * 1024
    assert all(c.memory == sandbox.MEMORY_LIMIT for c in sandbox._spares)


def test_stopping_the_spares_ends_every_idle_child(served) -> None:
    run_untrusted("selftest", b"x")
    idle = list(sandbox._spares)
    assert len(_alive(idle)) == 2
    sandbox._stop_spare()
    assert sandbox._spares == [] and _alive(idle) == []


def test_one_spare_per_core_two_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    for cores, want in ((None, 1), (1, 1), (2, 2), (16, 2)):
        monkeypatch.setattr(sandbox.os, "cpu_count", lambda n=cores: n)
        assert sandbox.spares_wanted() == want
