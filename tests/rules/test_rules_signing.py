"""Signed packs: accepted with a trusted key, refused when unsigned, altered, or signed by another key."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.errors import IntegrityError, ValidationError
from parole_desktop.rules import RulesPack, load_trusted_keys, sign_pack, verify_signed_pack
from parole_desktop.rules.keys import parse_trusted_keys
from parole_desktop.rules.signing import canonical_bytes


def raw_pub(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def pack_dict(pack: RulesPack) -> dict[str, Any]:
    d = copy.deepcopy(pack.raw)
    d["version"] = "2026.12.1"
    return d


def to_bytes(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope, ensure_ascii=False, indent=1).encode()


def test_signed_pack_is_accepted(key: Ed25519PrivateKey, pack_dict: dict[str, Any]) -> None:
    env = sign_pack(pack_dict, key, key_id="test-key")
    assert env["format"] == "parole-desktop-rules-pack"
    assert env["signature"]["alg"] == "Ed25519" and env["signature"]["key_id"] == "test-key"
    pack = verify_signed_pack(to_bytes(env), {"test-key": raw_pub(key)})
    assert pack.version == "2026.12.1"
    sig = base64.b64decode(env["signature"]["value"])
    key.public_key().verify(sig, canonical_bytes(pack_dict))  # the documented canonical form


def test_one_byte_changed_is_refused(key: Ed25519PrivateKey, pack_dict: dict[str, Any]) -> None:
    data = to_bytes(sign_pack(pack_dict, key, key_id="k"))
    pos = data.index(b'"amount_usd": 630') + len(b'"amount_usd": 6')
    tampered = data[:pos] + b"9" + data[pos + 1 :]  # 630 -> 690
    assert len(tampered) == len(data)
    with pytest.raises(IntegrityError, match="altered or damaged"):
        verify_signed_pack(tampered, {"k": raw_pub(key)})


def test_any_single_byte_flip_is_refused(key: Ed25519PrivateKey, pack_dict: dict[str, Any]) -> None:
    data = to_bytes(sign_pack(pack_dict, key, key_id="k"))
    for pos in range(0, len(data), max(1, len(data) // 40)):
        flipped = data[:pos] + bytes([data[pos] ^ 0x01]) + data[pos + 1 :]
        try:
            verify_signed_pack(flipped, {"k": raw_pub(key)})
        except (IntegrityError, ValidationError):
            continue
        # a flip in insignificant whitespace or in a key order does not change the signed content
        assert json.loads(flipped)["pack"] == pack_dict


def test_a_verified_pack_is_cached_only_for_the_same_bytes_and_keys(
    key: Ed25519PrivateKey, pack_dict: dict[str, Any]
) -> None:
    """The loader remembers a success (a vault with an imported pack opens many workspaces and packets), but
    only for the exact envelope bytes and trusted-key list it checked: nothing else may ride on that answer."""
    data = to_bytes(sign_pack(pack_dict, key, key_id="cached"))
    trusted = {"cached": raw_pub(key)}
    first = verify_signed_pack(data, trusted)
    assert verify_signed_pack(data, dict(trusted)) is first  # same bytes, same keys: the same verified pack
    # the key is no longer trusted (replaced in the publisher list): refused, not answered from the cache
    with pytest.raises(IntegrityError, match="does not match"):
        verify_signed_pack(data, {"cached": raw_pub(Ed25519PrivateKey.generate())})
    with pytest.raises(IntegrityError, match="unknown key 'cached'"):
        verify_signed_pack(data, {})
    # one byte of the content changed after a good copy was verified: still refused
    pos = data.index(b'"amount_usd": 630') + len(b'"amount_usd": 6')
    with pytest.raises(IntegrityError, match="altered or damaged"):
        verify_signed_pack(data[:pos] + b"9" + data[pos + 1 :], trusted)


def test_wrong_key_is_refused(key: Ed25519PrivateKey, pack_dict: dict[str, Any]) -> None:
    other = Ed25519PrivateKey.generate()
    data = to_bytes(sign_pack(pack_dict, other, key_id="k"))
    with pytest.raises(IntegrityError, match="does not match"):
        verify_signed_pack(data, {"k": raw_pub(key)})


def test_unknown_key_id_is_refused(key: Ed25519PrivateKey, pack_dict: dict[str, Any]) -> None:
    data = to_bytes(sign_pack(pack_dict, key, key_id="stranger"))
    with pytest.raises(IntegrityError, match="unknown key 'stranger'"):
        verify_signed_pack(data, {"k": raw_pub(key)})


def test_unsigned_pack_is_refused(key: Ed25519PrivateKey, pack_dict: dict[str, Any]) -> None:
    env = sign_pack(pack_dict, key, key_id="k")
    del env["signature"]
    with pytest.raises(IntegrityError, match="not signed"):
        verify_signed_pack(to_bytes(env), {"k": raw_pub(key)})
    with pytest.raises(IntegrityError, match="not a signed rules pack"):
        verify_signed_pack(json.dumps(pack_dict).encode(), {"k": raw_pub(key)})  # a bare pack
    with pytest.raises(IntegrityError, match="not a signed rules pack"):
        verify_signed_pack(b"\xff\xfe garbage", {"k": raw_pub(key)})


def test_signed_but_invalid_pack_gives_validation_error(
    key: Ed25519PrivateKey, pack_dict: dict[str, Any]
) -> None:
    pack_dict["fees"][0]["amount_usd"] = -5
    sig = key.sign(canonical_bytes(pack_dict))  # sign_pack refuses invalid packs, so sign by hand
    env = {
        "format": "parole-desktop-rules-pack",
        "pack": pack_dict,
        "signature": {"alg": "Ed25519", "key_id": "k", "value": base64.b64encode(sig).decode()},
    }
    with pytest.raises(ValidationError) as err:
        verify_signed_pack(to_bytes(env), {"k": raw_pub(key)})
    assert err.value.path == "$.fees[0].amount_usd"
    with pytest.raises(ValidationError):
        sign_pack(pack_dict, key)


def test_shipped_publisher_keys() -> None:
    keys = load_trusted_keys()
    assert len(keys) == 1
    assert all(len(v) == 32 for v in keys.values())
    with pytest.raises(IntegrityError):
        parse_trusted_keys('{"k": "c2hvcnQ="}')
