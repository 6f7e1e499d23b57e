"""The MV_ parameters (SX6): a branch's own value, else the shared one (blank X6_FIL), in the
language asked for."""
from __future__ import annotations

from decimal import Decimal
from functools import cache

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from model.database import live, read
from model.tables import SX6

CONTENT = {"es": SX6.X6_CONTSPA, "pt": SX6.X6_CONTEUD, "en": SX6.X6_CONTENG}
NOT_FOUND = ".F."  # what Protheus' GetMV gives for a parameter that does not exist
# Parameters no web service ever reveals: passwords and credentials (MV_RELPSW is the mail
# server's password, MV_AUTHWS a system user's login and password).
SECRET = frozenset({"MV_RELPSW", "MV_AUTHWS", "MV_RELAPSW", "MV_WFPASSW"})
_TRUE = {".T.", "T", "S", "Y", "1", "TRUE"}


@cache
def _statement(lang: str):
    """Prepared once per language: the parameters are read on most calls."""
    return select(SX6.X6_VAR, SX6.X6_FIL, SX6.X6_TIPO, CONTENT[lang], SX6.X6_CONTEUD).where(
        SX6.X6_VAR.in_(bindparam("names", expanding=True)), SX6.X6_FIL.in_(bindparam("branches", expanding=True)),
        live(SX6))


def _found(session: Session, names: list[str], lang: str, branch: str | None) -> dict[str, tuple[str, str]]:
    """Parameter -> (X6_TIPO, text) for ``branch`` (the session's branch by default), the shared
    row (blank X6_FIL) when the branch has none of its own."""
    branch = session.info["branch"] if branch is None else branch
    rows = read(session, _statement(lang), names=list(names), branches=["", branch])
    found: dict[str, tuple[bool, str, str]] = {}
    for name, row_branch, kind, text, default in rows:
        own = row_branch == branch and branch != ""
        if name not in found or own:
            found[name] = (own, kind, (text or default or "").strip())
    return {name: (kind, text) for name, (_own, kind, text) in found.items()}


def values(session: Session, names: list[str], lang: str = "pt", branch: str | None = None) -> dict[str, str]:
    """Parameter -> its text for ``branch`` (the session's branch by default), the shared value
    (blank X6_FIL) when the branch has none of its own. The Spanish and English texts fall back
    to the Portuguese one when blank."""
    return {name: text for name, (_kind, text) in _found(session, names, lang, branch).items()}


def value(session: Session, name: str, lang: str = "pt", default: str | None = None) -> str | None:
    return values(session, [name], lang).get(name, default)


def as_text(session: Session, name: str, lang: str, branch: str | None = None) -> str:
    """CFGDICTIONARY.GETPARAM: the parameter's value as Protheus turns it into text: the text
    trimmed, a logical as ``.T.``/``.F.``, a number or a date as written; ``.F.`` when the
    parameter does not exist (or is one no service reveals, :data:`SECRET`)."""
    name = (name or "").strip().upper()
    if name in SECRET:
        return NOT_FOUND
    found = _found(session, [name], lang, (branch or "").strip() or None).get(name)
    if found is None:
        return NOT_FOUND
    kind, text = found
    if kind == "L":
        return ".T." if text.upper() in _TRUE else ".F."
    return text


def typed(session: Session, defaults: dict[str, object], branch: str | None = None) -> dict[str, object]:
    """Each parameter of ``defaults`` read in one query and typed like its default (SuperGetMV
    with a default): a number (int, Decimal) is read as a Decimal, a bool from ``.T.``/``.F.``
    (also S/N, 1/0), text stripped. A parameter that is missing, or blank where a number or a
    logical is expected, takes its default."""
    found = values(session, list(defaults), branch=branch)
    typed_values: dict[str, object] = {}
    for name, default in defaults.items():
        text = found.get(name)
        if text is None or (text == "" and not isinstance(default, str)):
            typed_values[name] = default
        elif isinstance(default, bool):
            typed_values[name] = text.upper() in _TRUE
        elif isinstance(default, (int, Decimal)):
            try:
                typed_values[name] = Decimal(text.replace(",", "."))
            except ArithmeticError:
                typed_values[name] = Decimal(default)
        else:
            typed_values[name] = text
    return typed_values
