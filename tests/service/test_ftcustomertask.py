"""FTCUSTOMERTASK over HTTP: the tasks of the customer's seller about the customer."""
import datetime as dt

import pytest
from sqlalchemy import func, select, update
from zeep.exceptions import Fault
from zeep.helpers import serialize_object

from model.tables import AD8, SA1, SYP
from tests.support.back_office import back_office

TODAY = dt.date.today()
NOT_REGISTERED = "Cliente y/o Tienda no registrados."
NO_TASKS = "No se encontró ninguna tarea de este representante para este cliente"


@pytest.fixture(scope="module")
def server(backend, start_server):
    """A server of this module's own: what its tests write reaches no other module."""
    return start_server(backend)


def ft(portal):
    return portal.service("FTCUSTOMERTASK")


def days(n):
    return TODAY + dt.timedelta(days=n)


def ids(tasks):
    return [t.TASKID for t in tasks]


def new_task(**changes) -> dict:
    task = {"SUBJECT": "Pedir catálogo de esmaltes", "STARTDATE": days(7), "ENDDATE": days(8), "STATUSCODE": "1",
            "PRIORITY": "2", "NOTE": "Catálogo impreso y lista de precios mayorista."}
    task.update(changes)
    return task


def test_open_tasks_whatever_their_dates_and_the_others_within_the_period(portal, usercode):
    # by default today .. today + 90: the closed task at +120 and the suspended one at -10 stay out
    assert ids(ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101")) == ["000001", "000002", "000004", "000010"]
    assert ids(ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=days(-15), DATETO=days(130))) == [
        "000001", "000002", "000004", "000006", "000009", "000010"]
    assert ids(ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000102")) == ["000003", "000005"]


def test_every_field_of_a_task(portal, usercode):
    [task] = ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="AD8_TAREFA = '000004'")
    assert (task.TASKID, task.SUBJECT, task.STARTDATE, task.ENDDATE) == (
        "000004", "Cobro de cuota vencida", days(2), days(3))
    assert (task.STATUSCODE, task.STATUSDESCRIPTION, task.PRIORITY, task.PRIORITYDESCRIPTION, task.PERCENTCOMPLETE) == (
        "1", "No iniciada", "3", "Alta", 0)
    assert task.NOTE.startswith("Cuota A de la factura") and task.NOTE.endswith("avisar al cliente por escrito.")
    got = ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID="00000101", TASKID="000004")
    assert serialize_object(got) == serialize_object(task)
    suspended = ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID="00000101", TASKID="000009")  # any dates
    assert (suspended.STATUSDESCRIPTION, suspended.NOTE) == ("Suspendida", "Suspendida hasta que llegue la resina.")


def test_filter_order_and_dates(portal, usercode):
    urgent = ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="AD8_PRIOR = '3'",
                                INDEXKEY="AD8_DTINI DESC")
    assert ids(urgent) == ["000004", "000002"]
    assert ids(ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", INDEXKEY="AD8_FILIAL+DTOS(AD8_DTINI)")) == [
        "000001", "000002", "000004", "000010"]
    with pytest.raises(Fault) as fault:
        ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=TODAY, DATETO=days(-1))
    assert fault.value.message == "BRWTASK : Rango de fechas inválido: DATEFROM"
    with pytest.raises(Fault) as fault:
        ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="AD8_CODUSR <> '' OR 1=1")
    assert fault.value.message == "BRWTASK : QUERYADDWHERE inválido, cerca de «1»"


def test_no_task_is_a_fault_as_in_protheus(portal, usercode):
    with pytest.raises(Fault) as fault:
        ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="AD8_STATUS = '9'")
    assert (fault.value.code, fault.value.message) == ("soap:Client", f"BRWTASK : {NO_TASKS}")


def test_another_sellers_or_customers_task_is_not_found(portal, usercode):
    # 000011 is about the head office, but María's; 000007 is Color's; 000003 the north store's
    for customer_id, task_id in (("00000101", "000011"), ("00000101", "000007"), ("00000101", "000003"),
                                 ("00000102", "000001"), ("00000101", "999999")):
        with pytest.raises(Fault) as fault:
            ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID=customer_id, TASKID=task_id)
        assert fault.value.message == "GETTASK : Tarea no encontrada"
        with pytest.raises(Fault) as fault:
            ft(portal).PUTTASK(USERCODE=usercode, CUSTOMERID=customer_id, TASK=new_task(TASKID=task_id))
        assert fault.value.message == "PUTTASK : Tarea no encontrada"
    assert "000011" not in ids(ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=days(-400),
                                                  DATETO=days(400)))


