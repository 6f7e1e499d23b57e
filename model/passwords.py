"""Password hashes (argon2id): portal users (AI3_PSW) and system users (USR_PSW)."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    if not stored_hash or password is None:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# A hash of nothing anyone knows, verified when a login does not exist, so that an unknown
# login costs as much time as a wrong password.
DUMMY_HASH = hash_password("\x00 no such user \x00")
