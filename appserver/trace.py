"""Trace=1: every request and response envelope goes to wsstrace.log, passwords masked."""
from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

_SECRET_ELEMENTS = re.compile(
    r"(<(?:[\w.-]+:)?(USERPASSWORD|OLDPASSWORD|NEWPASSWORD|PASSWORD)\b[^>]*>)(.*?)(</(?:[\w.-]+:)?\2\s*>)",
    re.IGNORECASE | re.DOTALL,
)


def mask_passwords(text: str) -> str:
    return _SECRET_ELEMENTS.sub(lambda m: f"{m.group(1)}********{m.group(4)}", text)


class TraceLog:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()

    def write(self, direction: str, path: str, remote: str, body: bytes) -> None:
        text = mask_passwords(body.decode("utf-8", errors="replace"))
        stamp = dt.datetime.now().isoformat(timespec="milliseconds")
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(f"--- {stamp} {direction} {path} {remote}\n{text}\n")
