"""Case <-> plain dict (the documented case JSON format, docs/case-format.md); pure, no I/O."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import operator
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from parole_desktop.domain.models import Background, Case, Evidence, Outcome, Person

FORMAT_NAME = "parole-desktop-case"
#: 2 (0.3.0): structured addresses, Part 3 biographics, request type, basis, route, paroles, ... (all
#: optional with defaults, so a version 1 file imports as it is: see docs/case-format.md, "Versions")
FORMAT_VERSION = 2
#: the versions import reads
READABLE_VERSIONS = (1, 2)

T = TypeVar("T")

# Fields that describe storage, not the request; they are not part of the exchange format.
_CASE_SKIP = {
    "id",
    "family_group_id",
    "created_at",
    "updated_at",
    "people",
    "evidence",
    "background",
    "outcome",
}
_PERSON_SKIP = {"id", "case_id"}
_EVIDENCE_SKIP = {"case_id", "attachment_id", "added_at"}


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list):
        return [_to_dict(v, set()) if dataclasses.is_dataclass(v) else _plain(v) for v in value]
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _to_dict(obj: Any, skip: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _field_names(type(obj)):
        if name in skip:
            continue
        value = getattr(obj, name)
        out[name] = value if type(value) in _SCALARS else _plain(value)
    return out


def person_to_dict(p: Person) -> dict[str, Any]:
    return _to_dict(p, _PERSON_SKIP)


def evidence_to_dict(e: Evidence) -> dict[str, Any]:
    d = _to_dict(e, _EVIDENCE_SKIP)
    d["ref"] = e.id
    d.pop("id", None)
    d["translation_of"] = e.translation_of
    return d


def case_to_dict(case: Case, *, children: bool = True) -> dict[str, Any]:
    """The case in the exchange format. Evidence is described (with hashes), never embedded.

    ``children=False`` leaves out people and evidence (the store keeps those in their own tables).
    """
    d: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    d.update(_to_dict(case, _CASE_SKIP))
    d["background"] = _to_dict(case.background, set())
    d["outcome"] = _to_dict(case.outcome, set())
    if children:
        d["people"] = [person_to_dict(p) for p in case.people]
        d["evidence"] = [evidence_to_dict(e) for e in case.evidence]
    return d


def _resolve(tp: Any) -> tuple[Any, bool]:
    """(base type, optional?) for a dataclass field annotation."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return (args[0] if len(args) == 1 else tp), True
    return tp, False


def _make_converter(tp: Any) -> Callable[[Any], Any] | None:
    """What turns a stored value of annotation ``tp`` (not None) into the field's value; None: kept as is."""
    base, _optional = _resolve(tp)
    if typing.get_origin(base) is list:
        (item,) = typing.get_args(base)
        if dataclasses.is_dataclass(item):
            return lambda value: [_from_dict(item, v, set()) for v in value]  # type: ignore[arg-type]
        return lambda value: [_coerce(v, item) for v in value]
    if isinstance(base, type):
        if issubclass(base, enum.Enum):
            return base
        simple: dict[type, Callable[[Any], Any]] = {
            dt.datetime: dt.datetime.fromisoformat,
            dt.date: dt.date.fromisoformat,
            bytes: bytes.fromhex,
            bool: bool,
            int: int,
        }
        return simple.get(base)
    return None


_CONVERTERS: dict[Any, Callable[[Any], Any] | None] = {}


def _coerce(value: Any, tp: Any) -> Any:
    """A stored value as the field of annotation ``tp`` holds it (None stays None). What to do is worked
    out once per annotation: reading a case back (an autosave reads its 20 exhibits) coerces every field
    of every record."""
    if value is None:
        return None
    try:
        convert = _CONVERTERS[tp]
    except KeyError:
        convert = _CONVERTERS[tp] = _make_converter(tp)
    except TypeError:  # an annotation that cannot be a key (none of the models has one): worked out here
        convert = _make_converter(tp)
    return value if convert is None else convert(value)


_FIELD_TYPES: dict[type, tuple[tuple[str, Any], ...]] = {}


