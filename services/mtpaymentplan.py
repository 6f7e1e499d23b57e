"""MTPAYMENTPLAN: the payment plans an order or quote may use."""
from model import lookups
from soap.service import Service
from views import ArrayOf
from views.sales import PAYMENTPLANVIEW

SERVICE = Service("MTPAYMENTPLAN", "Condiciones de pago")


@SERVICE.operation(returns=ArrayOf(PAYMENTPLANVIEW), PAGELEN="I", PAGEFIRST="I", QUERYADDWHERE="C")
def BRWPAYMENTPLAN(call, pagelen, pagefirst, queryaddwhere):
    """The payment plans (SE4) not blocked, by code. Protheus' signature has no USERCODE: the
    HTTP layer (Security) is what protects it."""
    plans = lookups.payment_plans(call.session, lambda stmt: call.page(stmt, pagelen, pagefirst), queryaddwhere)
    return [{"PAYMENTPLANCODE": p.E4_CODIGO, "DESCRIPTION": p.E4_DESCRI, "PAYMENTPLANTYPE": p.E4_TIPO,
             "INSTALLMENTDAYS": p.E4_COND} for p in plans]


SERVICE.header_operation(PAYMENTPLANVIEW)
