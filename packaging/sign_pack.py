"""Sign a rules pack for distribution: python packaging/sign_pack.py PACK.json --key KEY.pem -o SIGNED.json."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from parole_desktop.errors import ParoleError
from parole_desktop.rules.keys import load_trusted_keys
from parole_desktop.rules.loader import sign_pack, verify_signed_pack
from parole_desktop.rules.signing import canonical_bytes, key_id_for


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pack", type=Path, help="the rules pack JSON (same format as resources/rules/pack.json)")
    ap.add_argument("--key", type=Path, required=True, help="the publisher's Ed25519 private key (PEM)")
    ap.add_argument("--key-id", help="key id to record (default: derived from the public key)")
    ap.add_argument("-o", "--output", type=Path, required=True, help="where to write the signed pack")
    args = ap.parse_args(argv)
    try:
        pack = json.loads(args.pack.read_text(encoding="utf-8"))
        key = load_pem_private_key(args.key.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            print("error: the key is not an Ed25519 private key", file=sys.stderr)
            return 2
        envelope = sign_pack(pack, key, key_id=args.key_id)
        data = json.dumps(envelope, ensure_ascii=False, indent=1).encode()
        # self-check against the shipped publisher keys, if this key is one of them
        kid = envelope["signature"]["key_id"]
        trusted = load_trusted_keys()
        if kid in trusted:
            verify_signed_pack(data, trusted)
            note = "verified against resources/rules/publisher_keys.json"
        else:
            note = f"WARNING: key id {kid} ({key_id_for(key.public_key())}) is not in resources/rules/publisher_keys.json"
        args.output.write_bytes(data)
    except (OSError, ValueError, ParoleError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"signed {pack['id']} {pack['version']} (as of {pack['as_of']}, {len(canonical_bytes(pack))} bytes) -> {args.output}; {note}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
