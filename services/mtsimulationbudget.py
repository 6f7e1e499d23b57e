"""MTSIMULATIONBUDGET: a quote calculated as it would be placed, writing nothing."""
from model import budget as budgets
from model.access import customer_of_document
from soap.service import Service
from views.documents import QUOTE_FIELD_NAMES, budget_in, budget_view

SERVICE = Service("MTSIMULATIONBUDGET", "Cálculo de presupuestos")


@SERVICE.operation(field_names=QUOTE_FIELD_NAMES)
def PUTBUDGET(call, usercode, oldbudget):
    """The quote OLDBUDGET as PUTBUDGET would store it. The customer of the quote must be one of
    the user's."""
    header, items = budget_in(oldbudget)
    customer = call.access(usercode, customer_of_document(header.get("CJ_CLIENTE"), header.get("CJ_LOJA"))).customer
    return budget_view(budgets.simulate_budget(call.session, customer, header, items, call.today), call.lang,
                       simulated=True)
