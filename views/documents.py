"""Sales orders and quotes between the wire and the model: SALESORDERVIEW and BUDGETVIEW to the
columns the model takes (and the field names its faults name), and rows back to the views.

Each map says which column fills each wire field, as Protheus' own services fill them."""
from __future__ import annotations

from decimal import Decimal

from model import budget as budgets
from model import messages, order_tracking
from model.database import Record
from model.errors import PortalError
from model.release_status import status_text
from model.sales_order import SELLERS, VOLUMES, freight_text
from model.sales_rules import ItemInput

ORDER_HEADER = {
    "ORDERID": "C5_NUM", "ORDERTYPECODE": "C5_TIPO", "CUSTOMERCODE": "C5_CLIENTE", "CUSTOMERUNIT": "C5_LOJACLI",
    "DELIVERYCUSTOMER": "C5_CLIENT", "DELIVERYUNITCODE": "C5_LOJAENT", "CARRIERCODE": "C5_TRANSP",
    "CUSTOMERTYPE": "C5_TIPOCLI", "PAYMENTPLANCODE": "C5_CONDPAG", "PRICELISTCODE": "C5_TABELA",
    "DISCOUNT1": "C5_DESC1", "DISCOUNT2": "C5_DESC2", "DISCOUNT3": "C5_DESC3", "DISCOUNT4": "C5_DESC4",
    "BANKCODE": "C5_BANCO", "FINANCIALDISCOUNT": "C5_DESCFI", "REGISTERDATE": "C5_EMISSAO", "BIDNUMBER": "C5_COTACAO",
    "FREIGHTTYPE": "C5_TPFRETE", "FREIGHTVALUE": "C5_FRETE", "INSURANCEVALUE": "C5_SEGURO",
    "ADDITIONALEXPENSEVALUE": "C5_DESPESA", "INDEPENDENTFREIGHT": "C5_FRETAUT", "ADJUSTMENTTYPE": "C5_REAJUST",
    "SALESORDERCURRENCY": "C5_MOEDA", "NETWEIGHT": "C5_PESOL", "GROSSWEIGHT": "C5_PBRUTO",
    "REDELIVERYCARRIERCODE": "C5_REDESP", "FINANCIALINCREASE": "C5_ACRSFIN", "INVOICEMESSAGE": "C5_MENNOTA",
    "STANDARDMESSAGE1": "C5_MENPAD", "PRICEWITHSERVICETAX": "C5_INCISS", "APROBATIONTYPE": "C5_TIPLIB",
    "INDEMNITYVALUE": "C5_DESCONT", "INDEMNITYPERCENTAGE": "C5_PDESCAB",
}
ORDER_ITEM = {
    "ORDERID": "C6_NUM", "ORDERITEM": "C6_ITEM", "PRODUCTID": "C6_PRODUTO", "UNITOFMEASURE": "C6_UM",
    "QUANTITY": "C6_QTDVEN", "QUANTITYDELIVERED": "C6_QTDENT", "NETUNITPRICE": "C6_PRCVEN", "NETTOTAL": "C6_VALOR",
    "QUANTITYAPPROVED": "C6_QTDEMP", "QUANTITYRELEASEDSECONDUNIT": "C6_QTDEMP2", "SECONDUNITOFMEASURE": "C6_SEGUM",
    "ITEMOUTFLOWTYPE": "C6_TES", "SECONDMEASUREUNITQUANTITY": "C6_UNSVEN", "WAREHOUSE": "C6_LOCAL",
    "FISCALOPERATION": "C6_CF", "DISCOUNTPERCENTAGE": "C6_DESCONT", "ITEMDISCOUNTVALUE": "C6_VALDESC",
    "DELIVERYDATE": "C6_ENTREG", "CUSTOMERORDERNUMBER": "C6_PEDCLI", "PRODUCTDESCRIPTION": "C6_DESCRI",
    "UNITLISTPRICE": "C6_PRUNIT", "ORIGINALINVOICE": "C6_NFORI", "ORIGINALINVOICESERIALID": "C6_SERIORI",
    "ORIGINALINVOICEITEM": "C6_ITEMORI", "LOTNUMBER": "C6_LOTECTL", "SUBLOT": "C6_NUMLOTE",
    "LOCATION": "C6_LOCALIZ", "PRODUCTSERIALNUMBER": "C6_NUMSERI", "MANUFACTURERCODE": "C6_CODFAB",
    "MANUFACTURERUNIT": "C6_LOJAFA", "POID": "C6_NUMOP", "POITEM": "C6_ITEMOP", "POGRADEITEM": "C6_ITEMGRD",
    "OPERATIONTYPE": "C6_OPER",
}
QUOTE_HEADER = {
    "BUDGETID": "CJ_NUM", "REGISTERDATE": "CJ_EMISSAO", "CUSTOMERCODE": "CJ_CLIENTE", "CUSTOMERUNIT": "CJ_LOJA",
    "DELIVERYCUSTOMER": "CJ_CLIENT", "DELIVERYUNITCODE": "CJ_LOJAENT", "PAYMENTPLANCODE": "CJ_CONDPAG",
    "PRICELISTCODE": "CJ_TABELA", "DISCOUNT1": "CJ_DESC1", "DISCOUNT2": "CJ_DESC2", "DISCOUNT3": "CJ_DESC3",
    "DISCOUNT4": "CJ_DESC4", "QUOTATIONORORDERID": "CJ_COTCLI", "FREIGHTVALUE": "CJ_FRETE",
    "INSURANCEVALUE": "CJ_SEGURO", "ADDITIONALEXPENSEVALUE": "CJ_DESPESA", "INDEPENDENTFREIGHT": "CJ_FRETAUT",
    "EXPIRATIONDATE": "CJ_VALIDA", "APROBATIONTYPE": "CJ_TIPLIB", "LOAD": "CJ_TPCARGA", "INDEMNITYVALUE": "CJ_DESCONT",
    "INDEMNITYPERCENTAGE": "CJ_PDESCAB", "STATUS": "CJ_STATUS",
}
QUOTE_ITEM = {
    "BUDGETID": "CK_NUM", "BUDGETITEM": "CK_ITEM", "PRODUCTID": "CK_PRODUTO", "UNITOFMEASURE": "CK_UM",
    "QUANTITY": "CK_QTDVEN", "NETUNITPRICE": "CK_PRCVEN", "NETTOTAL": "CK_VALOR", "OPERATIONTYPE": "CK_OPER",
    "ITEMOUTFLOWTYPE": "CK_TES", "WAREHOUSE": "CK_LOCAL", "DISCOUNTPERCENTAGE": "CK_DESCONT",
    "ITEMDISCOUNTVALUE": "CK_VALDESC", "CUSTOMERBUDGETID": "CK_PEDCLI", "PRODUCTDESCRIPTION": "CK_DESCRI",
    "UNITLISTPRICE": "CK_PRUNIT", "NOTE": "CK_OBS", "FORECASTDELIVERY": "CK_ENTREG", "TAXSITUATION": "CK_CLASFIS",
    "SALESBRANCH": "CK_FILVEN", "DELIVERYBRANCH": "CK_FILENT",
}
# the SC5 columns a SALESORDERHEADERVIEW shows (order_header_view), and the record number its user fields need
ORDER_HEADER_COLUMNS = tuple(sorted({*ORDER_HEADER.values(), "C5_TPFRETE", "R_E_C_N_O_",
                                     *(f"C5_VEND{n}" for n in range(1, SELLERS + 1)),
                                     *(f"C5_COMIS{n}" for n in range(1, SELLERS + 1)),
                                     *(f"C5_ESPECI{n}" for n in range(1, VOLUMES + 1)),
                                     *(f"C5_VOLUME{n}" for n in range(1, VOLUMES + 1))}))