def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, resolved annotation) of each field of a dataclass: resolving the string annotations costs
    ~0.5 ms a class, once per process instead of once per record (an autosave reads 20 exhibits back)."""
    got = _FIELD_TYPES.get(cls)
    if got is None:
        hints = typing.get_type_hints(cls)
        got = _FIELD_TYPES[cls] = tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))
    return got


def _from_dict(cls: type[T], data: dict[str, Any], skip: set[str]) -> T:
    kwargs: dict[str, Any] = {}
    for name, tp in _field_types(cls):
        if name in skip or name not in data:
            continue
        kwargs[name] = _coerce(data[name], tp)
    return cls(**kwargs)


def person_from_dict(data: dict[str, Any]) -> Person:
    return _from_dict(Person, data, _PERSON_SKIP)


def evidence_from_dict(data: dict[str, Any]) -> Evidence:
    d = dict(data)
    if "ref" in d:
        d["id"] = d.pop("ref")
    return _from_dict(Evidence, d, _EVIDENCE_SKIP - {"id"})


def case_from_dict(data: dict[str, Any]) -> Case:
    """Build a Case from an already-validated dict (see services.case_json for validation)."""
    case = _from_dict(Case, data, _CASE_SKIP)
    case.background = _from_dict(Background, data.get("background") or {}, set())
    case.outcome = _from_dict(Outcome, data.get("outcome") or {}, set())
    case.people = [person_from_dict(p) for p in data.get("people") or []]
    case.evidence = [evidence_from_dict(e) for e in data.get("evidence") or []]
    return case


def canonical_json(data: Any) -> str:
    """Deterministic JSON: sorted keys, no whitespace, UTF-8 kept (for hashing and signing)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_CONTENT_SKIP_CASE = {"status", "outcome", "notes", "uid"}
_CONTENT_SKIP_PERSON = {"linked_case_uid", "uid"}

# Fields added after release 0.1.0 (schema step 0003_case_fields). At their default value they are left out
# of the content hash, so a case that does not use them keeps the hash it was signed with. Names are forever.
ADDED_AFTER_0_1: dict[type, frozenset[str]] = {
    Case: frozenset(
        {
            "payment_method",
            "payer_name",
            "payer_us_bank_account",
            "return_intent",
            "home_ties",
            "deceased_name",
            "deceased_relationship",
            "minor_companion_name",
            "minor_companion_relationship",
            "refugee_processing_unavailable",
            "uid",
            "consular_post",
        }
    ),
    Person: frozenset({"passport_given_name", "passport_family_name", "linked_case_uid", "a_number"}),
    Evidence: frozenset(),
    Background: frozenset(
        {
            "criminal_history_explanation",
            "immigration_violations_explanation",
            "prior_visa_denials_explanation",
            "prior_removals_explanation",
            "removal_proceedings_explanation",
        }
    ),
}


# Fields added in 0.3.0 (case format 2): the same rule (counted only when set).
_ADDED_0_3: dict[type, frozenset[str]] = {
    Case: frozenset(
        {
            "request_type",
            "parole_basis",
            "route",
            "sponsoring_agency",
            "key_date_kind",
            "i134_delivery",
            "inadmissibility_grounds",
            "payer_kind",
            "card_issued_abroad",
            "suspension_exception",
            "suspension_exception_note",
            "port_address",
            "presentation_time",
            "continuous_presence",
            "continuous_presence_note",
        }
    ),
    Person: frozenset(
        {
            "address_in_care_of",
            "address_street",
            "address_city",
            "address_region",
            "address_postal_code",
            "address_country",
            "physical_street",
            "physical_city",
            "physical_region",
            "physical_postal_code",
            "physical_country",
            "ethnicity",
            "race",
            "height_feet",
            "height_inches",
            "weight_pounds",
            "eye_color",
            "hair_color",
            "class_of_admission",
            "i94_number",
            "i94_expiry",
            "paroles",
            "reentry_permit_issued",
            "reentry_permit_date",
            "reentry_permit_disposition",
            "advance_parole_issued",
            "advance_parole_date",
            "advance_parole_disposition",
            "address_unit_kind",
            "address_unit",
            "physical_unit_kind",
            "physical_unit",
            "uid",
        }
    ),
    Evidence: frozenset({"stated_name", "stated_date_of_birth", "stated_passport_number", "capture"}),
}
for _cls, _names in _ADDED_0_3.items():
    ADDED_AFTER_0_1[_cls] = ADDED_AFTER_0_1.get(_cls, frozenset()) | _names


def _drop_new_defaults(d: dict[str, Any], cls: type) -> dict[str, Any]:
    defaults = _defaults(cls)
    new = ADDED_AFTER_0_1.get(cls, frozenset())
    return {k: v for k, v in d.items() if not (k in new and defaults.get(k, _NO_DEFAULT) == v)}


# The print verdict follows from the file (whose SHA-256 is signed); re-checking it must not void a sign-off.
_CONTENT_SKIP_EVIDENCE = {"added_by", "print_verdict", "print_note"}


#: ParoleRecord.source of a parole written from the case's own outcome (services/outcomes.py)
OUTCOME_SOURCE = "outcome"


def _without_outcome_paroles(person: dict[str, Any]) -> dict[str, Any]:
    """A person's dict without the paroles copied from the outcome: the outcome is not signed content, so
    recording a grant after filing must not void the sign-off."""
    paroles = person.get("paroles")
    if not paroles:
        return person
    return {**person, "paroles": [r for r in paroles if r.get("source") != OUTCOME_SOURCE]}


