"""The industrialization services' grids and structures: production orders with their requirements,
movements and losses (MTCUSTOMERPRODUCTIONORDER, MTPRODUCTIONORDER), third parties' stock and the
documents that moved it (MTCUSTOMERPRODUCT).

Protheus describes each grid column with the data-dictionary field behind it (title, size,
picture, options, look-up); so do these grids, reading ``model/dictionary``.
"""
from __future__ import annotations

from model import dictionary, production
from model.third_party_stock import DocumentHeader, ExternalBalance, ExternalInvoice
from views.headers import Column, Grid, options_from_messages

# --- grids -----------------------------------------------------------------------------------


def field_column(wire: str, field: str, **override) -> Column:
    """A grid column described like the dictionary field ``field`` (``C2_NUM`` of table SC2)."""
    prefix = field.split("_")[0]
    alias = prefix if len(prefix) == 3 else "S" + prefix
    fact = next(f for f in dictionary.table_facts(alias)["fields"] if f["name"] == field)
    title = fact["title"]
    combobox = fact["combobox"]
    values = dict(
        type=fact["type"], size=fact["size"], decimals=fact["decimals"],
        titles=(title["es"], title["pt"], title["en"]), picture=fact["picture"] or None,
        combobox=(combobox["es"], combobox["pt"], combobox["en"]) if combobox else None,
        required=fact["required"], f3=fact["f3"])
    values.update(override)
    return Column(wire, **values)


F = field_column

PRODUCTIONORDERVIEW = Grid("PRODUCTIONORDERVIEW", (
    F("POID", "C2_NUM"), F("POITEM", "C2_ITEM"), F("POSEQUENCE", "C2_SEQUEN"), F("PRODUCTCODE", "C2_PRODUTO"),
    F("QUANTITY", "C2_QUANT"), F("WAREHOUSE", "C2_LOCAL"), F("STARTFORECASTDATE", "C2_DATPRI"),
    F("FINISHFORECASTDATE", "C2_DATPRF"), F("NOTE", "C2_OBS"), F("PODATE", "C2_EMISSAO"),
    F("PRIORITY", "C2_PRIOR"),
    F("SITUATION", "C2_STATUS", combobox=options_from_messages("po_situation_", production.SITUATIONS)),
    F("SECONDMEASUREUNITQUANTITY", "C2_QTSEGUM"),
    F("TYPEOFPO", "C2_TPOP", combobox=options_from_messages("po_type_", production.TYPES)),
    F("STRUCTUREREVISION", "C2_REVISAO"), F("QUANTITYPRODUCED", "C2_QUJE"), F("FINISHREALDATE", "C2_DATRF"),
    F("QUANTITYLOSS", "C2_PERDA"), F("STARTADJUSTEDDATE", "C2_DATAJI"), F("FINISHADJUSTEDDATE", "C2_DATAJF"),
    F("STARTADJUSTEDHOUR", "C2_HORAJI"), F("FINISHADJUSTEDHOUR", "C2_HORAJF"), F("ORDERID", "C2_PEDIDO"),
    F("ORDERITEM", "C2_ITEMPV"), F("COSTCENTERCODE", "C2_CC"), F("ACCOUNTINGITEMCODE", "C2_ITEMCTA"),
    F("VALUECATEGORYCODE", "C2_CLVL"),
))

GOODSMOVEMENTSVIEW = Grid("GOODSMOVEMENTSVIEW", (
    F("MOVEMENTTYPE", "D3_TM"), F("PRODUCTCODE", "D3_COD"), F("WAREHOUSE", "D3_LOCAL"), F("MEASUREUNIT", "D3_UM"),
    F("SECONDMEASUREUNIT", "D3_SEGUM"), F("QUANTITY", "D3_QUANT"), F("SECONDMEASUREUNITQUANTITY", "D3_QTSEGUM"),
    F("TYPEOFGOODSMOVEMENTS", "D3_CF"), F("PO", "D3_OP"), F("DOCUMENT", "D3_DOC"), F("ISSUEDATE", "D3_EMISSAO"),
    F("QUANTITYLOSS", "D3_PERDA"), F("ACCOUNTCODE", "D3_CONTA"), F("COSTCENTERCODE", "D3_CC"),
    F("ACCOUNTINGITEMCODE", "D3_ITEMCTA"), F("VALUECATEGORYCODE", "D3_CLVL"),
))