# the columns the model's faults name -> the wire names a client knows (the first map wins)
ORDER_FIELD_NAMES = {column: name for fields in (ORDER_ITEM, ORDER_HEADER) for name, column in fields.items()}
ORDER_FIELD_NAMES.update({f"C5_ESPECI{n}": "PACKAGESVOLUMES" for n in range(1, VOLUMES + 1)})
ORDER_FIELD_NAMES.update({f"C5_VOLUME{n}": "PACKAGESVOLUMES" for n in range(1, VOLUMES + 1)})
QUOTE_FIELD_NAMES = {column: name for fields in (QUOTE_ITEM, QUOTE_HEADER) for name, column in fields.items()}
QUOTE_FIELD_NAMES.update({f"C6_{c}": QUOTE_FIELD_NAMES.get(f"CK_{c}", name) for c, name in (
    ("ITEM", "BUDGETITEM"), ("PRODUTO", "PRODUCTID"), ("QTDVEN", "QUANTITY"), ("TES", "ITEMOUTFLOWTYPE"),
    ("PRUNIT", "UNITLISTPRICE"), ("PRCVEN", "NETUNITPRICE"), ("DESCONT", "DISCOUNTPERCENTAGE"),
    ("ENTREG", "FORECASTDELIVERY"))})
ORDER_ITEM_AS_SENT = ("C6_LOCALIZ", "C6_LOTECTL", "C6_NUMLOTE", "C6_PEDCLI", "C6_NFORI", "C6_ITEMORI", "C6_SERIORI",
                      "C6_CODFAB", "C6_LOJAFA", "C6_NUMSERI")