def content_hash(case: Case) -> str:
    """SHA-256 over what a reviewer signs: the request's content and every evidence hash.

    Status, outcome (and the paroles copied from it onto a person), internal notes and the case uid are
    excluded: filing a signed request, or recording its decision, must not void the sign-off. Fields added after 0.1.0 count only when set (older signed cases keep their hash).
    """
    d = _drop_new_defaults(case_to_dict(case), Case)
    # the hash keeps the layout it was defined with (format 1): a new exchange format version that adds only
    # optional fields must not void every sign-off
    d["format_version"] = 1
    for key in _CONTENT_SKIP_CASE:
        d.pop(key, None)
    d["background"] = _drop_new_defaults(d["background"], Background)
    d["people"] = sorted(
        (
            {
                k: v
                for k, v in _drop_new_defaults(_without_outcome_paroles(p), Person).items()
                if k not in _CONTENT_SKIP_PERSON
            }
            for p in d["people"]
        ),
        key=canonical_json,
    )
    d["evidence"] = sorted(
        (
            {k: v for k, v in _drop_new_defaults(e, Evidence).items() if k not in _CONTENT_SKIP_EVIDENCE}
            for e in d["evidence"]
        ),
        key=lambda e: (e.get("ref") or 0, e.get("sha256", "")),
    )
    return hashlib.sha256(canonical_json(d).encode("utf-8")).hexdigest()


_DEFAULTS: dict[type, dict[str, Any]] = {}


def _defaults(cls: type) -> dict[str, Any]:
    if cls not in _DEFAULTS:
        found: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                found[f.name] = _plain(f.default)
            elif f.default_factory is list:  # an empty list (e.g. paroles) is a default too
                found[f.name] = []
        _DEFAULTS[cls] = found
    return _DEFAULTS[cls]


_NO_DEFAULT = object()


_CompactPlan = tuple[tuple[str, ...], tuple[Any, ...], tuple[Any, ...], Any]
_COMPACT_PLANS: dict[tuple[type, frozenset[str]], _CompactPlan] = {}


def _compact_plan(cls: type, skip: frozenset[str]) -> _CompactPlan:
    """The fields of ``cls`` not in ``skip``: their names, their plain defaults (``_NO_DEFAULT`` where
    there is none), the dataclass defaults themselves (``_NO_DEFAULT`` for a factory) and one
    ``attrgetter`` reading them all."""
    plan = _COMPACT_PLANS.get((cls, skip))
    if plan is None:
        defaults = _defaults(cls)
        fields = [f for f in dataclasses.fields(cls) if f.name not in skip]
        names = tuple(f.name for f in fields)
        raw = tuple(_NO_DEFAULT if f.default is dataclasses.MISSING else f.default for f in fields)
        getter = operator.attrgetter(*names) if len(names) > 1 else (lambda o: (getattr(o, names[0]),))
        plan = (names, tuple(defaults.get(n, _NO_DEFAULT) for n in names), raw, getter)
        _COMPACT_PLANS[(cls, skip)] = plan
    return plan


def compact_dict(obj: Any, skip: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    """``strip_defaults(_to_dict(obj, skip), type(obj))`` in one pass (the store's rows: bulk inserts make
    100,000s of them): the fields not skipped and not at their default, as plain values, in field order.
    The fields to visit and their defaults are worked out once per class and ``skip``; a field holding
    the very object that is its default (an empty string, None, an enum member) is skipped unconverted."""
    names, defaults, raw, getter = _compact_plan(type(obj), frozenset(skip))
    out: dict[str, Any] = {}
    for name, default, same, value in zip(names, defaults, raw, getter(obj), strict=True):
        if value is same:
            continue
        if type(value) not in _SCALARS:
            # an enum member's value without the ``.value`` descriptor
            value = value._value_ if isinstance(value, enum.Enum) else _plain(value)
        if default is _NO_DEFAULT or default != value:
            out[name] = value
    return out


_CASE_STORAGE_SKIP = frozenset(_CASE_SKIP | {"uid"})
_PERSON_STORAGE_SKIP = frozenset(_PERSON_SKIP)


def case_storage_dict(case: Case) -> dict[str, Any]:
    """What the store keeps of a case beside its list columns (people, evidence and the uid have their own
    rows and column): ``case_to_dict(children=False)`` without format, uid and default values."""
    out = compact_dict(case, _CASE_STORAGE_SKIP)
    out["background"] = _to_dict(case.background, set())
    out["outcome"] = _to_dict(case.outcome, set())
    return out


def person_storage_dict(p: Person) -> dict[str, Any]:
    """A person's row data: ``person_to_dict`` without default values."""
    return compact_dict(p, _PERSON_STORAGE_SKIP)


def strip_defaults(data: dict[str, Any], cls: type) -> dict[str, Any]:
    """Drop keys whose value is the dataclass default (compact storage; from_dict restores them)."""
    defaults = _defaults(cls)
    return {k: v for k, v in data.items() if defaults.get(k, _NO_DEFAULT) != v}
