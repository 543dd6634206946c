"""Loading a rules pack: the bundled ``resources/rules/pack.json`` or a signed import, validated, then typed.

The loader reads the JSON, checks it against ``pack.schema.json``, checks that the pack has a catalog entry
for every rule id the registry implements and every parameter the checks read, checks the signature of an
imported pack (:mod:`parole_desktop.rules.signing`) and wraps the dict in the typed
:class:`~parole_desktop.rules.pack.RulesPack`. Results are cached: the bundled pack once per process, a
verified signed pack per exact envelope bytes and trusted-key list.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from parole_desktop.domain.grounds import REFUSED_214B, names_ina_214b
from parole_desktop.errors import UserError, ValidationError
from parole_desktop.paths import resource
from parole_desktop.rules.pack import RulesPack
from parole_desktop.rules.registry import RULE_IDS
from parole_desktop.rules.signing import envelope_for, signed_pack_dict

log = logging.getLogger(__name__)


def rules_resource_dir() -> Path:
    """resources/rules of the source tree, or of a frozen (PyInstaller) build (``paths.resource``)."""
    return resource("rules")


DEFAULT_PACK_PATH = rules_resource_dir() / "pack.json"
SCHEMA_PATH = rules_resource_dir() / "pack.schema.json"


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema  # lazy: ~0.1 s to import, not needed to load the bundled pack

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate_pack_dict(data: Any, *, schema: bool = True) -> None:
    """Raise ValidationError (with the JSON path) unless ``data`` is a well-formed, consistent pack.

    ``schema=False`` skips the JSON Schema pass (0.2 s of start-up, mostly importing jsonschema); only
    for the pack bundled with the app, whose schema conformance the test suite checks.
    """
    errors = (
        sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
        if schema
        else []
    )
    if errors:
        err = errors[0]
        raise ValidationError(err.json_path, f"rules pack does not match its schema: {err.message}")
    source_ids = {s["id"] for s in data["sources"]}
    _check_refs(data, source_ids)
    missing = sorted(set(RULE_IDS) - set(data["rules"]))
    if missing:
        raise ValidationError("$.rules", f"rules pack has no citation for rule(s) {', '.join(missing)}")
    for name in _REQUIRED_PARAMS:
        if name not in data["parameters"]:
            raise ValidationError(f"$.parameters.{name}", "rules pack lacks a parameter the checks need")
    try:
        for key in ("as_of",):
            dt.date.fromisoformat(data[key])
    except ValueError as exc:
        raise ValidationError("$.as_of", f"not a valid date: {exc}") from exc
    for i, ground in enumerate(data.get("inadmissibility_grounds") or ()):
        # the workspace offers exactly this list: a pack must never offer 214(b) as a ground
        if isinstance(ground, dict) and any(names_ina_214b(str(ground.get(k, ""))) for k in ("id", "text")):
            raise ValidationError(f"$.inadmissibility_grounds[{i}]", REFUSED_214B)


_REQUIRED_PARAMS = (
    "passport_validity_months",
    "expedite_window_days",
    "statement_min_words_fail",
    "statement_min_words_warn",
    "max_duration_months",
    "min_scan_width_px",
    "min_scan_height_px",
    "pack_max_age_days",
    "adult_age_years",
    "signer_min_age_years",
    "max_age_years",
    "min_photo_px",
    "photos_required",
    "reparole_min_days_before_expiry",
    "hold_statement_max_age_days",
)


def _check_refs(data: dict[str, Any], source_ids: set[str]) -> None:
    """Every ``source`` that looks like a source id (S<n>) must exist in the sources table."""

    def check(path: str, ref: str) -> None:
        if ref[:1] == "S" and ref[1:].isdigit() and ref not in source_ids:
            raise ValidationError(path, f"unknown source id {ref!r}")

    for section in (
        "fees",
        "filing_addresses",
        "form_editions",
        "programs",
        "no_consular_services",
        "entry_restrictions",
        "adjudication_holds",
        "suspension_exceptions",
    ):
        for i, entry in enumerate(data.get(section, ())):
            check(f"$.{section}[{i}].source", entry["source"])
    for i, entry in enumerate(data.get("programs", ())):
        if entry.get("reparole_window_source"):
            check(f"$.programs[{i}].reparole_window_source", entry["reparole_window_source"])
    for ref in (data.get("adjudication_holds_statement") or {}).get("sources", []):
        check("$.adjudication_holds_statement.sources", ref)
    for i, entry in enumerate((data.get("payment") or {}).get("methods", ())):
        check(f"$.payment.methods[{i}].source", entry["source"])
    for key, rule in data["rules"].items():
        for ref in rule.get("sources", []):
            check(f"$.rules['{key}'].sources", ref)
    for i, reason in enumerate(data["reasons"]):
        for j, item in enumerate(reason["items"]):
            for ref in item.get("sources", []):
                check(f"$.reasons[{i}].items[{j}].sources", ref)
    exception_ids = {e["id"] for e in data["parole_fee"]["exceptions"]}
    for i, reason in enumerate(data["reasons"]):
        for ref in reason["parole_fee_exceptions"]:
            if ref not in exception_ids:
                raise ValidationError(f"$.reasons[{i}].parole_fee_exceptions", f"unknown exception {ref!r}")


def pack_from_dict(data: Any, *, schema: bool = True) -> RulesPack:
    """Validate and wrap an already-parsed pack dict."""
    validate_pack_dict(data, schema=schema)
    return RulesPack(data)


def load_pack(path: Path | str | None = None) -> RulesPack:
    """Load and validate a pack file; without a path, the bundled pack (installed with the app, unsigned)."""
    if path is None:
        return _bundled()
    return _load(Path(path))


@lru_cache(maxsize=1)
def _bundled() -> RulesPack:
    return _load(DEFAULT_PACK_PATH, schema=False)


def _load(path: Path, *, schema: bool = True) -> RulesPack:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Cannot read the rules pack {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError("$", f"rules pack {path.name} is not valid JSON (line {exc.lineno})") from exc
    pack = pack_from_dict(data, schema=schema)
    log.info("loaded rules pack %s %s (as of %s)", pack.id, pack.version, pack.as_of)
    return pack


def sign_pack(
    pack_dict: dict[str, Any], private_key: Ed25519PrivateKey, *, key_id: str | None = None
) -> dict[str, Any]:
    """The signed envelope for ``pack_dict`` (the pack is validated first: never sign a broken pack)."""
    pack_from_dict(pack_dict)
    return envelope_for(pack_dict, private_key, key_id=key_id)


def verify_signed_pack(envelope_bytes: bytes, trusted_public_keys: dict[str, bytes]) -> RulesPack:
    """Check the signature with a trusted publisher key, then validate the pack; refuse anything else.

    Raises IntegrityError (unsigned, unknown key, bad or tampered signature) or ValidationError
    (a correctly signed pack that does not match the schema; the message names the JSON path).
    The same bytes checked against the same keys give the same answer, so a success is cached: a vault
    with an imported pack verifies it once per process, not on every packet build or workspace opened.
    """
    return _verified(bytes(envelope_bytes), tuple(sorted(trusted_public_keys.items())))


@lru_cache(maxsize=8)
def _verified(envelope_bytes: bytes, trusted_public_keys: tuple[tuple[str, bytes], ...]) -> RulesPack:
    key_id, data = signed_pack_dict(envelope_bytes, dict(trusted_public_keys))
    pack = pack_from_dict(data)
    log.info("verified rules pack %s %s signed by %s", pack.id, pack.version, key_id)
    return pack
