"""GUI numbers (printed, never asserted): start → interactive case list, search stalls, memory at 100k cases."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Reason, Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.domain.search_text import normalise
from parole_desktop.store.cases import _case_row

ROOT = Path(__file__).resolve().parents[2]
PASS = "benchmark passphrase words"
GIVEN = ["José", "Оксана", "فرشته", "Mateusz", "Wilnerson", "María", "Dmytro", "احمد", "Rose", "Anna", "Omar"]
FAMILY = [
    "Núñez",
    "Ковальчук",
    "رحیمی",
    "Wałęsiak",
    "Désir",
    "Cañizares",
    "Ivanenko",
    "کریمی",
    "Pierre",
    "Novak",
    "Haidari",
    "Mendoza",
    "Petrenko",
    "Sultani",
]


def bulk_cases(session, n: int, seed: int = 1) -> None:
    """n synthetic list rows in one executemany (FTS is filled by the table's triggers)."""
    rng = random.Random(seed)
    template = Case(
        reason=Reason.MEDICAL_TREATMENT,
        people=[Person(role=Role.BENEFICIARY, given_name="A", family_name="B")],
    )
    base = _case_row(template, "3 fail · 2 warn", 3)
    base["created_at"] = base["updated_at"] = "2026-01-01T00:00:00+00:00"
    cols = list(base)
    rows = []
    reasons = [str(r) for r in Reason]
    for i in range(n):
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)} {i}"
        name = f"{given} {family}"
        extra = {"sort_name": normalise(f"{family} {given}")} if "sort_name" in base else {}
        if "uid" in base:  # unique per case since schema step 0003
            extra["uid"] = f"{seed:08x}{i:024x}"
        row = dict(
            base,
            beneficiary=name,
            search_text=normalise(name),
            **extra,
            reason=rng.choice(reasons),
            fails=rng.randint(0, 4),
            key_date=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            updated_at=f"2026-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}+00:00",
        )
        rows.append([row[c] for c in cols])
    sql = f"INSERT INTO cases ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
    with session.vault.atomic():
        session.vault.db.conn.executemany(sql, rows)


CHILD = textwrap.dedent("""
    import json, os, sys, time
    t0 = float(sys.argv[2])
    from PySide6.QtCore import QEvent, QObject, QTimer
    out = {}

    class FirstPaint(QObject):
        \"\"\"The moment the watched widget is first painted: the screen is on screen and takes input.\"\"\"

        def __init__(self, then):
            super().__init__()
            self.then = then

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "painted" not in out:
                out["painted"] = time.time() - t0
                out["cpu"] = time.process_time()  # this process's CPU time, interpreter start included
                out["modules"] = len(sys.modules)
                out["ours"] = sorted(m for m in sys.modules if m.startswith("parole_desktop"))
                out["heavy"] = sorted(
                    m for m in ("sqlcipher3", "cryptography", "zxcvbn", "reportlab", "pikepdf", "pyhanko",
                                "numpy", "PIL", "pypdfium2") if m in sys.modules
                )
                QTimer.singleShot(0, self.then)
            return False

    if sys.argv[1] == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
        app = QApplication([])
        w = QMainWindow(); label = QLabel("hello"); w.setCentralWidget(label); w.resize(1180, 760)
        spy = FirstPaint(app.quit)
        label.installEventFilter(spy)
        w.show()
    else:
        from parole_desktop.app import build
        app, w, _ = build(["--data-dir", sys.argv[3]])

        def unlock():
            from parole_desktop.store.keys import DEFAULT_KDF  # waits for the background imports, if still running
            t = time.perf_counter()
            DEFAULT_KDF.derive(b"benchmark", b"0123456789abcdef")
            out["argon"] = time.perf_counter() - t
            page = w.lock_screen.unlock_page
            page.passphrase.setText(sys.argv[4])
            t = time.perf_counter()
            page.unlock_button.click()
            out["rows"] = w.case_list.model.rowCount()
            w.case_list.model.data(w.case_list.model.index(0, 0))
            w.repaint()
            out["unlock"] = time.perf_counter() - t
            app.quit()

        spy = FirstPaint(unlock)
        w.lock_screen.unlock_page.installEventFilter(spy)
        w.show()
    app.exec()
    print(json.dumps(out), flush=True)
""")


