"""The credit decision for one released item, as Protheus' MaAvalCred takes it (per customer and
store: MV_CREDCLI ``L``). Everything is in currency 1.

1. Risk ``A`` (A1_RISCO) passes; risk ``E`` blocks (``01``).
2. A credit limit past its date (A1_VENCLC before today) blocks with ``04``, whatever the risk
   (A and E included; it replaces E's ``01``).
3. Risks other than A, E and Z, not blocked yet:
   a. the exposure, value of the item + open bills (A1_SALDUP, credit notes and advances already
      subtracted) + released orders not invoiced (A1_SALPEDL, what the same run approved
      included), must not exceed the limit A1_LC (a limit of 0 blocks any value): else ``01``;
   b. then, for a positive exposure, the first that applies: an exposure up to MV_LIMINCR passes
      (even over the limit); one over MV_PERMAX % of the limit blocks; a customer of class A, B
      or C (A1_CLASSE) blocks when the item alone exceeds MV_PEDIDOA/B/C (0: no ceiling);
   c. then, still approved and of risk B, C or D: the oldest open bill's real due date
      (E1_VENCREA; credit notes, advances, provisional bills and abatements left out) more than
      MV_RISCOB/C/D days ago blocks with ``01``.
4. Risk ``Z`` and a blank risk skip 3c; Z also skips 3a and 3b.

With MV_BLOQUEI false every item passes. The secondary limit (A1_LCFIN) and the decision per
customer code across its stores (MV_CREDCLI ``C``) are not emulated.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import parameters
from model import release_status as rs
from model.tables import SE1

ZERO = Decimal(0)
ALWAYS, NEVER, UNCHECKED = "A", "E", "Z"  # A1_RISCO
# E1_TIPO of bills that do not count as owed: credit notes (MV_CRNEG), advances (MVRECANT),
# provisional bills (MVPROVIS); abatements end with '-' (MVABATIM)
CREDITS = ("NCC", "RA")
PROVISIONAL = ("PR",)
ABATEMENT_MARK = "-"

DEFAULTS = {
    "MV_BLOQUEI": True,  # credit is evaluated at all
    "MV_LIMINCR": Decimal(0),  # exposure up to which credit passes
    "MV_PERMAX": Decimal(100),  # % of the limit the exposure may reach
    "MV_PEDIDOA": Decimal(0), "MV_PEDIDOB": Decimal(0), "MV_PEDIDOC": Decimal(0),  # ceiling per item by class
    "MV_RISCOB": Decimal(30), "MV_RISCOC": Decimal(20), "MV_RISCOD": Decimal(10),  # days of delay tolerated
    "MV_LIBNODP": "N",  # S: items whose TES makes no receivables are evaluated too
    "MV_BLQCRED": False,  # credit not evaluated (02) when the stock is short
    "MV_RESEST": False,  # whole-order release: reserve stock even when credit fails
}


@dataclass(frozen=True)
class Policy:
    """The parameters of the decision (SX6)."""

    enabled: bool = True
    minimum: Decimal = ZERO
    max_share: Decimal = Decimal(100)
    class_ceilings: dict = field(default_factory=dict)  # A1_CLASSE -> MV_PEDIDOx
    risk_days: dict = field(default_factory=lambda: {"B": Decimal(30), "C": Decimal(20), "D": Decimal(10)})
    without_receivables: bool = False  # MV_LIBNODP = S
    skip_when_short: bool = False  # MV_BLQCRED
    reserve_anyway: bool = False  # MV_RESEST


def policy(session: Session) -> Policy:
    found = parameters.typed(session, DEFAULTS)
    return Policy(
        enabled=found["MV_BLOQUEI"], minimum=found["MV_LIMINCR"], max_share=found["MV_PERMAX"],
        class_ceilings={c: found[f"MV_PEDIDO{c}"] for c in "ABC"},
        risk_days={r: found[f"MV_RISCO{r}"] for r in "BCD"},
        without_receivables=found["MV_LIBNODP"].upper() == "S", skip_when_short=found["MV_BLQCRED"],
        reserve_anyway=found["MV_RESEST"])


@dataclass(frozen=True)
class Standing:
    """What the decision reads of a customer, in currency 1."""

    risk: str  # A1_RISCO
    limit: Decimal  # A1_LC
    limit_due: dt.date | None  # A1_VENCLC
    grade: str = ""  # A1_CLASSE
    owed: Decimal = ZERO  # A1_SALDUP + A1_SALPEDL (+ what a whole-order simulation approved)
    oldest_due: dt.date | None = None  # the oldest open bill's E1_VENCREA


def decide(standing: Standing, value: Decimal, today: dt.date, rules: Policy = Policy()) -> str:
    """The credit block code of an item worth ``value``: '' approved, '01' or '04'."""
    if not rules.enabled:
        return ""
    risk = (standing.risk or "").strip().upper()
    code = rs.CREDIT_BY_VALUE if risk == NEVER else ""
    if standing.limit_due is not None and standing.limit_due < today:
        code = rs.CREDIT_EXPIRED
    if risk in (ALWAYS, NEVER, UNCHECKED) or code:
        return code
    exposure = value + standing.owed
    if exposure > standing.limit and exposure > 0:
        code = rs.CREDIT_BY_VALUE
    if exposure > 0:
        ceiling = rules.class_ceilings.get((standing.grade or "").strip().upper(), ZERO)
        if exposure <= rules.minimum:
            code = ""
        elif exposure > rules.max_share * standing.limit / 100:
            code = rs.CREDIT_BY_VALUE
        elif ceiling and value > ceiling:
            code = rs.CREDIT_BY_VALUE
        if not code and risk and standing.oldest_due is not None:
            if (today - standing.oldest_due).days > rules.risk_days.get(risk, ZERO):
                code = rs.CREDIT_BY_VALUE
    return code


def counts_as_owed(kind: str) -> bool:
    """Whether a bill of type ``kind`` (E1_TIPO) is owed by the customer."""
    kind = (kind or "").strip()
    return kind not in CREDITS + PROVISIONAL and not kind.endswith(ABATEMENT_MARK)


def oldest_open_dues(session: Session, customers: set[tuple[str, str]]) -> dict[tuple[str, str], dt.date]:
    """(customer, store) -> the real due date of its oldest open bill that it owes: one query."""
    if not customers:
        return {}
    rows = session.execute(
        select(SE1.E1_CLIENTE, SE1.E1_LOJA, SE1.E1_TIPO, func.min(SE1.E1_VENCREA))
        .where(SE1.E1_CLIENTE.in_(sorted({c for c, _ in customers})), SE1.E1_SALDO > 0,
               SE1.E1_VENCREA != "")
        .group_by(SE1.E1_CLIENTE, SE1.E1_LOJA, SE1.E1_TIPO))
    found: dict[tuple[str, str], dt.date] = {}
    for code, store, kind, due in rows:
        key = (code, store)
        if key in customers and due is not None and counts_as_owed(kind):
            found[key] = min(due, found.get(key, due))
    return found
