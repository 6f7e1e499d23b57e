"""The customer's tasks (AD8) and their notes (SYP), by the model alone."""
import datetime as dt
from decimal import Decimal

import pytest

from model import customers, memo, tasks
from model.errors import PortalError
from model.tables import AD8, SYP
from model.tasks import TaskData
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE, TODAY


def days(n):
    return TODAY + dt.timedelta(days=n)


def browse(session, customer, date_from=None, date_to=None, where=None, key=None):
    row = customers.customer_record(session, customer)
    return [e.task.AD8_TAREFA for e in tasks.tasks_of(session, row, date_from, date_to, where, key,
                                                      lambda stmt: stmt, TODAY)]


def fault(call, *args) -> str:
    with pytest.raises(PortalError) as error:
        call(*args)
    return error.value.text("es")


def test_open_tasks_whatever_their_dates_and_the_others_within_the_period(session):
    # 1-3 always; 000006 (closed, +120) and 000009 (suspended, -10) only within the period
    assert browse(session, HEAD_OFFICE) == ["000001", "000002", "000004", "000010"]
    assert browse(session, HEAD_OFFICE, days(-15), days(130)) == [
        "000001", "000002", "000004", "000006", "000009", "000010"]
    assert browse(session, HEAD_OFFICE, date_to=days(20)) == ["000001", "000002", "000004"]
    assert browse(session, NORTH_STORE) == ["000003", "000005"]
    assert browse(session, COLOR) == ["000007", "000008"]


def test_only_the_sellers_tasks_about_that_store(session):
    # 000011 is about the head office but María's, who is not its seller
    everything = browse(session, HEAD_OFFICE, days(-400), days(400))
    assert "000011" not in everything and "000003" not in everything
    assert fault(tasks.task_of, session, customers.customer_record(session, HEAD_OFFICE), "000011") == (
        "Tarea no encontrada")


def test_filter_order_and_a_bad_range(session):
    assert browse(session, HEAD_OFFICE, where="AD8_PRIOR = '3'", key="AD8_DTINI DESC") == ["000004", "000002"]
    assert browse(session, HEAD_OFFICE, where="AD8_STATUS IN ('4','5')") == ["000010"]
    assert fault(browse, session, HEAD_OFFICE, days(1), days(0)) == "Rango de fechas inválido: DATEFROM"


def test_a_task_with_its_long_note(session):
    entry = tasks.task_of(session, customers.customer_record(session, HEAD_OFFICE), "000004")
    assert entry.note.startswith("Cuota A de la factura 000000102") and entry.note.endswith("por escrito.")
    assert len(entry.note) > memo.LINE
    assert (tasks.status_text("4", "es"), tasks.status_text("5", "pt"), tasks.priority_text("3", "en")) == (
        "Suspendida", "Encerrada", "High")


def put(**kw):
    values = dict(code=None, subject="Llamar por la entrega", start=days(1), end=None, status="1", priority="2",
                  percent=None, note="Pedir fecha de entrega.")
    values.update(kw)
    return TaskData(**values)


def test_a_task_added_for_the_seller_and_changed(session):
    row = customers.customer_record(session, HEAD_OFFICE)
    code = tasks.save_task(session, row, put())
    assert code == "000012"  # the AD8 sequence goes on from the demo's tasks
    task = session.query(AD8).filter(AD8.AD8_TAREFA == code).one()
    assert (task.AD8_CODUSR, task.AD8_CODCLI, task.AD8_LOJCLI, task.AD8_DTFIM, task.AD8_PERC) == (
        "000002", "000001", "01", days(1), Decimal(0))
    assert memo.read(session, task.AD8_CODMEM) == "Pedir fecha de entrega."
    assert tasks.save_task(session, row, put(code=code, status="2", percent=Decimal(40), note="Otra nota " * 20,
                                             end=days(5))) == code
    entry = tasks.task_of(session, row, code)
    assert (entry.task.AD8_STATUS, entry.task.AD8_PERC, entry.task.AD8_DTFIM) == ("2", Decimal("40.00"), days(5))
    assert entry.note == ("Otra nota " * 20).rstrip()
    assert tasks.save_task(session, row, put(code=code, percent=None)) == code
    assert tasks.task_of(session, row, code).task.AD8_PERC == Decimal("40.00")  # not sent: kept


@pytest.mark.parametrize("data, message", [
    (put(subject=""), "El campo SUBJECT es obligatorio"),
    (put(subject="S" * 41), "Valor inválido para SUBJECT: " + "S" * 40 + "…"),
    (put(start=None), "El campo STARTDATE es obligatorio"),
    (put(end=days(0)), f"Valor inválido para ENDDATE: {days(0).isoformat()}"),
    (put(status="6"), "Valor inválido para STATUSCODE: 6"),
    (put(status=""), "El campo STATUSCODE es obligatorio"),
    (put(priority="0"), "Valor inválido para PRIORITY: 0"),
    (put(percent=Decimal(101)), "Valor inválido para PERCENTCOMPLETE: 101"),
    (put(code="000007"), "Tarea no encontrada"),  # Color's
    (put(code="000011"), "Tarea no encontrada"),  # about the head office, but not its seller's
])
def test_every_check_comes_before_any_write(session, data, message):
    row = customers.customer_record(session, HEAD_OFFICE)
    before = session.query(AD8).count(), session.query(SYP).count()
    assert fault(tasks.save_task, session, row, data) == message
    session.flush()
    assert (session.query(AD8).count(), session.query(SYP).count()) == before


def test_no_task_without_a_seller_with_a_system_user(session):
    row = customers.customer_record(session, HEAD_OFFICE)
    row.A1_VEND = ""
    assert fault(tasks.save_task, session, row, put()) == "No hay vendedor registrado para este cliente"
    assert browse(session, HEAD_OFFICE) == []
    row.A1_VEND = "000003"  # the sales manager has no system user, so no agenda
    assert fault(tasks.save_task, session, row, put()) == "No hay vendedor registrado para este cliente"
