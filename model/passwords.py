"""Password hashes (argon2id): portal users (ZUS_HASH, see model/credentials.py) and system users (USR_PSW).

The cost of new hashes comes from appserver.ini (``PasswordCost``; argon2-cffi's defaults when
absent) through :func:`configure`, called once at start-up. A hash carries its own parameters, so
verifying one costs what it cost to make; :func:`needs_rehash` tells when a stored hash was made
with other parameters than the configured ones. Nothing is hashed at import time.
"""
from __future__ import annotations

import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from model import gate

_lock = threading.Lock()
_hasher = PasswordHasher()
_dummy_hash: str | None = None


def configure(time_cost: int, memory_cost: int, parallelism: int) -> None:
    """Use these argon2id parameters for new hashes (and for the dummy hash)."""
    global _hasher, _dummy_hash
    with _lock:
        current = (_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)
        if current != (time_cost, memory_cost, parallelism):
            _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)
            _dummy_hash = None


def hash_password(password: str) -> str:
    with gate.opened():  # argon2 lets go of the GIL and needs no database: other requests go on meanwhile
        return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    if not stored_hash or password is None:
        return False
    try:
        with gate.opened():
            return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when ``stored_hash`` was made with other parameters than the configured ones."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


def dummy_hash() -> str:
    """A hash of nothing anyone knows, verified when a login does not exist, so that an unknown
    login costs as much time as a wrong password. Made on first use, with the configured cost."""
    global _dummy_hash
    with _lock:
        if _dummy_hash is None:
            _dummy_hash = _hasher.hash("\x00 no such user \x00")  # once; under _lock, so the gate stays shut
        return _dummy_hash
