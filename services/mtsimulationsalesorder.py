"""MTSIMULATIONSALESORDER: a sales order calculated as it would be placed (prices, discounts,
totals, defaults), writing nothing: the portal's "calculate" before saving."""
from model import sales_order
from model.access import customer_of_document
from soap.service import Service
from views.documents import ORDER_FIELD_NAMES, order_in, order_view

SERVICE = Service("MTSIMULATIONSALESORDER", "Cálculo de pedidos de venta")


@SERVICE.operation(field_names=ORDER_FIELD_NAMES)
def PUTSALESORDER(call, usercode, oldsalesorder, portcli):
    """The order OLDSALESORDER as PUTSALESORDER would store it. PORTCLI (the customer portal asks):
    the list and sales prices are the price list's, not what the order carries. The customer of
    the order must be one of the user's."""
    header, items = order_in(oldsalesorder)
    customer = call.access(usercode, customer_of_document(header.get("C5_CLIENTE"), header.get("C5_LOJACLI"))).customer
    computed = sales_order.simulate_order(call.session, customer, header, items, call.today, bool(portcli))
    return order_view(computed, call.lang, simulated=True)
