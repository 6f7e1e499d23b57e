"""MTCUSTOMERBUDGET: the customer's quotes (place, change, read, browse, delete) and turning one
into a sales order."""
from model import budget as budgets
from soap.service import Service
from views.documents import QUOTE_FIELD_NAMES, budget_header_view, budget_in, budget_view
from views.sales import BUDGETHEADERVIEW, BUDGETITENSVIEW

SERVICE = Service("MTCUSTOMERBUDGET", "Presupuestos: consulta, alta y aprobación")


@SERVICE.operation()
def BRWBUDGET(call, usercode, customerid, registerdatefrom, registerdateto, quotationororderidfrom,
              quotationororderidto, queryaddwhere, indexkey, pagelen, pagefirst):
    """The customer's quotes issued in a period (today when no date is sent) and within a range
    of the customer's references, ordered by INDEXKEY and paged."""
    customer = call.access(usercode, customerid).customer
    rows = budgets.browse_budgets(
        call.session, customer, lambda stmt: call.page(stmt, pagelen, pagefirst),
        date_from=registerdatefrom or call.today, date_to=registerdateto or call.today,
        reference_from=quotationororderidfrom, reference_to=quotationororderidto, queryaddwhere=queryaddwhere,
        indexkey=indexkey)
    return [budget_header_view(row, call.lang) for row in rows]


@SERVICE.operation()
def BRWTOTALBUDGET(call, usercode, customerid, registerdatefrom, registerdateto, quotationororderidfrom,
                   quotationororderidto, queryaddwhere):
    """How many quotes BRWBUDGET lists with the same filters."""
    customer = call.access(usercode, customerid).customer
    return budgets.count_budgets(call.session, customer, date_from=registerdatefrom or call.today,
                                 date_to=registerdateto or call.today, reference_from=quotationororderidfrom,
                                 reference_to=quotationororderidto, queryaddwhere=queryaddwhere)


@SERVICE.operation()
def GETBUDGET(call, usercode, customerid, budgetid):
    """One of the customer's quotes, header and items."""
    customer = call.access(usercode, customerid).customer
    return budget_view(budgets.get_budget(call.session, customer, budgetid), call.lang)


@SERVICE.operation(writes=True, field_names=QUOTE_FIELD_NAMES)
def PUTBUDGET(call, usercode, customerid, budget):
    """Places a new quote, or changes an open one (HEADER/BUDGETID set): the quote number."""
    customer = call.access(usercode, customerid).customer
    header, items = budget_in(budget)
    return budgets.put_budget(call.session, customer, header, items, call.today)


@SERVICE.operation(writes=True)
def DELBUDGET(call, usercode, customerid, budgetid):
    """Deletes an open quote. Answers nothing, as Protheus."""
    customer = call.access(usercode, customerid).customer
    budgets.delete_budget(call.session, customer, budgetid)
    return ""


@SERVICE.operation(writes=True, field_names=QUOTE_FIELD_NAMES)
def EFFECTBUDGET(call, usercode, customerid, budgetid):
    """Turns an open or approved quote into a sales order: the order's number."""
    customer = call.access(usercode, customerid).customer
    return budgets.effect_budget(call.session, customer, budgetid, call.today)


SERVICE.header_operation(BUDGETHEADERVIEW, BUDGETITENSVIEW)