# Protheus registers the requirements' grid under the name POPOREQUIREMENTSVIEW (sic); this server
# answers it under that name and under the structure's own.
POREQUIREMENTS_COLUMNS = (
    F("PO", "D4_OP"), F("PRODUCTCODE", "D4_COD"), F("WAREHOUSE", "D4_LOCAL"), F("ISSUEDATE", "D4_DATA"),
    F("QUANTITY", "D4_QTDEORI"), F("BALANCE", "D4_QUANT"), F("SECONDMEASUREUNITBALANCE", "D4_QTSEGUM"),
    F("POORIGIN", "D4_OPORIG"),
)
POPOREQUIREMENTSVIEW = Grid("POPOREQUIREMENTSVIEW", POREQUIREMENTS_COLUMNS, structure="POREQUIREMENTSVIEW")
POREQUIREMENTSVIEW = Grid("POREQUIREMENTSVIEW", POREQUIREMENTS_COLUMNS)

POLOSSVIEW = Grid("POLOSSVIEW", (
    F("DATE", "BC_DATA"), F("PO", "BC_OP"), F("TYPEOFLOSS", "BC_TIPO"), F("REASONOFLOSS", "BC_MOTIVO", f3="43"),
    # the reason's description (SX5 table 43), as wide as an SX5 description
    Column("DESCRIPTIONOFLOSS", "C", 55, 0, ("Desc. motivo", "Desc. Motivo", "Reason desc."), picture="@!"),
    F("OPERATOR", "BC_OPERADO"),
))

PRODUCTPOLOSSVIEW = Grid("PRODUCTPOLOSSVIEW", (
    F("PRODUCTCODE", "BC_PRODUTO"), F("WAREHOUSE", "BC_LOCORIG"), F("QUANTITY", "BC_QUANT"),
))

LOTVIEW = Grid("LOTVIEW", (
    F("LOTNUMBER", "D3_LOTECTL"), F("POTENCYLOT", "D3_POTENCI"), F("VALIDITYDATE", "D3_DTVALID"),
))

PRODUCTION_GRIDS = (PRODUCTIONORDERVIEW, GOODSMOVEMENTSVIEW, POPOREQUIREMENTSVIEW, POREQUIREMENTSVIEW, POLOSSVIEW,
                    PRODUCTPOLOSSVIEW, LOTVIEW)

# --- production orders -> structures ---------------------------------------------------------


def production_order_view(order) -> dict:
    """A PRODUCTIONORDERVIEW; POGRADEITEM, OPERATION, IDAPS and FATHERSEQUENCE are left out, as
    Protheus leaves them."""
    return {
        "ACCOUNTINGITEMCODE": order.C2_ITEMCTA, "COSTCENTERCODE": order.C2_CC,
        "FINISHADJUSTEDDATE": order.C2_DATAJF, "FINISHADJUSTEDHOUR": order.C2_HORAJF,
        "FINISHFORECASTDATE": order.C2_DATPRF, "FINISHREALDATE": order.C2_DATRF, "NOTE": order.C2_OBS,
        "ORDERID": order.C2_PEDIDO, "ORDERITEM": order.C2_ITEMPV, "PODATE": order.C2_EMISSAO, "POID": order.C2_NUM,
        "POITEM": order.C2_ITEM, "POSEQUENCE": order.C2_SEQUEN, "PRIORITY": order.C2_PRIOR,
        "PRODUCTCODE": order.C2_PRODUTO, "QUANTITY": order.C2_QUANT, "QUANTITYLOSS": order.C2_PERDA,
        "QUANTITYPRODUCED": order.C2_QUJE, "SECONDMEASUREUNITQUANTITY": order.C2_QTSEGUM,
        "SITUATION": order.C2_STATUS, "STARTADJUSTEDDATE": order.C2_DATAJI, "STARTADJUSTEDHOUR": order.C2_HORAJI,
        "STARTFORECASTDATE": order.C2_DATPRI, "STATUS": production.status(order),
        "STRUCTUREREVISION": order.C2_REVISAO, "TYPEOFPO": order.C2_TPOP, "USERFIELDS": [],
        "VALUECATEGORYCODE": order.C2_CLVL, "WAREHOUSE": order.C2_LOCAL,
    }


def lot_view(lot: str, sublot: str, potency, validity) -> dict | None:
    """A LOTVIEW (lot and sub-lot run together, as Protheus writes them), or None without a lot."""
    if not (lot or sublot):
        return None
    return {"LOTNUMBER": lot + sublot, "POTENCYLOT": potency, "VALIDITYDATE": validity}


