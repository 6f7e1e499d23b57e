"""MTPRODUCT: the product catalog."""
from model import catalog, price_lists, query, stock
from soap.service import Service, required
from views import ArrayOf
from views.crm import PRICEVIEW, STOCKVIEW
from views.product import PRODUCTVIEW
from views.shared import ARRAYOFGENERICSTRUCT

SERVICE = Service("MTPRODUCT", "Catálogo de productos: productos, tipos, precios y stock")


def product_view(entry: catalog.CatalogEntry) -> dict:
    p = entry.product
    return {
        "PRODUCTCODE": p.B1_COD, "DESCRIPTION": p.B1_DESC, "SCIENCEDESCRIPTION": p.B1_DESCCIE,
        "MEASUREUNIT": p.B1_UM, "DESCRIPTIONMEASUREUNIT": entry.unit_description,
        "SECONDMEASUREUNIT": p.B1_SEGUM, "DESCRIPTIONSECONDMEASUREUNIT": entry.second_unit_description,
        "TYPEOFPRODUCT": p.B1_TIPO, "DESCRIPTIONTYPEOFPRODUCT": entry.type_description,
        "GROUPOFPRODUCT": p.B1_GRUPO, "DESCRIPTIONGROUPOFPRODUCT": entry.group_description,
        "NCM": p.B1_POSIPI, "QUANTITYPERPACKAGE": p.B1_QE, "ORDERPOINT": p.B1_EMIN,
        "NETWEIGHT": p.B1_PESO, "GROSSWEIGHT": p.B1_PESBRU, "LEADTIME": p.B1_PE, "TYPEOFLEADTIME": p.B1_TIPE,
        "ECONOMICLOT": p.B1_LE, "MINIMUMLOT": p.B1_LM, "MINIMUMGRADE": p.B1_NOTAMIN,
        "TERMOFVALIDATY": p.B1_PRVALID, "BARCODE": p.B1_CODBAR, "STORAGELENGHT": p.B1_COMPR,
        "STORAGEWIDTH": p.B1_LARG, "STORAGEHEIGHT": p.B1_ALTU, "STORAGEMAXIMUMPILING": p.B1_EMPMAX,
        "STANDARDWAREHOUSE": p.B1_LOCPAD,
    }


def catalog_filter(typeofproductin, groupofproductin, productcodelike, descriptionlike, queryaddwhere, indexkey):
    return catalog.CatalogFilter(
        types=query.code_list(typeofproductin), groups=query.code_list(groupofproductin),
        code_like=productcodelike, description_like=descriptionlike,
        queryaddwhere=queryaddwhere, indexkey=indexkey)


CATALOG_PARAMS = dict(
    USERCODE=required("C"), TYPEOFPRODUCTIN="C", GROUPOFPRODUCTIN="C", PRODUCTCODELIKE="C",
    DESCRIPTIONLIKE="C", PAGELEN="I", PAGEFIRST="I", QUERYADDWHERE="C", INDEXKEY="C", CUSTOMERID="C",
)


@SERVICE.operation(returns=ArrayOf(PRODUCTVIEW), **CATALOG_PARAMS)
def GETCATALOG(call, usercode, typeofproductin, groupofproductin, productcodelike, descriptionlike,
               pagelen, pagefirst, queryaddwhere, indexkey, customerid):
    """Products by type, group, code and description, ordered by INDEXKEY and paged."""
    call.access(usercode, customerid, customer_required=False)
    filters = catalog_filter(typeofproductin, groupofproductin, productcodelike, descriptionlike, queryaddwhere, indexkey)
    entries = catalog.catalog(call.session, filters, call.lang, lambda stmt: call.page(stmt, pagelen, pagefirst))
    return [product_view(e) for e in entries]


@SERVICE.operation(returns=ARRAYOFGENERICSTRUCT, USERCODE=required("C"))
def GETTYPEOFPRODUCT(call, usercode):
    """The product types (SX5 table 02)."""
    call.access(usercode)
    return [{"CODE": code, "DESCRIPTION": description} for code, description in catalog.product_types(call.session, call.lang)]


@SERVICE.operation(returns=ArrayOf(PRICEVIEW), USERCODE=required("C"), CUSTOMERID="C",
                   PRODUCTCODE=required("C"), PRICEDATE="D")
def BRWPRICE(call, usercode, customerid, productcode, pricedate):
    """The active price lists in force on PRICEDATE (today when absent) that hold the product.
    PRODUCTCODE may list several codes (``PA0001,PA0002``): a catalog page's prices in one call."""
    call.access(usercode, customerid, customer_required=False)
    codes = catalog.require_products(call.session, query.code_list(productcode))
    return [
        {"PRICELISTCODE": p.list_code, "PRICELISTDESCRIPTION": p.list_description, "PRICE": p.price,
         "CURRENCY": p.currency, "VALIDFROM": p.valid_from, "VALIDTO": p.valid_to, "PRODUCTCODE": p.product}
        for p in price_lists.prices(call.session, codes, pricedate or call.today)
    ]


@SERVICE.operation(returns=ArrayOf(STOCKVIEW), USERCODE=required("C"), PRODUCTCODE=required("C"))
def GETSTOCK(call, usercode, productcode):
    """Stock per warehouse: current, reserved and available (current − reserved − committed).
    PRODUCTCODE may list several codes, like BRWPRICE."""
    call.access(usercode)
    codes = catalog.require_products(call.session, query.code_list(productcode))
    return [
        {"WAREHOUSE": b.B2_LOCAL, "CURRENTQUANTITY": b.B2_QATU, "RESERVEDQUANTITY": b.B2_RESERVA,
         "AVAILABLEQUANTITY": stock.available(b), "PRODUCTCODE": b.B2_COD}
        for b in stock.balances(call.session, codes)
    ]


SERVICE.header_operation(PRODUCTVIEW, PRICEVIEW, STOCKVIEW)
