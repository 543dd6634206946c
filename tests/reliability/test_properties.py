"""Property-based: case JSON validation only ever raises ValidationError; search never breaks the SQL."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parole_desktop.domain.search_text import normalise
from parole_desktop.errors import ValidationError
from parole_desktop.services import case_json
from parole_desktop.store.cases import fts_match
from tests.reliability.conftest import FIXTURES, summary

GOOD = json.loads((FIXTURES / "cases" / "medical_uscis_complete.json").read_text(encoding="utf-8"))
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)


def _paths(d, prefix=()):  # type: ignore[no-untyped-def]
    yield prefix
    if isinstance(d, dict):
        for k, v in d.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(d, list):
        for i, v in enumerate(d):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(GOOD) if p]


def _validate(data) -> bool:  # type: ignore[no-untyped-def]
    """True when the data is a valid case; any exception but ValidationError escapes (the property)."""
    try:
        case_json.validate(data)
    except ValidationError:
        return False
    return True


@pytest.mark.slow
def test_validate_random_values():
    verdicts: list[bool] = []

    @settings(max_examples=300, deadline=None)
    @given(json_values)
    def check(data):  # type: ignore[no-untyped-def]
        verdicts.append(_validate(data))

    check()
    assert len(verdicts) >= 300
    assert not any(verdicts)  # no random JSON value is a whole valid case
    summary("case JSON validate on random values", len(verdicts), "only ValidationError raised")


@pytest.mark.slow  # 400 examples of a whole case: seconds; the quick run leaves it out
def test_validate_mutated_case():
    assert _validate(copy.deepcopy(GOOD))
    verdicts: list[bool] = []

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values, st.booleans()), min_size=1, max_size=4)
    )
    def check(mutations):  # type: ignore[no-untyped-def]
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
        verdicts.append(_validate(data))

    check()
    assert len(verdicts) >= 400
    assert not all(verdicts)  # mutations were refused (a validator that accepts everything fails here)
    summary("case JSON validate on mutated valid cases", len(verdicts), "only ValidationError raised")


SEEDED = [("فرشته", "رحیمی"), ("Оксана", "Ковальчук"), ("José", "Núñez"), ('a"b*', "(c) OR d")]


def test_search_never_breaks_sql(session):
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person
    from parole_desktop.services.session import CaseQuery

    ids = [
        session.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name=g, family_name=f)])).id
        for g, f in SEEDED
    ]
    searched: list[str] = []

    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=60) | st.sampled_from([g for g, _ in SEEDED] + [f for _, f in SEEDED]))
    def check(text):  # type: ignore[no-untyped-def]
        searched.append(text)
        normalise(text)
        fts_match(text)
        hits = session.search(text)
        assert len(hits) == session.count_cases(CaseQuery(search=text))  # list and count agree

    check()
    assert len(searched) >= 300
    # each seeded name finds its own case and no other (the search does search)
    for (g, f), case_id in zip(SEEDED, ids, strict=True):
        assert [h.id for h in session.search(f"{g} {f}")] == [case_id]
    summary("search on random Unicode (normalise, FTS5 MATCH, list + count)", len(searched), "no SQL error")
