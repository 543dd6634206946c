"""Confinement of the file-reading child on Linux, applied by the child itself before it reads a byte.

The limits of :mod:`parole_desktop.packet.sandbox` (no keys, no descriptors, memory and CPU time) stop a
file that exhausts or crashes its reader. This module stops an exploit in an evidence file from reaching
anything else with the user's rights:

* **filesystem** — Landlock (Linux 5.13+, ABI checked at run time): read-write beneath the child's working
  folder only; read-only where the interpreter and its libraries live (what a lazy ``import`` reads); nothing
  else — not the user's home, not the vault, not the parent's temp files;
* **network** — a seccomp filter refuses ``socket()`` (every family) and ``io_uring`` (which would bypass
  it); with Landlock ABI 4+ TCP bind and connect are refused as well. Where seccomp cannot be used (another
  architecture), a new user + network namespace (no interface but a down loopback) where the kernel allows;
* **syscalls** — the same filter refuses starting programs (``execve``), reading or writing other processes
  (``ptrace``, ``process_vm_readv/writev``), ``bpf``, ``perf_event_open``, ``userfaultfd`` and the kernel
  keyring; with Landlock ABI 6+ the child cannot signal processes outside its domain or connect to an
  abstract Unix socket.

Each part is applied where the kernel offers it and skipped otherwise; :func:`confine` returns what was
applied (``{"filesystem": ..., "network": ..., "syscalls": ...}``, each a short description or ``"none: why"``),
the child puts it in every answer, and the parent logs a notice for what is missing. Everything here is
plain ``ctypes`` over the raw system calls: no dependency, a few hundred microseconds per child.
Imports nothing from the rest of the packet layer.
"""

from __future__ import annotations

import ctypes
import errno
import os
import struct
import sys
from pathlib import Path

NONE = "none"

# ---------------------------------------------------------------------------- Landlock (linux/landlock.h)
_SYS_LANDLOCK_CREATE_RULESET = 444  # the same number on x86_64 and aarch64 (and every arch since 5.13)
_SYS_LANDLOCK_ADD_RULE = 445
_SYS_LANDLOCK_RESTRICT_SELF = 446
_LANDLOCK_CREATE_RULESET_VERSION = 1
_LANDLOCK_RULE_PATH_BENEATH = 1

_FS_EXECUTE = 1 << 0
_FS_WRITE_FILE = 1 << 1
_FS_READ_FILE = 1 << 2
_FS_READ_DIR = 1 << 3
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
_FS_IOCTL_DEV = 1 << 15  # ABI 5
_NET_BIND_TCP = 1 << 0  # ABI 4
_NET_CONNECT_TCP = 1 << 1
_SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
_SCOPE_SIGNAL = 1 << 1

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2


class _PathBeneath(ctypes.Structure):
    _pack_ = 1  # struct landlock_path_beneath_attr is packed
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def landlock_abi() -> int:
    """The kernel's Landlock ABI version (0: none — an old kernel, or Landlock not enabled at boot)."""
    if not sys.platform.startswith("linux"):
        return 0
    libc = _libc()
    libc.syscall.restype = ctypes.c_long
    abi = int(
        libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), _LANDLOCK_CREATE_RULESET_VERSION)
    )
    return abi if abi > 0 else 0


def _fs_rights(abi: int) -> int:
    rights = (1 << 13) - 1  # EXECUTE .. MAKE_SYM (ABI 1)
    if abi >= 2:
        rights |= _FS_REFER
    if abi >= 3:
        rights |= _FS_TRUNCATE
    if abi >= 5:
        rights |= _FS_IOCTL_DEV
    return rights


def readable_roots() -> list[Path]:
    """Where a lazy import of the child reads: the interpreter's library folders and the installed
    packages (or the frozen bundle), the ``parole_desktop`` package, and the system's shared libraries.
    A development checkout on ``PYTHONPATH`` contributes its ``parole_desktop`` folder only, never its root."""
    roots: set[Path] = set()
    prefixes = {Path(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix) if p}
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.add(Path(bundle))
    roots.add(Path(__file__).resolve().parent.parent)  # the parole_desktop package
    for entry in sys.path:
        if not entry:
            continue
        p = Path(entry)
        if any(p == pre or pre in p.parents for pre in prefixes):
            roots.add(p)  # stdlib, lib-dynload, site-packages, a zip of the stdlib
    for lib in ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib"):
        roots.add(Path(lib))  # dlopen() of a library loaded late (libgcc_s on a thread's exit)
    return sorted(r for r in roots if r.exists())


