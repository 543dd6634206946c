"""Property-based: case JSON validation only ever raises ValidationError; search never breaks the SQL."""

from __future__ import annotations

import contextlib
import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parole_desktop.domain.search_text import normalise
from parole_desktop.errors import ValidationError
from parole_desktop.services import case_json
from parole_desktop.store.cases import fts_match
from tests.reliability.conftest import FIXTURES, summary

GOOD = json.loads((FIXTURES / "cases" / "medical_uscis_complete.json").read_text(encoding="utf-8"))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)
COUNT = {"random": 0, "mutated": 0, "search": 0}


def _paths(d, prefix=()):  # type: ignore[no-untyped-def]
    yield prefix
    if isinstance(d, dict):
        for k, v in d.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(d, list):
        for i, v in enumerate(d):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(GOOD) if p]


def _validate(data) -> None:  # type: ignore[no-untyped-def]
    with contextlib.suppress(ValidationError):
        case_json.validate(data)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_validate_random_values(data):
    COUNT["random"] += 1
    _validate(data)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values, st.booleans()), min_size=1, max_size=4))
def test_validate_mutated_case(mutations):
    COUNT["mutated"] += 1
    data = copy.deepcopy(GOOD)
    for path, value, delete in mutations:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            if delete:
                del node[path[-1]]
            else:
                node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    _validate(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_search_never_breaks_sql(session, text):
    COUNT["search"] += 1
    if COUNT["search"] == 1 or session.count_cases() == 0:
        from parole_desktop.domain.enums import Role
        from parole_desktop.domain.models import Case, Person

        for g, f in [("فرشته", "رحیمی"), ("Оксана", "Ковальчук"), ("José", "Núñez"), ('a"b*', "(c) OR d")]:
            session.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name=g, family_name=f)]))
    normalise(text)
    fts_match(text)
    session.search(text)
    session.count_cases(session_filter(text))


def session_filter(text: str):  # type: ignore[no-untyped-def]
    from parole_desktop.store.cases import CaseFilter

    return CaseFilter(search=text)


def test_zz_property_summary():
    summary("case JSON validate on random values / mutated valid cases", f"{COUNT['random']} / {COUNT['mutated']}",
            "only ValidationError raised")
    summary("search on random Unicode (normalise, FTS5 MATCH, list + count)", COUNT["search"], "no SQL error")
