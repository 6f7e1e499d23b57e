"""Checks a request body must pass before any XML parser sees it.

A body over the size limit, one with a DOCTYPE (no entity expansion, no external entities) or one
that is not valid text in its declared charset is refused with a Client fault.
"""
from __future__ import annotations

import re

from model.errors import PortalError

MAX_BODY_BYTES = 4 * 1024 * 1024
_DOCTYPE = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_DECL_CHARSET = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_CT_CHARSET = re.compile(r"charset\s*=\s*\"?([A-Za-z0-9._-]+)", re.IGNORECASE)


class BodyRefused(PortalError):
    """The body was refused before parsing."""


def content_type_charset(content_type: str) -> str | None:
    """The charset a Content-Type names, if any."""
    m = _CT_CHARSET.search(content_type or "")
    return m.group(1) if m else None


def declared_charset(body: bytes, content_type: str) -> str:
    charset = content_type_charset(content_type)
    if charset:
        return charset
    m = _XML_DECL_CHARSET.match(body[:200])
    return m.group(1).decode("ascii") if m else "utf-8"


def check_length(content_length: str | None) -> int:
    try:
        length = int(content_length or 0)
    except ValueError:
        raise BodyRefused("malformed", detail="Content-Length") from None
    if length > MAX_BODY_BYTES:
        raise BodyRefused("body_too_large", limit=MAX_BODY_BYTES)
    return length


def check_body(body: bytes, content_type: str) -> None:
    if len(body) > MAX_BODY_BYTES:
        raise BodyRefused("body_too_large", limit=MAX_BODY_BYTES)
    if not body.strip():
        raise BodyRefused("malformed", detail="empty body")
    charset = declared_charset(body, content_type)
    try:
        text = body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise BodyRefused("bad_encoding", charset=charset[:20]) from None
    if _DOCTYPE.search(text):
        raise BodyRefused("doctype_refused")
