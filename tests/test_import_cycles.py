"""No import cycles inside parole_desktop, hidden or not (imports inside functions count too).

The import graph comes from grimp (the library under import-linter), which reads every import statement,
including those inside functions and ``if TYPE_CHECKING`` blocks. Each strongly connected component of
more than one module is a cycle. KNOWN is empty since issue #15, so any cycle fails. (Were an entry ever added,
a cycle would have to lie inside one, and an entry with no cycle left in it would fail too.)
"""

from __future__ import annotations

import grimp

PACKAGE = "parole_desktop"

KNOWN: dict[str, frozenset[str]] = {}


def import_cycles(graph: grimp.ImportGraph, package: str = PACKAGE) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    inside = set(modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & inside) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if i < len(targets):
                work.append((node, i + 1))
                nxt = targets[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            for t in targets:  # children finished: take their low-links
                if t in on_stack:
                    low[node] = min(low[node], low[t])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def test_the_finder_finds_cycles() -> None:
    graph = grimp.ImportGraph()
    for importer, imported in [
        ("p.a", "p.b"),
        ("p.b", "p.c"),
        ("p.c", "p.a"),
        ("p.c", "p.d"),
        ("p.d", "q.x"),
    ]:
        graph.add_import(importer=importer, imported=imported)
    graph.add_module("p")
    assert import_cycles(graph, "p") == [frozenset({"p.a", "p.b", "p.c"})]


def unexplained(
    cycles: list[frozenset[str]], known: dict[str, frozenset[str]]
) -> tuple[list[list[str]], list[str]]:
    """(cycles not inside a known entry, known entries with no cycle left in them)."""
    new = [sorted(c) for c in cycles if not any(c <= k for k in known.values())]
    stale = [name for name, k in known.items() if not any(c <= k for c in cycles)]
    return new, stale


def test_the_check_fails_on_any_cycle_once_known_is_empty() -> None:
    graph = grimp.ImportGraph()
    for importer, imported in [
        ("p.a", "p.b"),
        ("p.b", "p.a"),
        ("p.c", "p.d"),
        ("p.d", "p.e"),
        ("p.e", "p.c"),
    ]:
        graph.add_import(importer=importer, imported=imported)
    cycles = import_cycles(graph, "p")
    assert unexplained(cycles, {}) == ([["p.a", "p.b"], ["p.c", "p.d", "p.e"]], [])
    # a known entry covers its cycle only: the other one still fails, and an entry grown past is no cover
    assert unexplained(cycles, {"a-b": frozenset({"p.a", "p.b"})}) == ([["p.c", "p.d", "p.e"]], [])
    assert unexplained(cycles, {"c-d": frozenset({"p.c", "p.d"})})[0] == [
        ["p.a", "p.b"],
        ["p.c", "p.d", "p.e"],
    ]
    acyclic = grimp.ImportGraph()
    acyclic.add_import(importer="p.a", imported="p.b")
    assert unexplained(import_cycles(acyclic, "p"), {}) == ([], [])
    assert unexplained(import_cycles(acyclic, "p"), {"gone": frozenset({"p.a", "p.b"})}) == ([], ["gone"])


def test_no_import_cycles_beyond_the_known_ones() -> None:
    new, stale = unexplained(import_cycles(grimp.build_graph(PACKAGE, cache_dir=None)), KNOWN)
    assert not new, (
        f"import cycle(s) not allowed: {new} — split the module instead of importing inside a function"
    )
    assert not stale, f"cycle(s) gone, remove them from KNOWN in {__name__}: {stale}"
