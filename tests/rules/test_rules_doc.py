"""docs/rules.md lists every rule with its source, as_of and what the volunteer should do."""

from __future__ import annotations

from parole_desktop.rules import RULE_IDS, RulesPack
from tests.rules.rules_doc import BEGIN, DOC, END, rewrite


def test_docs_rule_table_is_current(pack: RulesPack) -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert BEGIN in doc and END in doc
    assert rewrite(doc, pack) == doc, "run: python -m tests.rules.rules_doc"
    table = doc.split(BEGIN, 1)[1].split(END, 1)[0]
    for rid in RULE_IDS:
        row = next(line for line in table.splitlines() if line.startswith(f"| {rid} |"))
        assert pack.rule(rid).action and pack.rule(rid).action.replace("|", "\\|") in row
        assert "| 2026-" in row  # as_of
