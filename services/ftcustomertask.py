"""FTCUSTOMERTASK: the tasks of the customer's seller that concern the customer."""
from model import customers, sellers
from soap.service import Service, required
from views import ArrayOf
from views.crm import TASKVIEW

SERVICE = Service("FTCUSTOMERTASK", "Tareas del vendedor con el cliente")


@SERVICE.operation(returns=ArrayOf(TASKVIEW), USERCODE=required("C"), CUSTOMERID=required("C"), DATEFROM="D",
                   DATETO="D", QUERYADDWHERE="C", INDEXKEY="C")
def BRWTASK(call, usercode, customerid, datefrom, dateto, queryaddwhere, indexkey):
    """Tasks starting between DATEFROM and DATETO, filtered by QUERYADDWHERE, ordered by INDEXKEY."""
    customer = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    tasks = sellers.tasks_of(call.session, customer, datefrom, dateto, queryaddwhere, indexkey,
                             lambda stmt: call.page(stmt, None, None))
    return [{"TASKCODE": t.AD8_TAREFA, "SUBJECT": t.AD8_TOPICO, "STARTDATE": t.AD8_DTINI, "ENDDATE": t.AD8_DTFIM,
             "STATUS": t.AD8_STATUS, "PRIORITY": t.AD8_PRIOR, "SELLERCODE": t.AD8_CODVEN} for t in tasks]


SERVICE.header_operation(TASKVIEW)
