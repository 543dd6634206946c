"""The bundled pack loads, is sourced and dated, and bad packs are refused with the JSON path."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from parole_desktop.errors import ValidationError
from parole_desktop.rules import RulesPack, load_pack
from parole_desktop.rules.loader import DEFAULT_PACK_PATH, pack_from_dict


def raw() -> dict[str, Any]:
    return copy.deepcopy(json.loads(DEFAULT_PACK_PATH.read_text(encoding="utf-8")))


def test_bundled_pack_identity(pack: RulesPack) -> None:
    assert (pack.id, pack.version, pack.jurisdiction) == ("us-hp", "2027.01.0", "US")
    assert pack.as_of == dt.date(2026, 12, 7)
    # S1-S42, then the blocks given to each engineer (#20: S43-S49, #21: S50-S59 and S60-S69)
    ids = sorted(pack.sources, key=lambda s: int(s[1:]))
    assert ids[:42] == [f"S{i}" for i in range(1, 43)]
    assert {f"S{i}" for i in range(43, 47)} | {"S50", "S51", "S60", "S61", "S62"} <= set(ids)
    assert {s.reliability for s in pack.sources.values()} == {"P", "P-old", "S", "U"}
    assert set(pack.reasons) == {
        "medical_treatment",
        "sick_relative",
        "funeral",
        "legal_proceeding",
        "family_unity",
        "protection",
        "organ_donor",
        "public_benefit",
        "other",
    }
    assert pack.raw["id"] == "us-hp"
    assert "2027.01.0" in pack.label


def test_parameters_and_fees(pack: RulesPack) -> None:
    assert pack.param("passport_validity_months") == 6
    assert pack.param("expedite_window_days") == 30
    assert (pack.param("statement_min_words_fail"), pack.param("statement_min_words_warn")) == (50, 150)
    assert pack.param("max_duration_months") == 12
    assert (pack.param("min_scan_width_px"), pack.param("min_scan_height_px")) == (1275, 1650)
    assert pack.param("pack_max_age_days") == 180
    assert pack.fee("i131_hp_paper").amount_usd == 630 and pack.fee("i131_hp_paper").verify
    assert pack.fee("i131_hp_online").amount_usd == 580
    assert pack.fee("parole_fee_fy2025").amount_usd == 1000
    fy26 = pack.fee("parole_fee_fy2026")
    assert fy26.amount_usd == 1020 and fy26.verify and pack.sources[fy26.source].reliability == "S"
    assert pack.parole_fee_for(dt.date(2025, 10, 20)) == (fy26, True)
    assert pack.parole_fee_for(dt.date(2025, 9, 1)) == (pack.fee("parole_fee_fy2025"), True)
    assert pack.parole_fee_for(dt.date(2026, 11, 23)) == (fy26, False)  # FY2027 not in the pack
    assert len(pack.parole_fee_exceptions) == 10


def test_verify_items_are_listed_with_source_and_date(pack: RulesPack) -> None:
    items = pack.verify_items()
    keys = {(i.kind, i.key) for i in items}
    assert ("fee", "i131_hp_paper") in keys and ("fee", "parole_fee_fy2026") in keys
    assert ("address", "uscis_lockbox_po") in keys
    assert ("form_edition", "I-131") in keys
    assert ("country", "AF") in keys
    for i in items:
        assert i.source and i.as_of


def test_every_verify_entry_names_a_source_and_date(pack: RulesPack) -> None:
    data = pack.raw
    for section in ("fees", "filing_addresses", "form_editions", "no_consular_services"):
        for entry in data[section]:
            assert entry["source"] and entry["as_of"]
    for country in data["no_consular_services"]:
        assert country["source"] in pack.sources  # only sourced countries


def test_load_pack_from_path(tmp_path: Path) -> None:
    p = tmp_path / "pack.json"
    d = raw()
    d["version"] = "2026.12.0"
    p.write_text(json.dumps(d), encoding="utf-8")
    assert load_pack(p).version == "2026.12.0"


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d.pop("as_of"), "$"),
        (lambda d: d.__setitem__("version", "v1"), "$.version"),
        (lambda d: d["fees"][0].__setitem__("amount_usd", "630"), "$.fees[0].amount_usd"),
        (lambda d: d["sources"][3].__setitem__("reliability", "maybe"), "$.sources[3].reliability"),
        (
            lambda d: d["reasons"][0]["items"][0].__setitem__("requirement", "must"),
            "$.reasons[0].items[0].requirement",
        ),
        (lambda d: d["programs"][0].__setitem__("source", "S99"), "$.programs[0].source"),
        (lambda d: d["rules"].pop("HP-ID-01"), "$.rules"),
        (lambda d: d["parameters"].pop("expedite_window_days"), "$.parameters.expedite_window_days"),
        (lambda d: d.__setitem__("extra", 1), "$"),
    ],
)
def test_schema_errors_name_the_path(mutate: Any, path: str) -> None:
    d = raw()
    mutate(d)
    with pytest.raises(ValidationError) as err:
        pack_from_dict(d)
    assert err.value.path == path
    assert path in str(err.value)


def test_invalid_json_file(tmp_path: Path) -> None:
    p = tmp_path / "pack.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_pack(p)


def test_bundled_pack_matches_its_schema():
    """The app loads the bundled pack without the schema pass (start-up time); the suite checks it here."""
    import json

    from parole_desktop.rules.loader import DEFAULT_PACK_PATH, validate_pack_dict

    validate_pack_dict(json.loads(DEFAULT_PACK_PATH.read_text(encoding="utf-8")), schema=True)