def test_a_task_added_and_changed(portal, usercode, server):
    code = ft(portal).PUTTASK(USERCODE=usercode, CUSTOMERID="00000102", TASK=new_task())
    assert code == "000012"
    added = ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID="00000102", TASKID=code)
    assert (added.SUBJECT, added.STARTDATE, added.ENDDATE, added.STATUSCODE, added.PERCENTCOMPLETE, added.NOTE) == (
        "Pedir catálogo de esmaltes", days(7), days(8), "1", 0, "Catálogo impreso y lista de precios mayorista.")
    assert code in ids(ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000102"))
    with back_office(server) as session:  # the seller's task: Juan's system user, about the north store
        row = session.scalars(select(AD8).where(AD8.AD8_TAREFA == code)).one()
        assert (row.AD8_CODUSR, row.AD8_CODCLI, row.AD8_LOJCLI) == ("000002", "000001", "02")

    note = "Se envió el catálogo; falta la lista. " * 5
    assert ft(portal).PUTTASK(USERCODE=usercode, CUSTOMERID="00000102", TASK=new_task(
        TASKID=code, STATUSCODE="2", PERCENTCOMPLETE=50, NOTE=note, ENDDATE=None)) == code
    changed = ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID="00000102", TASKID=code)
    assert (changed.STATUSCODE, changed.STATUSDESCRIPTION, changed.PERCENTCOMPLETE, changed.ENDDATE) == (
        "2", "En curso", 50, days(7))  # no end date: the start date
    assert changed.NOTE == note.rstrip()


@pytest.mark.parametrize("changes, message", [
    ({"SUBJECT": ""}, "El campo SUBJECT es obligatorio"),
    ({"STATUSCODE": "7"}, "Valor inválido para STATUSCODE: 7"),
    ({"PRIORITY": "9"}, "Valor inválido para PRIORITY: 9"),
    ({"ENDDATE": TODAY}, f"Valor inválido para ENDDATE: {TODAY.isoformat()}"),
    ({"PERCENTCOMPLETE": 150}, "Valor inválido para PERCENTCOMPLETE: 150"),
])
def test_a_fault_writes_nothing(portal, usercode, server, changes, message):
    def counts():
        with back_office(server) as session:
            return (session.scalar(select(func.count()).select_from(AD8)),
                    session.scalar(select(func.count()).select_from(SYP)))

    before = counts(), serialize_object(ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID="00000101", TASKID="000004"))
    for task in (new_task(**changes), new_task(TASKID="000004", **changes)):
        with pytest.raises(Fault) as fault:
            ft(portal).PUTTASK(USERCODE=usercode, CUSTOMERID="00000101", TASK=task)
        assert fault.value.message == f"PUTTASK : {message}"
    assert (counts(), serialize_object(ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID="00000101",
                                                          TASKID="000004"))) == before


def test_no_task_without_the_customers_seller(portal, usercode, server):
    with back_office(server) as session:
        session.execute(update(SA1).where(SA1.A1_COD == "000001", SA1.A1_LOJA == "02").values(A1_VEND=""))
    try:
        with pytest.raises(Fault) as fault:
            ft(portal).PUTTASK(USERCODE=usercode, CUSTOMERID="00000102", TASK=new_task())
        assert fault.value.message == "PUTTASK : No hay vendedor registrado para este cliente"
        with pytest.raises(Fault, match=NO_TASKS):
            ft(portal).BRWTASK(USERCODE=usercode, CUSTOMERID="00000102")
    finally:
        with back_office(server) as session:
            session.execute(update(SA1).where(SA1.A1_COD == "000001", SA1.A1_LOJA == "02").values(A1_VEND="000001"))


def test_statuses_priorities_and_grid(portal):
    assert [(s.CODE, s.DESCRIPTION) for s in ft(portal).GETSTATUS()] == [
        ("1", "No iniciada"), ("2", "En curso"), ("3", "Completada"), ("4", "Suspendida"), ("5", "Cerrada")]
    assert [(p.CODE, p.DESCRIPTION) for p in ft(portal).GETPRIORITY()] == [("1", "Baja"), ("2", "Normal"), ("3", "Alta")]
    header = ft(portal).GETHEADER()
    assert [h.HEADERFIELD for h in header][:2] == ["TASKID", "SUBJECT"]  # the portal reads them by position
    assert [h.HEADERFIELD for h in header][2:] == [
        "STARTDATE", "ENDDATE", "STATUSCODE", "STATUSDESCRIPTION", "PRIORITY", "PRIORITYDESCRIPTION",
        "PERCENTCOMPLETE", "NOTE"]
    fields = {h.HEADERFIELD: h for h in header}
    assert (fields["TASKID"].HEADEROBLIG, fields["STARTDATE"].HEADEROBLIG, fields["STARTDATE"].HEADERTYPE) == (
        True, True, "D")
    assert fields["STATUSCODE"].HEADERCOMBOBOX == (
        "1=No iniciada;2=En curso;3=Completada;4=Suspendida;5=Cerrada")
    assert (fields["PERCENTCOMPLETE"].HEADERPICTURE, fields["NOTE"].HEADERTYPE) == ("@E 999.99", "M")


@pytest.mark.parametrize("operation, args", [
    ("BRWTASK", {}), ("GETTASK", {"TASKID": "000001"}), ("PUTTASK", {"TASK": new_task()}),
    ("PUTTASK", {"TASK": new_task(TASKID="000001", SUBJECT="Intrusión")}),
])
def test_cliente02_is_refused_on_00000101_like_on_a_customer_that_does_not_exist(portal, usercode, usercode2,
                                                                                  operation, args):
    for customer_id in ("00000101", "99999901"):
        with pytest.raises(Fault) as fault:
            getattr(ft(portal), operation)(USERCODE=usercode2, CUSTOMERID=customer_id, **args)
        assert fault.value.message == f"{operation} : {NOT_REGISTERED}"
    assert ft(portal).GETTASK(USERCODE=usercode, CUSTOMERID="00000101", TASKID="000001").SUBJECT != "Intrusión"