QUOTE_ITEM_AS_SENT = ("CK_PEDCLI", "CK_OBS", "CK_CLASFIS", "CK_FILVEN", "CK_FILENT")


def _get(row, column):
    return row[column] if isinstance(row, dict) else getattr(row, column)


class _Attributes:
    """A mapped row's columns read by name, through its attributes."""

    __slots__ = ("row",)

    def __init__(self, row):
        self.row = row

    def __getitem__(self, column):
        return getattr(self.row, column)


def _columns(row):
    """The columns of a row by name: a dict as it is, a record's own dict, a mapped row's attributes."""
    if isinstance(row, dict):
        return row
    if isinstance(row, Record):
        return row.__dict__
    return _Attributes(row)


def _item_input(view: dict, fields: dict, number_field: str, as_sent) -> ItemInput:
    column = {name: view.get(name) for name in fields}
    return ItemInput(
        item=view.get(number_field) or "", product=view.get("PRODUCTID") or "", quantity=view.get("QUANTITY"),
        tes=view.get("ITEMOUTFLOWTYPE") or "", net_price=view.get("NETUNITPRICE"),
        list_price=view.get("UNITLISTPRICE"), discount=view.get("DISCOUNTPERCENTAGE"),
        delivery=view.get("DELIVERYDATE") or view.get("FORECASTDELIVERY"), warehouse=view.get("WAREHOUSE") or "",
        operation=view.get("OPERATIONTYPE") or "",
        extra={fields[name]: value for name, value in column.items() if fields[name] in as_sent})


# --- sales orders ----------------------------------------------------------------------------


def order_in(view: dict | None) -> tuple[dict, list[ItemInput]]:
    """A SALESORDERVIEW as the model takes it: the header's columns and the items. SELLERS are
    not the customer's to set and are left out; PACKAGESVOLUMES fill C5_ESPECIn/C5_VOLUMEn."""
    header_view = (view or {}).get("SOHEADER")
    if not header_view:
        raise PortalError("required", field="SOHEADER")
    header = {column: header_view.get(name) for name, column in ORDER_HEADER.items()}
    volumes = header_view.get("PACKAGESVOLUMES") or []
    if len(volumes) > VOLUMES:
        raise PortalError("bad_value", field="PACKAGESVOLUMES", value=len(volumes))
    for n, volume in enumerate(volumes, start=1):
        header[f"C5_ESPECI{n}"] = volume.get("CODE") or ""
        header[f"C5_VOLUME{n}"] = volume.get("VALUE") or Decimal(0)
    items = [_item_input(v, ORDER_ITEM, "ORDERITEM", ORDER_ITEM_AS_SENT) for v in (view.get("SOITEM") or [])]
    return header, items


