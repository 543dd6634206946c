"""No import cycles inside parole_desktop, hidden or not (imports inside functions count too).

The import graph comes from grimp (the library under import-linter), which reads every import statement,
including those inside functions and ``if TYPE_CHECKING`` blocks. Each strongly connected component of
more than one module is a cycle. KNOWN lists today's cycles, to be emptied (issue #15); a cycle must lie
inside one of them, and an entry with no cycle left in it fails too, so the list only ever shrinks.
"""

from __future__ import annotations

import grimp

PACKAGE = "parole_desktop"

KNOWN: dict[str, frozenset[str]] = {
    # the CLI registers cli_review's commands by a side effect and cli_review imports cli's private helpers
    # (to go: a cli/ package with an explicit command registry)
    "cli <-> cli_review": frozenset({"parole_desktop.cli", "parole_desktop.cli_review"}),
    # pack -> registry -> checks_* -> context -> pack, and checklist (to go: a loader apart from the typed pack)
    "rules/": frozenset({
        "parole_desktop.rules.checklist", "parole_desktop.rules.checks_exhibits", "parole_desktop.rules.checks_file",
        "parole_desktop.rules.checks_people", "parole_desktop.rules.checks_request", "parole_desktop.rules.context",
        "parole_desktop.rules.pack", "parole_desktop.rules.registry",
    }),
    # came with the exhibit probe (#14): the sandbox runs probe functions in its child, the probe starts the
    # sandbox (to go: the child's task table in its own module, or the probe's runner beside the sandbox)
    "packet/probe <-> packet/sandbox": frozenset({"parole_desktop.packet.probe", "parole_desktop.packet.sandbox"}),
}


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
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d"), ("p.d", "q.x")]:
        graph.add_import(importer=importer, imported=imported)
    graph.add_module("p")
    assert import_cycles(graph, "p") == [frozenset({"p.a", "p.b", "p.c"})]


def test_no_import_cycles_beyond_the_known_ones() -> None:
    cycles = import_cycles(grimp.build_graph(PACKAGE, cache_dir=None))
    new = [sorted(c) for c in cycles if not any(c <= known for known in KNOWN.values())]
    assert not new, f"import cycle(s) not allowed: {new} — split the module instead of importing inside a function"
    stale = [name for name, known in KNOWN.items() if not any(c <= known for c in cycles)]
    assert not stale, f"cycle(s) gone, remove them from KNOWN in {__name__}: {stale}"
