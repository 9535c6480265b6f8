"""Ed25519 keys and signatures an auditor can check offline, years later, with common
tools: a minisign-compatible signature of SHA256SUMS (`minisign -Vm SHA256SUMS -p
clearance.pub`) and a DSSE envelope around the in-toto provenance statement.

Ed25519 signatures are deterministic, so a signed release stays byte-identical.
The secret key file is PKCS#8 PEM (mode 0600); the public key file is minisign's format.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from anonymize.errors import SecretKeyError

PUBLIC_KEY_FILE = "clearance.pub"
SECRET_KEY_FILE = "clearance.key"
DSSE_PAYLOAD_TYPE = "application/vnd.in-toto+json"


def _raw_public(pk: Ed25519PublicKey) -> bytes:
    return pk.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(pk: Ed25519PublicKey) -> bytes:
    """minisign's 8-byte key id, derived from the key so it needs no storage."""
    return hashlib.blake2b(_raw_public(pk), digest_size=8).digest()


def public_key_text(pk: Ed25519PublicKey) -> str:
    kid = key_id(pk)
    blob = base64.b64encode(b"Ed" + kid + _raw_public(pk)).decode()
    return f"untrusted comment: minisign public key {kid[::-1].hex().upper()}\n{blob}\n"


def parse_public_key(text: str) -> Ed25519PublicKey:
    lines = [x for x in text.splitlines() if x.strip()]
    if len(lines) < 2:
        raise ValueError("not a minisign public key")
    blob = base64.b64decode(lines[1], validate=True)
    if len(blob) != 42 or blob[:2] != b"Ed":
        raise ValueError("not an Ed25519 minisign public key")
    pk = Ed25519PublicKey.from_public_bytes(blob[10:])
    if key_id(pk) != blob[2:10]:
        raise ValueError("public key id does not match the key")
    return pk


def keygen(folder: str | Path) -> tuple[Path, Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    secret, public = folder / SECRET_KEY_FILE, folder / PUBLIC_KEY_FILE
    if secret.exists() or public.exists():
        raise SecretKeyError(f"{folder} already holds a key pair; refusing to overwrite it")
    sk = Ed25519PrivateKey.generate()
    pem = sk.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                           serialization.NoEncryption())
    fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public.write_text(public_key_text(sk.public_key()), encoding="utf-8")
    return secret, public


def load_signing_key(path: str | Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        raise SecretKeyError(f"signing key {path}: not a readable Ed25519 PEM key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SecretKeyError(f"signing key {path}: not an Ed25519 key")
    return key


UNTRUSTED_SIG_COMMENT = "untrusted comment: signature from clearance secret key"


def minisign(sk: Ed25519PrivateKey, data: bytes, trusted_comment: str) -> str:
    """A prehashed (BLAKE2b-512) minisign signature, as `minisign -S -H` writes it."""
    kid = key_id(sk.public_key())
    sig = sk.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_sig = sk.sign(sig + trusted_comment.encode())
    return (f"{UNTRUSTED_SIG_COMMENT}\n"
            f"{base64.b64encode(b'ED' + kid + sig).decode()}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(global_sig).decode()}\n")


def minisign_verify(pk: Ed25519PublicKey, data: bytes, signature_text: str) -> bool:
    """Verify, and insist on the exact form Clearance writes: even the untrusted comment,
    which minisign itself ignores, may not change (any altered byte fails an audit)."""
    try:
        lines = signature_text.split("\n")
        if len(lines) != 5 or lines[0] != UNTRUSTED_SIG_COMMENT or lines[4] != "":
            return False
        blob = base64.b64decode(lines[1], validate=True)
        if base64.b64encode(blob).decode() != lines[1] or \
                base64.b64encode(base64.b64decode(lines[3], validate=True)).decode() != lines[3]:
            return False
        if len(blob) != 74 or blob[:2] != b"ED" or blob[2:10] != key_id(pk):
            return False
        if not lines[2].startswith("trusted comment: "):
            return False
        sig, comment = blob[10:], lines[2][len("trusted comment: "):]
        pk.verify(sig, hashlib.blake2b(data, digest_size=64).digest())
        pk.verify(base64.b64decode(lines[3], validate=True), sig + comment.encode())
        return True
    except (InvalidSignature, ValueError, IndexError):
        return False


def pae(payload_type: str, body: bytes) -> bytes:
    """DSSE pre-authentication encoding."""
    t = payload_type.encode()
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(body), body)


def dsse_envelope(body: bytes, sk: Ed25519PrivateKey | None) -> dict:
    sigs = []
    if sk is not None:
        sigs.append({"keyid": key_id(sk.public_key()).hex(),
                     "sig": base64.b64encode(sk.sign(pae(DSSE_PAYLOAD_TYPE, body))).decode()})
    return {"payload": base64.b64encode(body).decode(), "payloadType": DSSE_PAYLOAD_TYPE,
            "signatures": sigs}


def dsse_verify(envelope: dict, pk: Ed25519PublicKey) -> bool:
    try:
        body = base64.b64decode(envelope["payload"], validate=True)
        for s in envelope["signatures"]:
            if s.get("keyid") == key_id(pk).hex():
                pk.verify(base64.b64decode(s["sig"], validate=True), pae(envelope["payloadType"], body))
                return True
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return False
    return False
