"""MTPRODUCT: the product catalog, its prices, discounts, images, stock and inventory."""
from model import catalog, discounts, images, inventory, price_lists, query, stock, user_fields
from model.tables import SB1
from soap.service import Service
from views.framework import UserFieldViews
from views.product import INVENTORYCUSTOMERVIEW, INVENTORYVIEW, PRICEVIEW, PRODUCTVIEW
from views.shared import GENERICSTRUCT

SERVICE = Service("MTPRODUCT", "Catálogo de productos: productos, tipos, precios y stock")


# the SB1 columns a PRODUCTVIEW shows (product_view), and the record number its user fields need
PRODUCT_COLUMNS = ("B1_COD", "B1_CODBAR", "B1_DESC", "B1_EMIN", "B1_GRUPO", "B1_LE", "B1_LM", "B1_LOCPAD", "B1_NOTAMIN",
                   "B1_PE", "B1_PESBRU", "B1_PESO", "B1_POSIPI", "B1_PRVALID", "B1_QE", "B1_SEGUM", "B1_TIPE", "B1_TIPO",
                   "B1_UM", "R_E_C_N_O_")


def product_views(call, entries: list[catalog.CatalogEntry]) -> list[dict]:
    """PRODUCTVIEWs of catalog entries, each with its user fields (two statements for the page)."""
    extra = UserFieldViews(user_fields.values(call.session, SB1, [e.product for e in entries]), call.lang)
    return [product_view(e, extra.of(e.product)) for e in entries]


def product_view(entry: catalog.CatalogEntry, userfields: list[dict]) -> dict:
    p, more = entry.product, entry.complement
    return {
        "BARCODE": p.B1_CODBAR, "DESCRIPTION": p.B1_DESC, "DESCRIPTIONGROUPOFPRODUCT": entry.group_description,
        "DESCRIPTIONMEASUREUNIT": entry.unit_description,
        "DESCRIPTIONSECONDMEASUREUNIT": entry.second_unit_description,
        "DESCRIPTIONTYPEOFPRODUCT": entry.type_description, "ECONOMICLOT": p.B1_LE, "GROSSWEIGHT": p.B1_PESBRU,
        "GROUPOFPRODUCT": p.B1_GRUPO, "LEADTIME": p.B1_PE, "MEASUREUNIT": p.B1_UM, "MINIMUMGRADE": p.B1_NOTAMIN,
        "MINIMUMLOT": p.B1_LM, "NCM": p.B1_POSIPI, "NETWEIGHT": p.B1_PESO, "ORDERPOINT": p.B1_EMIN,
        "PRODUCTCODE": p.B1_COD, "QUANTITYPERPACKAGE": p.B1_QE, "SCIENCEDESCRIPTION": more.science,
        "SECONDMEASUREUNIT": p.B1_SEGUM, "STANDARDWAREHOUSE": p.B1_LOCPAD, "STORAGEHEIGHT": more.height,
        "STORAGELENGHT": more.length, "STORAGEMAXIMUMPILING": more.piling, "STORAGEWIDTH": more.width,
        "TERMOFVALIDATY": p.B1_PRVALID, "TYPEOFLEADTIME": p.B1_TIPE, "TYPEOFPRODUCT": p.B1_TIPO,
        "USERFIELDS": userfields,
    }


def price_view(price: price_lists.ListPrice) -> dict:
    return {"CURRENCY": price.currency, "CURRENCYSIMBOL": price.currency_symbol, "DISCOUNTVALUE": price.discount_value,
            "PAYMENTPLANCODE": price.payment_plan, "PRICE": price.price, "PRICETABLECODE": price.list_code,
            "PRODUCTCODE": price.product, "QUANTITYLIMIT": price.quantity_limit, "USERFIELDS": []}