# The children run with bytecode cached, as an installed app does (pip and the bundle ship .pyc files): a
# session with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module of the app from source at
# every start (~50 ms on this machine) while PySide6's bare window reads its site-packages .pyc. The cache
# lives outside the source tree; the warm-up runs fill it.
PYCACHE = Path(tempfile.gettempdir()) / f"parole-bench-pycache-{os.getuid()}"


def _run_child(mode: str, *args: str) -> dict:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(PYCACHE)
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, repr(t0), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


@pytest.mark.benchmark
@pytest.mark.real_kdf
def test_start_to_unlock_screen_and_unlock_to_interactive_list(tmp_path: Path) -> None:
    """Targets (#10, #22): start → painted unlock screen ≤ 2× a bare PySide6 window (painted); unlock →
    interactive 10,000-case list ≤ Argon2id + 250 ms. Bare window and app run alternately, 5 times each,
    in one benchmark run; the modules loaded at the unlock screen's first paint are listed."""
    from parole_desktop.paths import AppPaths
    from parole_desktop.services.session import create_vault

    paths = AppPaths(tmp_path / "data")
    session, _ = create_vault(paths, PASS)
    bulk_cases(session, 10_000)
    session.close()
    _run_child("bare", "")  # warm the OS file cache and the bytecode cache for both
    _run_child("app", str(paths.data), PASS)
    bare, apps, bare_runs = [], [], []
    for _ in range(5):
        bare_runs.append(_run_child("bare", ""))
        bare.append(bare_runs[-1]["painted"])
        apps.append(_run_child("app", str(paths.data), PASS))
    b = _median(bare)
    to_lock = _median([a["painted"] for a in apps])
    unlock = _median([a["unlock"] for a in apps])
    argon = _median([a["argon"] for a in apps])
    first = apps[0]
    cpu_bare = _median([x["cpu"] for x in bare_runs])
    cpu_app = _median([a["cpu"] for a in apps])
    print(
        f"\nbare PySide6 window painted {b * 1000:.0f} ms; start to painted unlock screen {to_lock * 1000:.0f} ms "
        f"(ratio {to_lock / b:.2f}, target <= 2; median of 5 interleaved); unlock to interactive list of "
        f"{first['rows']:,} cases {unlock * 1000:.0f} ms = Argon2id {argon * 1000:.0f} ms + "
        f"{(unlock - argon) * 1000:.0f} ms (target <= Argon2id + 250 ms); both together "
        f"{(to_lock + unlock) / b:.2f}x a bare window\n"
        f"CPU time to first paint (the process's own, from interpreter start; what the wall times come to "
        f"when no other job shares the cores): {cpu_app * 1000:.0f} ms vs {cpu_bare * 1000:.0f} ms bare, "
        f"ratio {cpu_app / cpu_bare:.2f}\n"
        f"modules at first paint: {first['modules']} in all; ours: {', '.join(first['ours'])}; "
        f"heavy: {', '.join(first['heavy']) or 'none'}; load average {os.getloadavg()[0]:.1f}"
    )


