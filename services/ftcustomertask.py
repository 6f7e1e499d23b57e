"""FTCUSTOMERTASK: the tasks of the customer's seller about the customer, which the customer may
also ask for."""
from model import customers, tasks
from model.errors import PortalError
from model.tasks import TaskData
from soap.service import Service
from views.crm import TASKVIEW
from views.shared import code_list

SERVICE = Service("FTCUSTOMERTASK", "Tareas del vendedor con el cliente")


def task_view(entry: tasks.TaskEntry, lang: str) -> dict:
    t = entry.task
    return {
        "ENDDATE": t.AD8_DTFIM, "NOTE": entry.note, "PERCENTCOMPLETE": t.AD8_PERC, "PRIORITY": t.AD8_PRIOR,
        "PRIORITYDESCRIPTION": tasks.priority_text(t.AD8_PRIOR, lang), "STARTDATE": t.AD8_DTINI,
        "STATUSCODE": t.AD8_STATUS, "STATUSDESCRIPTION": tasks.status_text(t.AD8_STATUS, lang),
        "SUBJECT": t.AD8_TOPICO, "TASKID": t.AD8_TAREFA, "USERFIELDS": [],
    }


@SERVICE.operation()
def BRWTASK(call, usercode, customerid, datefrom, dateto, queryaddwhere, indexkey):
    """The customer's tasks starting within DATEFROM..DATETO (default today .. today + 90) and
    every one not started, in progress or completed; QUERYADDWHERE and INDEXKEY over AD8 (default
    order: the task number). None is a fault, as in Protheus."""
    customer = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    found = tasks.tasks_of(call.session, customer, datefrom, dateto, queryaddwhere, indexkey,
                           lambda stmt: call.page(stmt, None, None), call.today)
    if not found:
        raise PortalError("no_tasks")
    return [task_view(entry, call.lang) for entry in found]


@SERVICE.operation()
def GETTASK(call, usercode, customerid, taskid):
    """One of the customer's tasks, with its note."""
    customer = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    return task_view(tasks.task_of(call.session, customer, taskid), call.lang)


@SERVICE.operation(writes=True)
def PUTTASK(call, usercode, customerid, task):
    """Adds a task for the customer's seller about the customer (no TASKID) or changes one of the
    customer's tasks; returns its number."""
    customer = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    return tasks.save_task(call.session, customer, TaskData(
        code=task.get("TASKID"), subject=task.get("SUBJECT"), start=task.get("STARTDATE"), end=task.get("ENDDATE"),
        status=task.get("STATUSCODE"), priority=task.get("PRIORITY"), percent=task.get("PERCENTCOMPLETE"),
        note=task.get("NOTE")))


@SERVICE.operation()
def GETSTATUS(call):
    """The statuses of a task (AD8_STATUS), labelled in the server's language."""
    return code_list((code, tasks.status_text(code, call.lang)) for code in tasks.STATUSES)


@SERVICE.operation()
def GETPRIORITY(call):
    """The priorities of a task (AD8_PRIOR), labelled in the server's language."""
    return code_list((code, tasks.priority_text(code, call.lang)) for code in tasks.PRIORITIES)


SERVICE.header_operation(TASKVIEW)
