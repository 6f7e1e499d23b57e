"""Input checks shared by every service."""
from __future__ import annotations

import re

from model.errors import PortalError

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


def check_email(value: str, field: str, width: int = 60) -> str:
    """The trimmed address, or a Client fault naming ``field``; it must fit its column (``width``)."""
    value = (value or "").strip()
    if value and (len(value) > width or not _EMAIL.match(value)):
        raise PortalError("bad_value", field=field, value=value[:60])
    return value


def check_width(value: str, width: int, field: str) -> str:
    """Text must fit its Protheus column."""
    value = (value or "").strip()
    if len(value) > width:
        raise PortalError("bad_value", field=field, value=value[:width] + "…")
    return value
