"""Memo texts as Protheus keeps them (MSMM): a text of any length, split into lines of SYP under a
code, which the owning row keeps (AD8_CODMEM...). Codes come from the SYP sequence."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.database import soft_delete_where
from model.numbering import next_number
from model.tables import SYP

LINE = 80  # YP_TEXTO


def read(session: Session, code: str) -> str:
    """The text kept under ``code`` ('' when there is none)."""
    if not code:
        return ""
    lines = session.scalars(select(SYP.YP_TEXTO).where(SYP.YP_CHAVE == code).order_by(SYP.YP_SEQ))
    return "".join(line.ljust(LINE) for line in lines).rstrip()


def read_many(session: Session, codes: list[str]) -> dict[str, str]:
    """Code -> text, for several codes in one query."""
    texts: dict[str, list[str]] = {}
    wanted = sorted({c for c in codes if c})
    if wanted:
        for code, line in session.execute(select(SYP.YP_CHAVE, SYP.YP_TEXTO).where(SYP.YP_CHAVE.in_(wanted))
                                          .order_by(SYP.YP_CHAVE, SYP.YP_SEQ)):
            texts.setdefault(code, []).append(line.ljust(LINE))
    return {code: "".join(lines).rstrip() for code, lines in texts.items()}


def write(session: Session, code: str, text: str, field: str) -> str:
    """Keep ``text`` under ``code`` (a new code when blank); the code. An empty text keeps nothing."""
    if code:
        soft_delete_where(session, SYP, SYP.YP_CHAVE == code)
    text = (text or "").rstrip()
    if not text:
        return code
    code = code or next_number(session, "SYP", 6)
    session.add_all(SYP(YP_CHAVE=code, YP_SEQ=f"{n:03d}", YP_TEXTO=text[start:start + LINE], YP_CAMPO=field)
                    for n, start in enumerate(range(0, len(text), LINE), start=1))
    return code