def _add_path(libc: ctypes.CDLL, ruleset: int, path: Path, rights: int) -> None:
    fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    try:
        if not path.is_dir():
            rights &= _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV
        attr = _PathBeneath(rights, fd)
        if libc.syscall(_SYS_LANDLOCK_ADD_RULE, ruleset, _LANDLOCK_RULE_PATH_BENEATH, ctypes.byref(attr), 0):
            raise OSError(ctypes.get_errno(), f"landlock_add_rule {path}")
    finally:
        os.close(fd)


def apply_landlock(workdir: Path, abi: int | None = None) -> str:
    """Restrict this process (and what it starts) to ``workdir`` (read-write) and :func:`readable_roots`
    (read-only); TCP refused with ABI 4+, signals and abstract sockets scoped with ABI 6+. Returns what was
    applied, or ``"none: why"``."""
    abi = landlock_abi() if abi is None else abi
    if abi <= 0:
        return f"{NONE}: the kernel has no Landlock"
    libc = _libc()
    libc.syscall.restype = ctypes.c_long
    fs = _fs_rights(abi)
    values = [fs]
    if abi >= 4:
        values.append(_NET_BIND_TCP | _NET_CONNECT_TCP)
    if abi >= 6:
        values.append(_SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL)
    attr = ctypes.create_string_buffer(struct.pack(f"={len(values)}Q", *values))
    ruleset = int(libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, attr, ctypes.c_size_t(len(attr.raw)), 0))
    if ruleset < 0:
        return f"{NONE}: landlock_create_ruleset failed ({errno.errorcode.get(ctypes.get_errno(), '?')})"
    try:
        read_only = _FS_EXECUTE | _FS_READ_FILE | _FS_READ_DIR
        _add_path(libc, ruleset, workdir.resolve(), fs)
        for root in readable_roots():
            _add_path(libc, ruleset, root, read_only)
        for dev in ("/dev/null", "/dev/urandom"):
            if os.path.exists(dev):
                _add_path(libc, ruleset, Path(dev), _FS_READ_FILE | _FS_WRITE_FILE)
        if os.path.isfile("/etc/ld.so.cache"):  # dlopen() by soname reads it
            _add_path(libc, ruleset, Path("/etc/ld.so.cache"), _FS_READ_FILE)
        if getattr(sys, "frozen", False) and os.path.isfile(sys.executable):
            # PyInstaller reopens the module archive appended to the executable for each import
            _add_path(libc, ruleset, Path(sys.executable).resolve(), _FS_READ_FILE | _FS_EXECUTE)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0):
            raise OSError(ctypes.get_errno(), "no_new_privs")
        if libc.syscall(_SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0):
            raise OSError(ctypes.get_errno(), "landlock_restrict_self")
    except OSError as exc:
        return f"{NONE}: {exc.strerror or exc} ({errno.errorcode.get(exc.errno or 0, '?')})"
    finally:
        os.close(ruleset)
    parts = ["files: the working folder (read-write) and the interpreter's libraries (read-only)"]
    if abi >= 4:
        parts.append("TCP refused")
    if abi >= 6:
        parts.append("signals and abstract sockets scoped")
    return f"landlock ABI {abi}: " + ", ".join(parts)


# ---------------------------------------------------------------------------- seccomp (linux/seccomp.h)
_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
#: the system calls the child never needs, by architecture (asm/unistd.h)
_DENIED = {
    "x86_64": {
        "socket": 41,
        "execve": 59,
        "execveat": 322,
        "ptrace": 101,
        "process_vm_readv": 310,
        "process_vm_writev": 311,
        "bpf": 321,
        "perf_event_open": 298,
        "userfaultfd": 323,
        "add_key": 248,
        "request_key": 249,
        "keyctl": 250,
        "io_uring_setup": 425,
        "io_uring_enter": 426,
        "io_uring_register": 427,
    },
    "aarch64": {
        "socket": 198,
        "execve": 221,
        "execveat": 281,
        "ptrace": 117,
        "process_vm_readv": 270,
        "process_vm_writev": 271,
        "bpf": 280,
        "perf_event_open": 241,
        "userfaultfd": 282,
        "add_key": 217,
        "request_key": 218,
        "keyctl": 219,
        "io_uring_setup": 425,
        "io_uring_enter": 426,
        "io_uring_register": 427,
    },
}
_BPF_LD_W_ABS = 0x20
_BPF_JEQ_K = 0x15
_BPF_JGE_K = 0x35
_BPF_RET_K = 0x06
_RET_ALLOW = 0x7FFF0000
_RET_EPERM = 0x00050000 | errno.EPERM
_X32_SYSCALL_BIT = 0x40000000