@pytest.mark.benchmark
def test_autosave_and_typing_stall_on_a_case_with_20_exhibits(qtbot, session) -> None:
    """Targets (#10, #22): one autosave ≤ 10 ms median with 20 exhibits (one transaction); no GUI-thread stall > 50 ms while
    typing. Baseline: the same number of bare QPlainTextEdit keystrokes in the same run."""
    from PySide6.QtWidgets import QPlainTextEdit

    from parole_desktop.services.demo import minimal_pdf
    from parole_desktop.ui.workspace import CaseWorkspace

    case = session.new_case("Zumrad", "Testova")
    for i in range(20):
        session.add_evidence_bytes(
            case.id,
            minimal_pdf([f"Synthetic exhibit {i}"]),
            f"e{i}.pdf",
            kind="identity_document" if i == 0 else "other",
            title=f"Exhibit {i}",
        )
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.resize(1024, 560)
    ws.show()
    ws.load_case(case.id)
    ws.go_to_step(1)
    saves, commits, save_cpu, commit_cpu = [], [], [], []
    conn = session.vault.db.conn
    for i in range(40):
        ws.reason.statement.insertPlainText(f"word{i} ")
        t, c = time.perf_counter(), time.thread_time()
        ws.flush()
        saves.append((time.perf_counter() - t) * 1000)
        save_cpu.append((time.thread_time() - c) * 1000)
        # the bare baseline, interleaved: one changed column of the case's row and its commit (one fsync,
        # synchronous=FULL: what any durable save costs on this disk)
        t, c = time.perf_counter(), time.thread_time()
        conn.execute("BEGIN")
        conn.execute("UPDATE cases SET readiness = ? WHERE id = ?", [f"bench {i}", case.id])
        conn.execute("COMMIT")
        commits.append((time.perf_counter() - t) * 1000)
        commit_cpu.append((time.thread_time() - c) * 1000)

    def typing_gaps(widget, text: str) -> tuple[list[int], float]:
        with Heartbeat() as heart:
            widget.setFocus()
            t = time.perf_counter()
            qtbot.keyClicks(widget, text, delay=25)
            qtbot.wait(1200)  # includes the autosave after typing stops
        return heart.gaps, time.perf_counter() - t

    text = "The beneficiary needs surgery soon. " * 4
    bare = QPlainTextEdit()
    qtbot.addWidget(bare)
    bare.show()
    bare_gaps, bare_s = typing_gaps(bare, text)
    app_gaps, app_s = typing_gaps(ws.reason.statement, text)
    med = _median(saves)
    print(
        f"\nautosave with 20 exhibits: median {med:.1f} ms, max {max(saves):.1f} ms (target median <= 10 ms); "
        f"bare UPDATE + COMMIT of one column in the same vault, interleaved: median {_median(commits):.1f} ms "
        f"(autosave = one bare commit + {med - _median(commits):.1f} ms); "
        f"CPU time of the GUI thread (what the wall time comes to when no other job shares the cores, "
        f"plus the fsync): autosave median {_median(save_cpu):.1f} ms, bare commit {_median(commit_cpu):.1f} ms; "
        f"load average {os.getloadavg()[0]:.1f}; "
        f"typing {len(text)} keys: longest GUI-thread stall {max(app_gaps)} ms in the workspace vs "
        f"{max(bare_gaps)} ms in a bare QPlainTextEdit (target <= 50 ms); wall {app_s:.2f} s vs {bare_s:.2f} s"
    )
    ws.clear()


class Heartbeat:
    """A 5 ms timer on the GUI thread; ``gaps`` are the intervals it saw (a long one is a stall)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[int] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = self._clock.elapsed()
        self.gaps.append(now - self._last)
        self._last = now

    def __enter__(self) -> Heartbeat:
        self._clock.start()
        self._last = self._clock.elapsed()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@pytest.mark.benchmark
def test_search_stall_and_memory_at_100k(qtbot, session) -> None:

    from parole_desktop.ui.case_list import CaseListPage

    t = time.perf_counter()
    bulk_cases(session, 100_000)
    fill_s = time.perf_counter() - t
    rss0 = _rss_mb()
    page = CaseListPage()
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    t = time.perf_counter()
    page.set_session(session)
    qtbot.waitExposed(page)
    page.table.viewport().repaint()
    first_paint = time.perf_counter() - t
    rss1 = _rss_mb()

    with Heartbeat() as heart:
        page.search.setFocus()
        qtbot.keyClicks(page.search, "jose nunez", delay=60)
        qtbot.wait(400)
        page.table.viewport().repaint()
    gaps = heart.gaps
    hits = page.model.rowCount()
    query_ms = []
    for prefix in ("j", "jo", "jos", "jose", "jose n", "jose nu", "o", "a"):
        t = time.perf_counter()
        page.model.set_search(prefix)
        page.model.data(page.model.index(0, 0))
        query_ms.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    page.table.sortByColumn(0, page.table.horizontalHeader().sortIndicatorOrder())
    page.model.set_search("")
    page.model.data(page.model.index(50_000, 0))
    jump_ms = (time.perf_counter() - t) * 1000
    print(
        f"\n100,000 cases bulk-inserted in {fill_s:.1f} s; list first paint {first_paint * 1000:.0f} ms; "
        f"longest GUI-thread stall while typing 'jose nunez' {max(gaps)} ms (heartbeat 5 ms, "
        f"{hits:,} hits); search re-query + first block: max {max(query_ms):.1f} ms, "
        f"median {sorted(query_ms)[len(query_ms) // 2]:.1f} ms; jump to row 50,000 sorted by name "
        f"{jump_ms:.0f} ms; RSS {rss0:.0f} MB before list, {rss1:.0f} MB with list (+{rss1 - rss0:.0f} MB), "
        f"{_rss_mb():.0f} MB at end"
    )
