"""USERPRESENTATION: the portal's home page, from the files the MV_PORTAL parameters name.

Protheus reads them from its RootPath: MV_PORTAL1 names the presentation text (HTML allowed),
MV_PORTAL2 the company's photo, MV_PORTAL3 the news (one per line, ``title=text``) and
MV_PORTAL4 the logo (``LGRL<company>.BMP`` when blank). Here the parameters are the same SX6
rows and the files live in the database, in ZAR, under those names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import messages, parameters
from model.tables import ZAR

PRESENTATION, PHOTO, NEWS, LOGO = "MV_PORTAL1", "MV_PORTAL2", "MV_PORTAL3", "MV_PORTAL4"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class NewsItem:
    title: str
    text: str


def _file(session: Session, parameter: str, lang: str, default_name: str = "") -> bytes | None:
    """The bytes of the file ``parameter`` names (in the language's content of the parameter),
    or None when it names none or no such file is kept."""
    name = parameters.value(session, parameter, lang) or default_name
    if not name:
        return None
    return session.scalars(select(ZAR.ZAR_CONTEU).where(ZAR.ZAR_NOME == name)).first()


def _lines(content: bytes) -> list[str]:
    """The lines of a text file, as Protheus reads them one by one (a last line break ends the
    last line, it does not start another). UTF-8, else Windows-1252 as Protheus writes files."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    lines = _LINE_BREAK.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def presentation_text(session: Session, lang: str) -> str:
    """The presentation: the lines of MV_PORTAL1's file joined without a separator, as
    Protheus joins them; a fixed hint while the parameter names no file."""
    content = _file(session, PRESENTATION, lang)
    if content is None:
        return messages.text("presentation_missing", lang)
    return "".join(_lines(content))


def news(session: Session, lang: str) -> list[NewsItem]:
    """One item per line of MV_PORTAL3's file: the title before the first ``=``, the text after
    it (a line without ``=`` is all text, an empty line an empty item); a fixed hint while the
    parameter names no file."""
    content = _file(session, NEWS, lang)
    if content is None:
        return [NewsItem(messages.text("news_missing_title", lang), messages.text("news_missing", lang))]
    items = []
    for line in _lines(content):
        title, sep, text = line.partition("=")
        items.append(NewsItem(title, text) if sep else NewsItem("", line))
    return items


def photo(session: Session, lang: str) -> bytes:
    """The bytes of MV_PORTAL2's image, empty when there is none."""
    return _file(session, PHOTO, lang) or b""


def logo(session: Session, lang: str, company: str) -> bytes:
    """The bytes of MV_PORTAL4's image (``LGRL<company>.BMP`` when the parameter is blank),
    whole: Protheus reads it line by line and loses its line-break bytes, which breaks most
    images; this server does not."""
    return _file(session, LOGO, lang, default_name=f"LGRL{company}.BMP") or b""
