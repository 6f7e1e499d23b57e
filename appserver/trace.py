"""Trace=1: every request and response envelope goes to wsstrace.log, its secrets masked.

A password (any element named ``...PASSWORD`` or ``...PSW``, such as USERPASSWORD and
USEROLDPASSWORD) is written as ``********``. A USERCODE is a bearer token: whoever holds it is the
user until it expires, so it is never written in full either; it is written as ``sha256:`` and the
first 12 hex digits of its SHA-256, which is how the session is kept in ZWS (``ZWS_TOKEN``), so a
trace line can still be matched to its session without the code itself.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import threading
from pathlib import Path

# the element's opening tag, then its text up to the next tag (CDATA included): a truncated body
# with no closing tag is masked too
_ELEMENT = r"(<(?:[\w.-]+:)?(?:{names})\b[^>]*>)((?:<!\[CDATA\[.*?(?:\]\]>|$)|[^<])*)"
_PASSWORDS = re.compile(_ELEMENT.format(names=r"\w*(?:PASSWORD|PSW)"), re.IGNORECASE | re.DOTALL)
_TOKENS = re.compile(_ELEMENT.format(names="USERCODE"), re.IGNORECASE | re.DOTALL)


def token_digest(code: str) -> str:
    """How a USERCODE is written in a log: never the code itself."""
    code = code.strip()
    return f"sha256:{hashlib.sha256(code.encode('utf-8')).hexdigest()[:12]}" if code else ""


def mask_secrets(text: str) -> str:
    text = _PASSWORDS.sub(lambda m: f"{m.group(1)}********" if not m.group(1).endswith("/>") else m.group(0), text)
    return _TOKENS.sub(lambda m: m.group(1) + token_digest(m.group(2)) if not m.group(1).endswith("/>") else m.group(0),
                       text)


mask_passwords = mask_secrets  # the older name


class TraceLog:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()

    def write(self, direction: str, path: str, remote: str, body: bytes) -> None:
        text = mask_secrets(body.decode("utf-8", errors="replace"))
        stamp = dt.datetime.now().isoformat(timespec="milliseconds")
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(f"--- {stamp} {direction} {path} {remote}\n{text}\n")
