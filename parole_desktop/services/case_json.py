"""The case JSON exchange format: JSON Schema (generated from the domain), validation, import/export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from parole_desktop.domain import codec, enums
from parole_desktop.domain import text as text_rule
from parole_desktop.domain.models import Background, Case, Evidence, Outcome, Person
from parole_desktop.errors import ValidationError
from parole_desktop.l10n import _
from parole_desktop.paths import resource
from parole_desktop.services import date_input

SCHEMA_PATH = ("schema", "case.schema.json")
MAX_IMPORT_BYTES = 5 * 1024 * 1024

_FORMATS = {dt.date: "date", dt.datetime: "date-time"}
_LIMITS = {"statement": 100_000, "notes": 20_000}
# integer fields with a range of their own (the form's boxes); others are >= 0
_INT_RANGES = {
    "duration_months": (1, 120),
    "height_feet": (0, 8),
    "height_inches": (0, 11),
    "weight_pounds": (0, 999),
}
_LIST_LIMITS = {"paroles": 50, "inadmissibility_grounds": 30}
# a stable uid (uuid4 hex) or empty
_UID = {"type": "string", "pattern": "^([0-9a-f]{32})?$"}
# ISO 3166-1 alpha-2, or empty
_COUNTRY = {"type": "string", "pattern": "^([A-Z]{2})?$"}
_HHMM = {"type": "string", "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9])?$"}


def _field_schema(tp: Any, name: str) -> dict[str, Any]:
    optional = False
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        optional = True
        tp = args[0]
    schema: dict[str, Any]
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        items = (
            _object_schema(item, set())
            if isinstance(item, type) and dataclasses.is_dataclass(item)
            else _field_schema(item, "")
        )
        return {"type": "array", "items": items, "maxItems": _LIST_LIMITS.get(name, 100)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        schema = {"enum": [m.value for m in tp]}
    elif tp is bool:
        schema = {"type": "boolean"}
    elif tp is int:
        schema = {"type": "integer", "minimum": 0}
        if name in _INT_RANGES:
            schema["minimum"], schema["maximum"] = _INT_RANGES[name]
    elif tp in _FORMATS:
        schema = {"type": "string", "format": _FORMATS[tp]}
    elif tp is str:
        schema = {"type": "string", "maxLength": _LIMITS.get(name, 5_000)}
    else:
        schema = {}
    if optional:
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        elif "type" in schema:
            schema["type"] = [schema["type"], "null"]
    return schema


def _object_schema(cls: type, skip: set[str], rename: dict[str, str] | None = None) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        props[(rename or {}).get(f.name, f.name)] = _field_schema(hints[f.name], f.name)
    return {"type": "object", "properties": props, "additionalProperties": False}


def build_schema() -> dict[str, Any]:
    """The JSON Schema of the case format, derived from the domain dataclasses (see docs/case-format.md)."""
    person = _object_schema(Person, {"id", "case_id"})
    person["properties"]["linked_case_uid"] = _UID
    person["properties"]["address_country"] = person["properties"]["physical_country"] = _COUNTRY
    person["properties"]["eye_color"] = {"enum": ["", *enums.EYE_COLORS]}
    person["properties"]["hair_color"] = {"enum": ["", *enums.HAIR_COLORS]}
    races = "|".join(enums.RACES)
    person["properties"]["race"] = {"type": "string", "pattern": f"^(({races})(,({races}))*)?$"}
    person["properties"]["paroles"]["items"]["properties"]["basis"] = {
        "enum": ["", *(b.value for b in enums.ParoleBasis if b != enums.ParoleBasis.UNRECORDED)]
    }
    person["properties"]["paroles"]["items"]["properties"]["source"] = {"enum": ["manual", "outcome", "i94"]}
    person["required"] = ["role"]
    evidence = _object_schema(Evidence, {"case_id", "attachment_id", "added_at"}, {"id": "ref"})
    evidence["properties"]["sha256"] = {"type": "string", "pattern": "^([0-9a-f]{64})?$"}
    evidence["required"] = ["kind"]
    case = _object_schema(Case, {"id", "family_group_id", "created_at", "updated_at"})
    case["properties"].update(
        {
            "format": {"const": codec.FORMAT_NAME},
            "format_version": {"enum": list(codec.READABLE_VERSIONS)},
            "uid": _UID,
            "presentation_time": _HHMM,
            "family_group": {
                "type": ["object", "null"],
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 500},
                    "uid": _UID,
                    "notes": {"type": "string", "maxLength": 20_000},
                },
                "required": ["name"],
                "additionalProperties": False,
            },
            "background": _object_schema(Background, set()),
            "outcome": _object_schema(Outcome, set()),
            "people": {"type": "array", "items": person, "maxItems": 100},
            "evidence": {"type": "array", "items": evidence, "maxItems": 2000},
        }
    )
    case["required"] = ["format", "format_version", "channel", "people"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://parole-desktop.invalid/schema/case.schema.json",
        "title": "Parole Desktop case",
        "description": "One humanitarian parole request (one beneficiary). Generated from parole_desktop.domain.",
        **case,
    }


def _resolve_date(tp: Any) -> bool:
    return dt.date in typing.get_args(tp) or tp is dt.date


@cache
def schema() -> dict[str, Any]:
    return dict(json.loads(resource(*SCHEMA_PATH).read_text(encoding="utf-8")))


def _path(error: Any) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def validate(data: Any) -> Case:
    """Validate a decoded JSON value and build the Case; raises ValidationError naming the bad field."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(e.absolute_path), str(e.validator)))
    if errors:
        err = errors[0]
        raise ValidationError(_path(err), _schema_message(err))
    assert isinstance(data, dict)
    _check_semantics(data)
    try:
        case = codec.case_from_dict(data)
    except (ValueError, TypeError) as exc:  # e.g. 2026-02-30 passes the regex but is no date
        raise ValidationError("(case)", text_rule.excerpt(str(exc), 120)) from exc
    text_rule.clean_record(case)  # the one text rule: controls, bidi, invisible, look-alike letters
    group = data.get("family_group")
    if isinstance(group, dict):
        text_rule.check(str(group.get("name") or ""), text_rule.Kind.LINE, "family_group.name")
        text_rule.check(str(group.get("notes") or ""), text_rule.Kind.LONG, "family_group.notes")
    return case