def order_header_view(row, lang: str, userfields: list[dict] | None = None) -> dict:
    row = _columns(row)
    view = {name: row[column] for name, column in ORDER_HEADER.items()}
    view["FREIGHTTYPE"] = freight_text(row["C5_TPFRETE"])
    view["SELLERS"] = [{"CODE": row[f"C5_VEND{n}"], "DESCRIPTION": messages.text("seller_commission", lang),
                        "VALUE": row[f"C5_COMIS{n}"]}
                       for n in range(1, SELLERS + 1) if row[f"C5_COMIS{n}"]]
    view["PACKAGESVOLUMES"] = [{"CODE": row[f"C5_ESPECI{n}"], "DESCRIPTION": f"PackageVolumeType{n}",
                                "VALUE": row[f"C5_VOLUME{n}"]}
                               for n in range(1, VOLUMES + 1) if row[f"C5_ESPECI{n}"]]
    view["USERFIELDS"] = userfields or []
    return view


def order_item_view(row, header, lang: str, *, simulated: bool = False) -> dict:
    columns = _columns(row)
    view = {name: columns[column] for name, column in ORDER_ITEM.items()}
    if not simulated:
        view["OPERATIONTYPE"] = None  # Protheus fills it only in a simulation
    view["POSEQUENCE"] = "001" if view.get("POID") else None
    view["COMMISSIONSPERCENTAGE"] = [
        {"CODE": _get(header, f"C5_VEND{n}"), "DESCRIPTION": messages.text("commission_percentage", lang),
         "VALUE": _get(row, f"C6_COMIS{n}")} for n in range(1, SELLERS + 1) if _get(row, f"C6_COMIS{n}")]
    view["USERFIELDS"] = []
    return view


def order_view(order, lang: str, *, simulated: bool = False, userfields: list[dict] | None = None) -> dict:
    return {"SOHEADER": order_header_view(order.header, lang, userfields),
            "SOITEM": [order_item_view(i, order.header, lang, simulated=simulated) for i in order.items]}


def release_view(release, lang: str) -> dict:
    return {"CUSTOMERCODE": release.C9_CLIENTE, "CUSTOMERUNIT": release.C9_LOJA, "ORDERID": release.C9_PEDIDO,
            "ORDERITEM": release.C9_ITEM, "PRODUCTID": release.C9_PRODUTO, "QUANTITYAPPROVED": release.C9_QTDLIB,
            "STATUS": status_text(order_tracking.release_status_of(release), lang), "USERFIELDS": []}


# --- quotes ----------------------------------------------------------------------------------


def budget_in(view: dict | None) -> tuple[dict, list[ItemInput]]:
    """A BUDGETVIEW as the model takes it (STATUS and DESCRIPTIONSTATUS are not the client's to
    set)."""
    header_view = (view or {}).get("HEADER")
    if not header_view:
        raise PortalError("required", field="HEADER")
    header = {column: header_view.get(name) for name, column in QUOTE_HEADER.items() if column != "CJ_STATUS"}
    items = [_item_input(v, QUOTE_ITEM, "BUDGETITEM", QUOTE_ITEM_AS_SENT) for v in (view.get("ITENS") or [])]
    return header, items


def budget_header_view(row, lang: str) -> dict:
    view = {name: _get(row, column) for name, column in QUOTE_HEADER.items()}
    view["DESCRIPTIONSTATUS"] = budgets.status_text(view["STATUS"], lang)
    view["USERFIELDS"] = []
    return view


def budget_item_view(row, *, simulated: bool = False) -> dict:
    view = {name: _get(row, column) for name, column in QUOTE_ITEM.items()}
    view["OPERATIONTYPE"] = None  # Protheus never fills it on the way out
    view["USERFIELDS"] = []
    return view


def budget_view(quote, lang: str, *, simulated: bool = False) -> dict:
    header = budget_header_view(quote.header, lang)
    if simulated:
        header["STATUS"] = header["DESCRIPTIONSTATUS"] = None  # a simulation has no status yet
    return {"HEADER": header, "ITENS": [budget_item_view(i) for i in quote.items]}

