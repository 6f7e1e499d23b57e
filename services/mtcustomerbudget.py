"""MTCUSTOMERBUDGET: the customer's quotes (browse, read, place or change an open one)."""
from model import budget as budgets
from model.errors import PortalError
from model.order_items import ItemInput
from soap.service import Service, required
from views import ArrayOf
from views.sales import BUDGETHEADERVIEW, BUDGETITEMVIEW, BUDGETVIEW

SERVICE = Service("MTCUSTOMERBUDGET", "Presupuestos: consulta y alta de presupuestos")


def header_view(row, total, lang: str) -> dict:
    return {
        "BUDGETID": row.CJ_NUM, "CUSTOMERCODE": row.CJ_CLIENTE, "CUSTOMERUNIT": row.CJ_LOJA,
        "REGISTERDATE": row.CJ_EMISSAO, "VALIDITYDATE": row.CJ_VALIDA, "PAYMENTPLANCODE": row.CJ_CONDPAG,
        "PRICELISTCODE": row.CJ_TABELA, "CURRENCY": row.CJ_MOEDA, "STATUSCODE": row.CJ_STATUS,
        "STATUS": budgets.status_text(row.CJ_STATUS, lang), "TOTALVALUE": total,
    }


def item_view(row) -> dict:
    return {
        "ORDERITEM": row.CK_ITEM, "PRODUCTID": row.CK_PRODUTO, "QUANTITY": row.CK_QTDVEN,
        "ITEMOUTFLOWTYPE": row.CK_TES, "NETUNITPRICE": row.CK_PRCVEN, "NETTOTAL": row.CK_VALOR,
        "UNITLISTPRICE": row.CK_PRUNIT, "DISCOUNTPERCENTAGE": row.CK_DESCONT, "DELIVERYDATE": row.CK_ENTREG,
        "PRODUCTDESCRIPTION": row.CK_DESCRI,
    }


@SERVICE.operation(returns=ArrayOf(BUDGETHEADERVIEW), USERCODE=required("C"), CUSTOMERID=required("C"),
                   REGISTERDATEFROM="D", REGISTERDATETO="D", QUERYADDWHERE="C", INDEXKEY="C", PAGELEN="I",
                   PAGEFIRST="I")
def BRWBUDGET(call, usercode, customerid, registerdatefrom, registerdateto, queryaddwhere, indexkey, pagelen,
              pagefirst):
    """The customer's quotes issued in a period, with status and total, ordered and paged."""
    customer = call.access(usercode, customerid).customer
    rows = budgets.browse_budgets(call.session, customer, lambda stmt: call.page(stmt, pagelen, pagefirst),
                                 date_from=registerdatefrom, date_to=registerdateto, queryaddwhere=queryaddwhere,
                                 indexkey=indexkey)
    return [header_view(row, total, call.lang) for row, total in rows]


@SERVICE.operation(returns=BUDGETVIEW, USERCODE=required("C"), CUSTOMERID=required("C"), BUDGETID=required("C"))
def GETBUDGET(call, usercode, customerid, budgetid):
    """One of the customer's quotes, header and items."""
    customer = call.access(usercode, customerid).customer
    found = budgets.get_budget(call.session, customer, budgetid)
    return {"BDHEADER": header_view(found.header, found.total, call.lang),
            "BDITEM": [item_view(i) for i in found.items]}


@SERVICE.operation(returns="C", writes=True, USERCODE=required("C"), CUSTOMERID=required("C"),
                   BUDGET=required(BUDGETVIEW))
def PUTBUDGET(call, usercode, customerid, budget):
    """Places a new quote, or changes an open one (BDHEADER/BUDGETID set); the quote number."""
    customer = call.access(usercode, customerid).customer
    head = (budget or {}).get("BDHEADER")
    if not head:
        raise PortalError("required", field="BDHEADER")
    header = budgets.BudgetHeader(
        number=head.get("BUDGETID") or "", customer_code=head.get("CUSTOMERCODE") or "",
        customer_store=head.get("CUSTOMERUNIT") or "", validity=head.get("VALIDITYDATE"),
        payment_plan=head.get("PAYMENTPLANCODE") or "", price_list=head.get("PRICELISTCODE") or "",
        currency=head.get("CURRENCY"))
    items = [ItemInput(item=v.get("ORDERITEM") or "", product=v.get("PRODUCTID") or "", quantity=v.get("QUANTITY"),
                       tes=v.get("ITEMOUTFLOWTYPE") or "", net_price=v.get("NETUNITPRICE"),
                       list_price=v.get("UNITLISTPRICE"), discount=v.get("DISCOUNTPERCENTAGE"),
                       delivery=v.get("DELIVERYDATE"))
             for v in budget.get("BDITEM") or []]
    return budgets.put_budget(call.session, customer, header, items, call.today)


SERVICE.header_operation(BUDGETHEADERVIEW, BUDGETITEMVIEW)