class _SockFilter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_uint16),
        ("jt", ctypes.c_uint8),
        ("jf", ctypes.c_uint8),
        ("k", ctypes.c_uint32),
    ]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def seccomp_program(machine: str) -> list[tuple[int, int, int, int]]:
    """The BPF program: another architecture's calls (and x32) are refused, each denied call gets EPERM,
    everything else is allowed."""
    arch = _AUDIT_ARCH[machine]
    prog = [
        (_BPF_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (_BPF_JEQ_K, 1, 0, arch),
        (_BPF_RET_K, 0, 0, _RET_EPERM),
        (_BPF_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    if machine == "x86_64":
        prog += [(_BPF_JGE_K, 0, 1, _X32_SYSCALL_BIT), (_BPF_RET_K, 0, 0, _RET_EPERM)]
    for nr in sorted(_DENIED[machine].values()):
        prog += [(_BPF_JEQ_K, 0, 1, nr), (_BPF_RET_K, 0, 0, _RET_EPERM)]
    prog.append((_BPF_RET_K, 0, 0, _RET_ALLOW))
    return prog


def apply_seccomp() -> str:
    """Install the filter of :func:`seccomp_program` (no new privileges first, as an unprivileged process
    must). Returns what was applied, or ``"none: why"``."""
    machine = os.uname().machine.lower()
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    if not sys.platform.startswith("linux") or machine not in _AUDIT_ARCH:
        return f"{NONE}: no seccomp filter for {sys.platform}/{machine}"
    prog = seccomp_program(machine)
    filters = (_SockFilter * len(prog))(*(_SockFilter(*ins) for ins in prog))
    fprog = _SockFprog(len(prog), filters)
    libc = _libc()
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0):
        return f"{NONE}: no_new_privs refused ({errno.errorcode.get(ctypes.get_errno(), '?')})"
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0):
        return f"{NONE}: seccomp refused ({errno.errorcode.get(ctypes.get_errno(), '?')})"
    return "seccomp: " + ", ".join(sorted(_DENIED[machine]))


# ---------------------------------------------------------------------------- user + network namespace
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def apply_network_namespace() -> str:
    """A new user and network namespace: no interface but a loopback that is down. Returns what was
    applied, or ``"none: why"`` (unprivileged user namespaces disabled, not Linux)."""
    if not sys.platform.startswith("linux"):
        return f"{NONE}: not Linux"
    libc = _libc()
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET):
        return f"{NONE}: unshare refused ({errno.errorcode.get(ctypes.get_errno(), '?')})"
    return "network namespace: no interface"


def confine(workdir: Path | None = None) -> dict[str, str]:
    """Apply every confinement the kernel offers to this process, in the child before it reads the file;
    returns what was applied (see the module docstring). Never raises: what cannot be applied is named."""
    workdir = Path.cwd() if workdir is None else workdir
    if not sys.platform.startswith("linux"):
        why = f"{NONE}: only on Linux (here {sys.platform})"
        return {"filesystem": why, "network": why, "syscalls": why}
    threads = _threads()
    try:
        syscalls = apply_seccomp()
    except (OSError, AttributeError, ValueError) as exc:
        syscalls = f"{NONE}: {type(exc).__name__}"
    try:
        fs = apply_landlock(workdir)
    except (OSError, AttributeError, ValueError) as exc:
        fs = f"{NONE}: {type(exc).__name__}"
    if threads > 1:  # Landlock and the filter bind the calling thread (and what it starts), not the others
        why = f"{NONE}: {threads} threads were already running (a library started them before confinement)"
        fs, syscalls = f"{why}; {fs}", f"{why}; {syscalls}"
    network: list[str] = []
    if not syscalls.startswith(NONE):
        network.append("socket() refused (seccomp)")
    if not fs.startswith(NONE) and "TCP refused" in fs:
        network.append("TCP refused (landlock)")
    if not network:
        ns = apply_network_namespace()
        network.append(
            ns if not ns.startswith(NONE) else f"{NONE}: no seccomp filter, no Landlock TCP rules, {ns[6:]}"
        )
    return {"filesystem": fs, "network": "; ".join(network), "syscalls": syscalls}


def _threads() -> int:
    """Threads of this process (1 when /proc is not mounted: nothing to tell)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 1


def missing(applied: dict[str, str]) -> list[str]:
    """The parts of a :func:`confine` result that were not applied, e.g. ``["filesystem"]``."""
    return [k for k in ("filesystem", "network", "syscalls") if str(applied.get(k, NONE)).startswith(NONE)]


__all__ = [
    "apply_landlock",
    "apply_network_namespace",
    "apply_seccomp",
    "confine",
    "landlock_abi",
    "missing",
    "readable_roots",
    "seccomp_program",
]
