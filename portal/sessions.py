"""The portal's sessions, kept in the memory of the process: the browser holds only an opaque id
in a cookie; the USERCODE that PRTLOGIN handed out, and everything else, stay here."""
from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

IDLE_SECONDS = 30 * 60  # a session unused for this long is over
LIFETIME_SECONDS = 8 * 60 * 60  # as long as a USERCODE session of the web services
MAX_SESSIONS = 10000


@dataclass
class Customer:
    id: str  # ID_ENTIRY: A1_COD + A1_LOJA, passed as CUSTOMERID
    name: str
    nickname: str
    federal_id: str


@dataclass
class Session:
    id: str
    csrf: str
    usercode: str
    login: str
    name: str
    email: str
    skin: str
    admin: bool
    rights: list[tuple[str, str]]  # (web service, description) of USERACCESSES
    customers: list[Customer]
    customer_id: str = ""  # the customer chosen, "" until chosen
    created: float = field(default_factory=time.monotonic)
    seen: float = field(default_factory=time.monotonic)
    flash: str = ""  # a message for the next page shown

    @property
    def customer(self) -> Customer | None:
        return next((c for c in self.customers if c.id == self.customer_id), None)

    def take_flash(self) -> str:
        message, self.flash = self.flash, ""
        return message


class SessionStore:
    def __init__(self):
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, **values) -> Session:
        """A new session with fresh id and CSRF token (a login never reuses an id: no fixation)."""
        session = Session(id=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32), **values)
        with self._lock:
            self._purge()
            if len(self._sessions) >= MAX_SESSIONS:
                oldest = min(self._sessions.values(), key=lambda s: s.seen)
                del self._sessions[oldest.id]
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        now = time.monotonic()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if now - session.seen > IDLE_SECONDS or now - session.created > LIFETIME_SECONDS:
                del self._sessions[session_id]
                return None
            session.seen = now
            return session

    def drop(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def _purge(self) -> None:
        now = time.monotonic()
        for sid in [sid for sid, s in self._sessions.items()
                    if now - s.seen > IDLE_SECONDS or now - s.created > LIFETIME_SECONDS]:
            del self._sessions[sid]


def same_token(sent: str | None, expected: str) -> bool:
    return bool(sent) and secrets.compare_digest(sent.encode("utf-8"), expected.encode("utf-8"))


__all__ = ["Customer", "Session", "SessionStore", "same_token"]