def movement_view(movement) -> dict:
    return {
        "ACCOUNTCODE": movement.D3_CONTA, "ACCOUNTINGITEMCODE": movement.D3_ITEMCTA, "COSTCENTERCODE": movement.D3_CC,
        "DOCUMENT": movement.D3_DOC, "ISSUEDATE": movement.D3_EMISSAO,
        "LOTIDENTIFIER": lot_view(movement.D3_LOTECTL, movement.D3_NUMLOTE, movement.D3_POTENCI, movement.D3_DTVALID),
        "MEASUREUNIT": movement.D3_UM, "MOVEMENTTYPE": movement.D3_TM, "PO": movement.D3_OP,
        "PRODUCTCODE": movement.D3_COD, "QUANTITY": movement.D3_QUANT, "QUANTITYLOSS": movement.D3_PERDA,
        "SECONDMEASUREUNIT": movement.D3_SEGUM, "SECONDMEASUREUNITQUANTITY": movement.D3_QTSEGUM,
        "TYPEOFGOODSMOVEMENTS": movement.D3_CF, "USERFIELDS": [], "VALUECATEGORYCODE": movement.D3_CLVL,
        "WAREHOUSE": movement.D3_LOCAL,
    }


def requirement_view(requirement) -> dict:
    return {
        "BALANCE": requirement.D4_QUANT, "ISSUEDATE": requirement.D4_DATA,
        "LOTIDENTIFIER": lot_view(requirement.D4_LOTECTL, requirement.D4_NUMLOTE, requirement.D4_POTENCI,
                                  requirement.D4_DTVALID),
        "PO": requirement.D4_OP, "POORIGIN": requirement.D4_OPORIG, "PRODUCTCODE": requirement.D4_COD,
        "QUANTITY": requirement.D4_QTDEORI, "SECONDMEASUREUNITBALANCE": requirement.D4_QTSEGUM, "USERFIELDS": [],
        "WAREHOUSE": requirement.D4_LOCAL,
    }


def loss_view(entry: production.Loss) -> dict:
    loss = entry.loss
    return {
        "DATE": loss.BC_DATA, "DESCRIPTIONOFLOSS": entry.reason,
        "LOTIDENTIFIER": lot_view(loss.BC_LOTECTL, loss.BC_NUMLOTE, 0, loss.BC_DTVALID),
        "OPERATOR": loss.BC_OPERADO, "PO": loss.BC_OP,
        "PRODUCTDESTINATION": {"PRODUCTCODE": loss.BC_CODDEST, "QUANTITY": loss.BC_QTDDEST, "USERFIELDS": [],
                               "WAREHOUSE": loss.BC_LOCAL},
        "PRODUCTORIGIN": {"PRODUCTCODE": loss.BC_PRODUTO, "QUANTITY": loss.BC_QUANT, "USERFIELDS": [],
                          "WAREHOUSE": loss.BC_LOCORIG},
        "REASONOFLOSS": loss.BC_MOTIVO, "TYPEOFLOSS": loss.BC_TIPO, "USERFIELDS": [],
    }


# --- third parties' stock -> structures ------------------------------------------------------


def invoice_header_view(header: DocumentHeader) -> dict:
    """An INVOICEHEADERVIEW of a document that moved third parties' stock. TAXES and PAYMENTPLAN
    are left out: these documents carry neither (MTCUSTOMERINVOICE is where an invoice's taxes
    and bills are read)."""
    return {
        "CARRIER": {"CODE": header.carrier.code, "DESCRIPTION": header.carrier.name} if header.carrier else None,
        "DELIVERYDATE": header.delivered, "EXPENSESVALUE": header.expenses, "FREIGHTVALUE": header.freight,
        "FROMROLE": {"CODE": header.sender.code, "DESCRIPTION": header.sender.name},
        "INSURANCEVALUE": header.insurance, "INVOICEDATE": header.registered, "INVOICENUMBER": header.number,
        "INVOICETYPE": header.invoice_type, "PACKAGESVOLUMES": [
            {"CODE": str(n), "DESCRIPTION": kind, "VALUE": volumes}
            for n, (kind, volumes) in enumerate(header.packages, start=1)] if not header.entry else None,
        "REGISTERDATE": header.issued, "SERIALNUMBER": header.series,
        "TOROLE": {"CODE": header.recipient.code, "DESCRIPTION": header.recipient.name},
        "TOTALVALUE": header.total, "USERFIELDS": [],
    }


def external_balance_view(balance: ExternalBalance) -> dict:
    return {
        "COST": balance.cost, "CURRENCY": balance.currency, "CURRENCYSIMBOL": balance.currency_symbol,
        "INVOICEFROM": [invoice_header_view(h) for h in balance.received],
        "INVOICETO": [invoice_header_view(h) for h in balance.returned],
        "PRODUCTCODE": balance.product, "QUANTITY": balance.quantity, "USERFIELDS": [],
        "WAREHOUSE": balance.warehouse,
    }


def external_invoice_view(invoice: ExternalInvoice) -> dict:
    return {"INVOICERETURN": [invoice_header_view(h) for h in invoice.returns],
            "INVOICESHIPMENT": invoice_header_view(invoice.shipment), "STATUS": invoice.status}