def _schema_message(err: Any) -> str:
    """What a JSON Schema error says, in words that quote the refused value only as a short excerpt
    (jsonschema's own messages repeat the whole value: a 200 kB statement would come back in full)."""
    value, rule, keyword = err.instance, err.validator_value, str(err.validator)
    shown = text_rule.excerpt(value)
    if keyword == "maxLength":
        return f"the text is too long ({len(value)} characters; at most {rule})"
    if keyword == "minLength":
        return f"the text is too short (at least {rule} characters)"
    if keyword == "maxItems":
        return f"too many entries ({len(value)}; at most {rule})"
    if keyword == "pattern":
        return f"{shown} is not in the expected form"
    if keyword == "format":
        return f"{shown} is not a valid {rule}"
    if keyword in ("enum", "const"):
        allowed = ", ".join(str(a) for a in (rule if isinstance(rule, list) else [rule]) if a is not None)
        if len(allowed) > 110:
            allowed = allowed[:110].rsplit(", ", 1)[0] + ", …"
        return f"{text_rule.excerpt(value, 24)} is not one of: {allowed}"
    if keyword == "type":
        return f"{shown} is not of type {rule}"
    if keyword in ("minimum", "maximum"):
        return f"{shown} is {'below the minimum' if keyword == 'minimum' else 'above the maximum'} {rule}"
    if keyword == "required":
        return text_rule.excerpt(err.message, 120)
    if keyword == "additionalProperties":
        extra = sorted(set(value) - set(err.schema.get("properties", {}))) if isinstance(value, dict) else []
        names = ", ".join(text_rule.excerpt(k, 30) for k in extra[:5])
        return f"unknown field(s): {names}{', …' if len(extra) > 5 else ''}"
    return text_rule.excerpt(err.message, 120)


_PERSON_DATES = tuple(
    f.name for f in dataclasses.fields(Person) if _resolve_date(typing.get_type_hints(Person)[f.name])
)


def _check_semantics(data: dict[str, Any]) -> None:
    people = data.get("people") or []
    beneficiaries = [i for i, p in enumerate(people) if p.get("role") == "beneficiary"]
    if len(beneficiaries) != 1:
        raise ValidationError(
            "people",
            _("a request has exactly one beneficiary (found {n})").format(n=len(beneficiaries)),
        )
    for i, p in enumerate(people):
        dates = [(f"people[{i}].{k}", p.get(k)) for k in _PERSON_DATES]
        for j, r in enumerate(p.get("paroles") or []):
            dates += [(f"people[{i}].paroles[{j}].{k}", r.get(k)) for k in ("paroled_on", "expires_on")]
        for where, value in dates:
            if value:
                try:
                    dt.date.fromisoformat(value)
                except ValueError as exc:
                    raise ValidationError(
                        where, _("{value} is not a real date").format(value=text_rule.excerpt(value))
                    ) from exc
    refs = [e.get("ref") for e in data.get("evidence") or [] if e.get("ref") is not None]
    if len(refs) != len(set(refs)):
        raise ValidationError("evidence", _("two evidence items have the same ref"))
    for i, e in enumerate(data.get("evidence") or []):
        t = e.get("translation_of")
        if t is not None and t not in refs:
            raise ValidationError(
                f"evidence[{i}].translation_of", _("no evidence item has ref {t}").format(t=t)
            )


