"""The CRM tasks (AD8) a customer sees: those of its seller's system user (``AD8_CODUSR =
A3_CODUSR`` of ``A1_VEND``) about that customer and store (``AD8_CODCLI``/``AD8_LOJCLI``). A task's
note is a memo kept in SYP under ``AD8_CODMEM``."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from model import memo, messages, query, sellers
from model.errors import NotFound, PortalError
from model.numbering import next_number
from model.tables import AD8, SA1
from model.validation import check_width

STATUSES = ("1", "2", "3", "4", "5")  # not started, in progress, completed, suspended, closed
ALWAYS_LISTED = ("1", "2", "3")  # BRWTASK lists these whatever their dates, as Protheus does
PRIORITIES = ("1", "2", "3")  # low, normal, high
BROWSE_DAYS = 90  # BRWTASK's default period: today .. today + 90
TASK_COLUMNS = query.browse_columns(AD8)
NOTE_FIELD = "AD8_MEMO"


@dataclass(frozen=True)
class TaskEntry:
    task: AD8
    note: str


@dataclass(frozen=True)
class TaskData:
    """What PUTTASK sends (None: not sent)."""

    code: str | None
    subject: str | None
    start: dt.date | None
    end: dt.date | None
    status: str | None
    priority: str | None
    percent: Decimal | None
    note: str | None


def status_text(code: str, lang: str) -> str:
    return messages.text(f"task_status_{code}", lang) if code in STATUSES else ""


def priority_text(code: str, lang: str) -> str:
    return messages.text(f"task_priority_{code}", lang) if code in PRIORITIES else ""


def _owner(session: Session, customer: SA1) -> str | None:
    """The system user whose tasks the customer sees: its seller's (None without one)."""
    seller = sellers.seller_of(session, customer)
    return seller.A3_CODUSR if seller is not None and seller.A3_CODUSR else None


def _customer_tasks(customer: SA1, owner: str):
    return select(AD8).where(AD8.AD8_CODUSR == owner, AD8.AD8_CODCLI == customer.A1_COD,
                             AD8.AD8_LOJCLI == customer.A1_LOJA)


def _with_notes(session: Session, tasks: list[AD8]) -> list[TaskEntry]:
    notes = memo.read_many(session, [t.AD8_CODMEM for t in tasks])
    return [TaskEntry(t, notes.get(t.AD8_CODMEM, "")) for t in tasks]


def tasks_of(session: Session, customer: SA1, date_from: dt.date | None, date_to: dt.date | None,
             queryaddwhere: str | None, indexkey: str | None, paginate, today: dt.date) -> list[TaskEntry]:
    """BRWTASK: the customer's tasks that start within DATEFROM..DATETO (today and today + 90 when
    not sent), and those not started, in progress or completed whatever their dates; filtered by
    QUERYADDWHERE and ordered by INDEXKEY (default: the task number). A DATEFROM after DATETO,
    both sent, is a fault."""
    if date_from and date_to and date_from > date_to:
        raise PortalError("bad_date_range", field="DATEFROM")
    date_from = date_from or today
    date_to = date_to or today + dt.timedelta(days=BROWSE_DAYS)
    owner = _owner(session, customer)
    stmt = _customer_tasks(customer, owner or "").where(or_(
        AD8.AD8_DTINI.between(date_from, date_to), AD8.AD8_STATUS.in_(ALWAYS_LISTED)))
    stmt = query.where(stmt, queryaddwhere, TASK_COLUMNS)
    stmt = query.order_by(stmt, indexkey, TASK_COLUMNS, [AD8.AD8_TAREFA], tiebreak=AD8.R_E_C_N_O_)
    return _with_notes(session, list(session.scalars(paginate(stmt))) if owner else [])


def _task(session: Session, customer: SA1, owner: str | None, code: str | None) -> AD8:
    code = (code or "").strip()
    task = session.scalars(_customer_tasks(customer, owner).where(AD8.AD8_TAREFA == code)).first() \
        if owner and code else None
    if task is None:
        raise NotFound("task_not_found")
    return task


def task_of(session: Session, customer: SA1, code: str | None) -> TaskEntry:
    """GETTASK: one of the tasks BRWTASK may list (any dates); else not found."""
    return _with_notes(session, [_task(session, customer, _owner(session, customer), code)])[0]


def _choice(value: str | None, options: tuple[str, ...], field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise PortalError("required", field=field)
    if value not in options:
        raise PortalError("bad_value", field=field, value=value)
    return value


def save_task(session: Session, customer: SA1, data: TaskData) -> str:
    """PUTTASK: add a task of the customer's seller about the customer (no TASKID), or change one
    of the customer's tasks. Needs the customer's seller (with its system user). Returns the task
    number. Everything is checked before anything is written."""
    owner = _owner(session, customer)
    if owner is None:
        raise PortalError("no_seller_for_customer")
    task = _task(session, customer, owner, data.code) if (data.code or "").strip() else None
    subject = check_width(data.subject, 40, "SUBJECT")
    if not subject:
        raise PortalError("required", field="SUBJECT")
    if data.start is None:
        raise PortalError("required", field="STARTDATE")
    end = data.end or data.start
    if end < data.start:
        raise PortalError("bad_value", field="ENDDATE", value=end.isoformat())
    status = _choice(data.status, STATUSES, "STATUSCODE")
    priority = _choice(data.priority, PRIORITIES, "PRIORITY")
    percent = data.percent
    if percent is not None and not Decimal(0) <= percent <= Decimal(100):
        raise PortalError("bad_value", field="PERCENTCOMPLETE", value=format(percent.normalize(), "f"))

    if task is None:
        code = next_number(session, "AD8", 6, taken=lambda c: session.scalars(
            select(AD8.R_E_C_N_O_).where(AD8.AD8_TAREFA == c)).first() is not None)
        task = AD8(AD8_TAREFA=code, AD8_CODUSR=owner, AD8_CODCLI=customer.A1_COD, AD8_LOJCLI=customer.A1_LOJA,
                   AD8_PERC=Decimal(0), AD8_CODMEM="")
        session.add(task)
    task.AD8_TOPICO, task.AD8_DTINI, task.AD8_DTFIM = subject, data.start, end
    task.AD8_STATUS, task.AD8_PRIOR = status, priority
    if percent is not None:
        task.AD8_PERC = percent.quantize(Decimal("0.01"))
    task.AD8_CODMEM = memo.write(session, task.AD8_CODMEM, data.note or "", NOTE_FIELD)
    return task.AD8_TAREFA
