#!/usr/bin/env python3
"""Developer entry point that needs nothing but python3: makes .venv, installs, then runs or tests.

    python3 packaging/dev.py run     launch the app (a demo vault is created on first use)
    python3 packaging/dev.py test    lint + layering contracts + the whole test suite, offscreen
    python3 packaging/dev.py bench   the benchmarks (print numbers)

Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".parole-desktop-installed"
# Every install (dev, CI, release) comes from this lock, with hashes: what users get is what the tests ran.
# Regenerate it with `python3 packaging/lock.py` after changing dependencies in pyproject.toml.
LOCK = ROOT / "packaging" / "requirements.lock"

# Debian/Ubuntu packages: Qt's runtime libraries on a minimal system, venv support, and the PDF tools
# the tests use to check packets (qpdf --check, pdftotext, pdfsig, pdftoppm).
APT_RUNTIME = [
    "python3-venv",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
]
APT_TEST = ["qpdf", "poppler-utils"]


def say(msg: str) -> None:
    sys.stderr.write(f"[dev] {msg}\n")


def _missing_debs(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for pkg in packages:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
        if "install ok installed" not in out.stdout:
            missing.append(pkg)
    return missing


def ensure_system(packages: list[str]) -> None:
    """Install missing Debian packages (as root directly, else through sudo, which may ask a password)."""
    missing = _missing_debs(packages)
    if not missing or not shutil.which("apt-get"):
        return
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if not shutil.which("sudo"):
            say(f"please install: {' '.join(missing)} (apt-get install as root)")
            return
        prefix = ["sudo"]
    say(f"installing system packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-q"], env=env, check=False)
    subprocess.run([*prefix, "apt-get", "install", "-y", "-q", *missing], env=env, check=True)


def _pyproject_hash() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(LOCK.read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create .venv and (re)install the locked dependencies and the project when pyproject or the lock changed."""
    if not PY.exists():
        say("creating .venv")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    want = _pyproject_hash()
    if STAMP.exists() and STAMP.read_text().strip() == want:
        return
    say("installing dependencies into .venv (first run takes a minute)")
    pip = [str(PY), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--require-hashes", "-r", str(LOCK)], check=True)
    # the project itself: no dependency resolution (all pinned above), built with the locked setuptools
    subprocess.run([*pip, "install", "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
    STAMP.write_text(want)


HUB_SERVER = ROOT / "tests" / "hub"  # pouchdb-server for the hub tests, from its committed npm lock


def ensure_hub_server() -> None:
    """``npm ci`` pouchdb-server into tests/hub/node_modules when npm exists and the lock changed (no
    install scripts: the in-memory server needs no native build). Without npm the hub tests skip, except
    under CI, where they fail (.ci/run installs nodejs and npm first)."""
    lock = HUB_SERVER / "package-lock.json"
    npm = shutil.which("npm")
    if npm is None or not lock.exists():
        say("npm not found: the organization hub tests (tests/hub) will be skipped")
        return
    stamp = HUB_SERVER / "node_modules" / ".parole-desktop-lock"
    want = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == want:
        return
    say("installing pouchdb-server for the hub tests (npm ci)")
    subprocess.run(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=HUB_SERVER,
        check=True,
    )
    stamp.write_text(want)


def run_app(extra: list[str]) -> int:
    ensure_system(APT_RUNTIME)
    ensure_venv()
    # the interface catalogs (.qm are build output, never committed)
    subprocess.run([str(PY), str(ROOT / "packaging" / "i18n.py"), "build"], check=True, cwd=ROOT)
    return subprocess.call([str(PY), "-m", "parole_desktop.app", "--demo", *extra], cwd=ROOT)


def _parallel(extra: list[str]) -> list[str]:
    """pytest-xdist: one worker per core, a test file's tests on one worker (module fixtures built once),
    unless the caller chose (``-n``, ``-p no:xdist``) or picked single tests."""
    if any(a.startswith("-n") or a == "no:xdist" or "::" in a for a in extra):
        return []
    return ["-n", "auto", "--dist", "loadfile"]


def run_tests(extra: list[str]) -> int:
    ensure_system(APT_RUNTIME + APT_TEST)
    ensure_venv()
    ensure_hub_server()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", "."]),
        ("format", [str(BIN / "ruff"), "format", "--check", "."]),
        ("layers", [str(BIN / "lint-imports")]),
        ("mypy", [str(BIN / "mypy")]),
        ("pytest", [str(PY), "-m", "pytest", *_parallel(extra), *extra]),
    ]
    for name, cmd in steps:
        say(f"{name}: {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}")
        rc = subprocess.call(cmd, cwd=ROOT, env=env)
        if rc != 0:
            say(f"{name} failed (exit {rc})")
            return rc
    return 0


def run_bench(extra: list[str]) -> int:
    ensure_system(APT_RUNTIME + APT_TEST)
    ensure_venv()
    ensure_hub_server()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call(
        [str(PY), "-m", "pytest", "tests/benchmarks", "-m", "benchmark", "-s", "-q", *extra],
        cwd=ROOT,
        env=env,
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "bench", "venv"):
        sys.stderr.write(__doc__ or "")
        return 2
    cmd, extra = argv[0], argv[1:]
    if cmd == "venv":
        ensure_venv()
        return 0
    return {"run": run_app, "test": run_tests, "bench": run_bench}[cmd](extra)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