def load_file(path: Path) -> Case:
    """Read and validate a case JSON file; nothing is written anywhere."""
    return load_document(path)[0]


def load_document(path: Path) -> tuple[Case, dict[str, Any] | None]:
    """The validated case of a case JSON file and its family group ({name, uid, notes}) if it names one."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ValidationError(
                "(file)",
                _("{name} is too large for a case file ({size} bytes)").format(name=path.name, size=size),
            )
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("(file)", _("there is no file {path}").format(path=path)) from exc
    except OSError as exc:
        raise ValidationError(
            "(file)", _("cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValidationError("(file)", _("{name} is not UTF-8 text").format(name=path.name)) from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "(file)",
            _("{name} is not valid JSON (line {lineno}: {msg})").format(
                name=path.name, lineno=exc.lineno, msg=exc.msg
            ),
        ) from exc
    case = validate(data)
    group = data.get("family_group")
    return case, (dict(group) if isinstance(group, dict) else None)


def dumps(
    case: Case, *, family_group: dict[str, Any] | None = None, linked_uids: dict[int, str] | None = None
) -> str:
    """The case as JSON; ``family_group`` ({name, uid, notes}) and the uids of linked cases make links portable."""
    d = codec.case_to_dict(case)
    if family_group:
        d["family_group"] = family_group
    for p in d["people"]:
        target = p.get("linked_case_id")
        if target is not None and linked_uids and linked_uids.get(target):
            p["linked_case_uid"] = linked_uids[target]
    return json.dumps(d, ensure_ascii=False, indent=2)


# ------------------------------------------------------------------ case edit --set path=value
_READ_ONLY = {"format", "format_version", "status", "uid", "evidence", "outcome"}
_PATH_PART = re.compile(r"^([a-z_][a-z0-9_]*)(?:\[(\d+|[a-z_]+)\])?$")


def parse_assignment(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise ValidationError(
            text_rule.excerpt(text),
            _("expected path=value, e.g. reason=funeral or people[beneficiary].passport_family_name=RAHIMI"),
        )
    path, value = text.split("=", 1)
    return path.strip(), value


def _value(raw: str, current: Any) -> Any:
    if isinstance(current, str):
        return raw
    if isinstance(current, list):  # a whole list as JSON, e.g. inadmissibility_grounds=["212(a)(7)(B)(i)(I)"]
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValidationError(
                "(value)", _('a list is given as JSON, e.g. ["a", "b"]: {msg}').format(msg=exc.msg)
            ) from exc
    if raw == "":
        return None
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def apply_assignment(data: dict[str, Any], path: str, raw: str) -> None:
    """Set one field of a case dict (as ``case_to_dict`` makes it) by a dotted path.

    ``people[0].given_name`` picks a person by position, ``people[supporter].organization`` the first person with
    that role; ``background.criminal_history`` and plain case fields work the same way. A date field takes
    ``YYYY-MM-DD`` or a Solar Hijri date marked ``jalali:1367/01/23``, stored as its Gregorian date. Raises ValidationError
    naming the path for anything that does not exist or must not be edited this way.
    """
    parts = path.split(".")
    where = path if len(path) <= 80 and path.isprintable() else text_rule.excerpt(path)
    if not path or parts[0] in _READ_ONLY:
        raise ValidationError(
            where or "(path)",
            "this field cannot be set with case edit"
            + (" (use the evidence commands)" if parts[0] == "evidence" else ""),
        )
    target: Any = data
    for i, part in enumerate(parts):
        m = _PATH_PART.match(part)
        if not m or not isinstance(target, dict) or m.group(1) not in target:
            raise ValidationError(where, _("there is no such field"))
        name, index = m.group(1), m.group(2)
        last = i == len(parts) - 1
        if index is not None:
            seq = target[name]
            if not isinstance(seq, list):
                raise ValidationError(where, _("{name} is not a list").format(name=name))
            if index.isdigit():
                if int(index) >= len(seq):
                    raise ValidationError(
                        where, _("there is no {name}[{index}]").format(name=name, index=index)
                    )
                chosen = seq[int(index)]
            else:
                chosen = next((x for x in seq if isinstance(x, dict) and x.get("role") == index), None)
                if chosen is None:
                    raise ValidationError(
                        where,
                        _("there is no {index} in {name}").format(
                            index=text_rule.excerpt(index, 30), name=name
                        ),
                    )
            if last:
                raise ValidationError(where, _("name a field of the item, e.g. people[0].given_name"))
            target = chosen
            continue
        if last:
            if isinstance(target[name], dict):
                raise ValidationError(where, _("name a field inside it"))
            # a date: Gregorian YYYY-MM-DD, or Solar Hijri marked jalali: (services/date_input.py)
            target[name] = (
                date_input.iso_value(where, raw)
                if name in date_input.DATE_FIELDS
                else _value(raw, target[name])
            )
        else:
            target = target[name]
