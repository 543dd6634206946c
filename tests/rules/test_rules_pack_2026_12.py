"""Pack us-hp 2026.12.0: every fact of the brief's 2025-2026 sections is dated pack data with source and as_of."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from parole_desktop.errors import ValidationError
from parole_desktop.rules import RulesPack
from parole_desktop.rules.loader import DEFAULT_PACK_PATH, pack_from_dict

P10949_FULL = {"AF", "MM", "TD", "CG", "GQ", "ER", "HT", "IR", "LY", "SO", "SD", "YE"}
P10949_PARTIAL = {"BI", "CU", "LA", "SL", "TG", "TM", "VE"}
P10998_FULL = {"BF", "LA", "ML", "NE", "SL", "SS", "SY", "PS"}
P10998_PARTIAL = {"AO", "AG", "BJ", "CI", "DM", "GA", "GM", "MW", "MR", "NG", "SN", "TZ", "TO", "ZM", "ZW"}


def raw() -> dict:
    return copy.deepcopy(json.loads(DEFAULT_PACK_PATH.read_text(encoding="utf-8")))


def _dated(pack: RulesPack, entry: dict) -> None:
    assert entry["source"] in pack.sources, entry
    dt.date.fromisoformat(entry["as_of"])
    assert pack.sources[entry["source"]].reliability in {"P", "P-old", "S", "U"}


def test_electronic_payment_methods(pack: RulesPack) -> None:
    pay = pack.raw["payment"]
    assert pay["electronic_only_from"] == "2025-10-28"
    assert {"checks", "money orders", "payments through foreign banks"} == set(pay["rejected"])
    methods = pack.payment_methods
    assert set(methods) == {"G-1450", "G-1650", "G-1651", "I-912"}
    assert methods["G-1650"].requires_us_bank_account and not methods["G-1450"].requires_us_bank_account
    assert (methods["G-1651"].kind, methods["I-912"].kind) == ("exemption", "waiver")
    assert pack.sources[methods["G-1450"].source].reliability == "S"
    for m in pay["methods"]:
        _dated(pack, m)


def test_entry_restrictions_table_matches_both_proclamations(pack: RulesPack) -> None:
    rows = pack.raw["entry_restrictions"]
    by: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        by.setdefault((r["proclamation"], r["scope"]), set()).add(r["country"])
    assert by == {
        ("10949", "full"): P10949_FULL,
        ("10949", "partial"): P10949_PARTIAL,
        ("10998", "full"): P10998_FULL,
        ("10998", "partial"): P10998_PARTIAL,
    }
    assert {r["effective"] for r in rows if r["proclamation"] == "10949"} == {"2025-06-09"}
    assert {r["effective"] for r in rows if r["proclamation"] == "10998"} == {"2026-01-01"}
    for r in rows:
        _dated(pack, r)
        assert r["verify"] is True


def test_entry_restriction_in_force_on_a_date(pack: RulesPack) -> None:
    laos_2025 = pack.entry_restriction("Laos", dt.date(2025, 7, 1))
    assert laos_2025 is not None and (laos_2025.scope, laos_2025.proclamation) == ("partial", "10949")
    laos_2026 = pack.entry_restriction("LA", dt.date(2026, 2, 1))
    assert laos_2026 is not None and (laos_2026.scope, laos_2026.proclamation) == ("full", "10998")
    assert pack.entry_restriction("Myanmar", dt.date(2026, 1, 1)).country == "MM"  # type: ignore[union-attr]
    assert pack.entry_restriction("Syria", dt.date(2025, 12, 31)) is None  # P10998 not yet in force
    assert pack.entry_restriction("Tajikistan", dt.date(2026, 11, 29)) is None
    assert pack.entry_restriction("", dt.date(2026, 11, 29)) is None


def test_adjudication_holds(pack: RulesPack) -> None:
    holds = {h.memo: h for h in pack.adjudication_holds}
    assert set(holds) == {"PM-602-0192", "PM-602-0194"}
    assert holds["PM-602-0192"].effective == dt.date(2025, 12, 2)
    assert holds["PM-602-0192"].countries == P10949_FULL | P10949_PARTIAL
    assert len(holds["PM-602-0192"].countries) == 19
    assert holds["PM-602-0194"].effective == dt.date(2026, 1, 1)
    assert holds["PM-602-0194"].countries == P10998_FULL | P10998_PARTIAL
    assert all(h.basis == "born in or national of" and h.verify for h in holds.values())
    assert pack.sources[holds["PM-602-0192"].source].reliability == "P"
    assert [h.memo for h in pack.holds_for("Haiti", dt.date(2026, 11, 29))] == ["PM-602-0192"]
    assert pack.holds_for("Haiti", dt.date(2025, 12, 1)) == []
    for h in pack.raw["adjudication_holds"]:
        _dated(pack, h)


def test_program_statuses(pack: RulesPack) -> None:
    chnv, u4u, frp = pack.program("CHNV"), pack.program("U4U"), pack.program("FRP")
    assert chnv is not None and chnv.status == "terminated" and "24A1079" in chnv.note
    assert u4u is not None and u4u.status == "paused" and u4u.status_date == dt.date(2025, 1, 27)
    assert "re-parole on Form I-131 continues" in u4u.note
    assert next(p for p in pack.raw["programs"] if p["id"] == "U4U")["reparole"] == "continuing"
    assert frp is not None and frp.status == "terminated" and frp.status_date == dt.date(2025, 12, 15)


def test_parole_fee_basis_and_timing(pack: RulesPack) -> None:
    pf = pack.raw["parole_fee"]
    assert "effectuated" in pf["due"] and pf["applies_to_earlier_filings"] is True
    assert set(pf["collected_by"]) == {"USCIS", "CBP", "ICE"}
    assert "90 FR 48317" in pf["notice"]
    assert pf["fee_year_verify"] is True and "FY2027 not found" in pf["fee_year_note"]
    assert any(v.key == "fee_year" for v in pack.verify_items())
    assert pack.fee("parole_fee_fy2026").verify
    assert (pack.fee("i765_c11_initial").amount_usd, pack.fee("i765_c11_renewal").amount_usd) == (550, 275)
    assert pack.fee("i765_c11_initial_fy2026").amount_usd == 560


def test_countries_without_consular_services_and_cbp_context(pack: RulesPack) -> None:
    codes = {c["country"] for c in pack.raw["no_consular_services"]}
    assert codes == {"AF", "IR", "SY", "YE", "LY", "SO"}
    assert all(c["verify"] for c in pack.raw["no_consular_services"])
    assert pack.no_consular_services["iran"] == "Iran"
    cbp = pack.raw["cbp_channel"]
    assert "2025-01-20" in cbp["appointments"] and "board" in cbp["note"]
    _dated(pack, cbp)
    i131 = next(e for e in pack.raw["form_editions"] if e["form"] == "I-131")
    assert i131["edition"] == "01/20/25" and "02/27/26" in i131["note"]


def test_tables_text_gives_source_and_as_of_for_every_row(pack: RulesPack) -> None:
    lines = pack.tables_text()
    text = "\n".join(lines)
    for needle in (
        "G-1650",
        "P10949",
        "P10998",
        "PM-602-0192",
        "PM-602-0194",
        "U4U",
        "FY2026: $1,020",
        "CBP One appointments ended 2025-01-20",
    ):
        assert needle in text, needle
    rows = [ln for ln in lines if ln.startswith("  ")]
    assert len(rows) >= 42 + 4 + 2
    assert all(
        "source S" in ln and "as of 20" in ln for ln in rows if "FY2027" not in ln and "Indexed" not in ln
    )


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["entry_restrictions"][0].update(scope="total"), "$.entry_restrictions[0].scope"),
        (
            lambda d: d["adjudication_holds"][0]["countries"].append("Afghanistan"),
            "$.adjudication_holds[0].countries",
        ),
        (lambda d: d["payment"]["methods"][0].update(id="cheque"), "$.payment.methods[0].id"),
        (lambda d: d.pop("entry_restrictions"), "$"),
        (lambda d: d["entry_restrictions"][3].update(source="S99"), "$.entry_restrictions[3].source"),
    ],
)
def test_bad_new_tables_are_refused_naming_the_place(mutate, where) -> None:
    data = raw()
    mutate(data)
    with pytest.raises(ValidationError) as err:
        pack_from_dict(data)
    assert where in str(err.value)
