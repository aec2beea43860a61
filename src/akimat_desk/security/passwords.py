"""Password hashing with scrypt (hashlib). Only the salted hash is stored; the password never is.

Stored form: ``scrypt$<n>$<r>$<p>$<salt base64>$<hash base64>``, so the cost can be raised later while old
hashes still verify.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCRYPT_N, SCRYPT_R, SCRYPT_P, DKLEN = 2**14, 8, 1, 32
MIN_LENGTH = 8
_MAXMEM = 64 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """A new salted scrypt hash of ``password`` in the stored form."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=DKLEN, maxmem=_MAXMEM)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` gives ``stored``; False for a wrong password or a malformed stored value."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(base64.b64decode(expected)),
            maxmem=_MAXMEM,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, base64.b64decode(expected))


def password_problem(password: str, user_name: str) -> str | None:
    """Why a new password cannot be accepted (a message code), or None."""
    if len(password) < MIN_LENGTH:
        return "password_too_short"
    if password.strip().casefold() == user_name.strip().casefold():
        return "password_is_name"
    return None
