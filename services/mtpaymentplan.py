"""MTPAYMENTPLAN: the payment plans an order or quote may use."""
from model import lookups
from soap.service import Service
from views.crm import PAYMENTPLANVIEW

SERVICE = Service("MTPAYMENTPLAN", "Condiciones de pago")


def plan_view(plan, lang: str) -> dict:
    return {
        "DAYSFORFINANCIALDISCOUNT": plan.E4_DIADESC, "DAYSOFPAYMENTPLAN": plan.E4_DDD,
        "DESCRIPTIONDAYSOFPAYMENTPLAN": lookups.plan_days_text(plan.E4_DDD, lang),
        "DESCRIPTIONPAYMENTPLAN": plan.E4_DESCRI, "FINANCIALDISCOUNT": plan.E4_DESCFIN,
        "FINANCIALINCREASE": plan.E4_ACRSFIN, "PAYMENTPLANCODE": plan.E4_CODIGO, "RULEOFPAYMENTPLAN": plan.E4_COND,
        "TYPEOFPAYMENTPLAN": plan.E4_TIPO, "USERFIELDS": [],
    }


@SERVICE.operation()
def BRWPAYMENTPLAN(call, pagelen, pagefirst, queryaddwhere):
    """The payment plans (SE4) not blocked, by code, filtered by QUERYADDWHERE and paged.
    Protheus' signature has no USERCODE: only the HTTP layer (Security) protects it."""
    plans = lookups.payment_plans(call.session, lambda stmt: call.page(stmt, pagelen, pagefirst), queryaddwhere)
    return [plan_view(p, call.lang) for p in plans]


SERVICE.header_operation(PAYMENTPLANVIEW)