def inventory_view(line: inventory.InventoryLine, lang: str) -> dict:
    return {"COST": line.cost, "CURRENCY": line.currency, "CURRENCYSIMBOL": line.currency_symbol,
            "DESCRIPTIONTYPEOFBALANCE": inventory.balance_text(line.balance_type, lang),
            "PRODUCTCODE": line.product, "QUANTITY": line.quantity, "TYPEOFBALANCE": int(line.balance_type),
            "USERFIELDS": [], "WAREHOUSE": line.warehouse}


@SERVICE.operation()
def GETCATALOG(call, usercode, typeofproductin, groupofproductin, productcodelike, descriptionlike, pagelen,
               pagefirst, queryaddwhere, indexkey, customerid):
    """Products by type, group, code and description, ordered by INDEXKEY and paged."""
    call.access(usercode, customerid, customer_required=False)
    filters = catalog.CatalogFilter(
        types=query.code_list(typeofproductin), groups=query.code_list(groupofproductin),
        code_like=productcodelike, description_like=descriptionlike,
        queryaddwhere=catalog.without_seller_portal_filters(queryaddwhere), indexkey=indexkey)
    entries = catalog.catalog(call.session, filters, call.lang, call.window(pagelen, pagefirst), PRODUCT_COLUMNS)
    return product_views(call, entries)


@SERVICE.operation()
def GETTYPEOFPRODUCT(call, usercode):
    """The product types (SX5 table 02)."""
    call.access(usercode)
    return [{"CODE": code, "DESCRIPTION": description} for code, description in catalog.product_types(call.session, call.lang)]


@SERVICE.operation()
def GETPRICE(call, usercode, productcode, queryaddwhere):
    """The product's base price (table ``1``, B1_PRV1) and the prices of the active price lists
    in force today that hold it, one per quantity band. PRODUCTCODE may list several codes
    (``PA0001,PA0002``): a catalog page's prices in one call."""
    call.access(usercode)
    codes = catalog.require_products(call.session, query.code_list(productcode))
    return [price_view(p) for p in price_lists.prices(call.session, codes, call.today, queryaddwhere)]


@SERVICE.operation()
def GETDISCOUNT(call, usercode, productcode, customerid, pricetablecode, quantity, paymentplancode, discounttype,
                baseprice):
    """The discount percentage the discount rules (ACO/ACP) give: DISCOUNTTYPE 1 per item
    (QUANTITY is the item's quantity), 2 per document total (QUANTITY is the total)."""
    customer = call.access(usercode, customerid, customer_required=False).customer
    product = catalog.require_product(call.session, productcode)
    return discounts.discount(call.session, product, customer, pricetablecode, quantity, paymentplancode,
                              discounttype, call.now)


@SERVICE.operation()
def GETIMAGE(call, usercode, productcode):
    """The product's picture (the image B1_BITMAP names): its bytes, or nothing."""
    call.access(usercode)
    return images.product_image(call.session, catalog.require_product(call.session, productcode))


@SERVICE.operation()
def GETSTOCK(call, usercode, productcode, warehouse):
    """The available quantity and unit cost of the product in WAREHOUSE (every warehouse when
    blank). PRODUCTCODE may list several codes, like GETPRICE."""
    call.access(usercode)
    codes = catalog.require_products(call.session, query.code_list(productcode))
    return [inventory_view(line, call.lang) for line in stock.stock_lines(call.session, codes, warehouse)]


@SERVICE.operation()
def GETINVENTORY(call, usercode, productcode, inventorydate, typeofinventory, queryaddwhere):
    """The product's balances: our own stock, ours at third parties and third parties' with us;
    TYPEOFINVENTORY 1 (default) totals them, 2 gives them per warehouse."""
    call.access(usercode)
    product = catalog.require_product(call.session, productcode)
    return [inventory_view(line, call.lang) for line in inventory.inventory(
        call.session, product, inventorydate or call.today, typeofinventory or 1, queryaddwhere)]


SERVICE.header_operation(PRODUCTVIEW, PRICEVIEW, INVENTORYVIEW, INVENTORYCUSTOMERVIEW, GENERICSTRUCT)
