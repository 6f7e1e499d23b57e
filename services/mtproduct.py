"""MTPRODUCT: the product catalog."""
from model import catalog
from soap.service import Service, required
from views import ArrayOf
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
        types=catalog.code_list(typeofproductin), groups=catalog.code_list(groupofproductin),
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


SERVICE.header_operation(PRODUCTVIEW)
