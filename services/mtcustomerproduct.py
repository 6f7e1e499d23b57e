"""MTCUSTOMERPRODUCT: the customer's own catalog (SA7) with MTPRODUCT's prices, discounts, images,
stock and inventory, and the customer's material in our hands with the documents that moved it."""
from model import catalog, customer_catalog, discounts, images, inventory, price_lists, query, stock
from model import third_party_stock as third_party
from services.mtproduct import inventory_view, price_view, product_views
from soap.service import Service
from views.industrial import external_balance_view, external_invoice_view
from views.product import INVENTORYCUSTOMERVIEW, INVENTORYVIEW, PRICEVIEW, PRODUCTVIEW
from views.shared import GENERICSTRUCT

SERVICE = Service("MTCUSTOMERPRODUCT", "Catálogo del cliente: sus productos, precios, stock y material de terceros")


def ourselves(call) -> third_party.Party:
    """Our side of a document: the company and branch of PrepareIn (this server keeps no company
    file, so no name)."""
    return third_party.Party(call.settings.company + call.settings.branch, "")


@SERVICE.operation()
def GETCATALOG(call, usercode, customerid, typeofproductin, groupofproductin, productcodelike, descriptionlike,
               pagelen, pagefirst, queryaddwhere, indexkey):
    """The customer's products by type, group, code and description, ordered by INDEXKEY and
    paged, as MTPRODUCT's catalog; an empty page is a fault."""
    customer = call.access(usercode, customerid).customer
    filters = catalog.CatalogFilter(
        types=query.code_list(typeofproductin), groups=query.code_list(groupofproductin),
        code_like=productcodelike, description_like=descriptionlike, queryaddwhere=queryaddwhere, indexkey=indexkey)
    entries = customer_catalog.customer_catalog(call.session, customer, filters, call.lang,
                                                call.window(pagelen, pagefirst))
    return product_views(call, entries)


@SERVICE.operation()
def GETTYPEOFPRODUCT(call, usercode):
    """The product types (SX5 table 02)."""
    call.access(usercode)
    return [{"CODE": code, "DESCRIPTION": description}
            for code, description in catalog.product_types(call.session, call.lang)]


@SERVICE.operation()
def GETPRICE(call, usercode, customerid, productcode, queryaddwhere):
    """MTPRODUCT's prices of products of the customer's catalog (one code or several)."""
    customer = call.access(usercode, customerid).customer
    codes = customer_catalog.require_products(call.session, customer, query.code_list(productcode))
    return [price_view(p) for p in price_lists.prices(call.session, codes, call.today, queryaddwhere)]


@SERVICE.operation()
def GETDISCOUNT(call, usercode, customerid, productcode, pricetablecode, quantity, paymentplancode, discounttype,
                baseprice):
    """The discount percentage the discount rules give the customer, as MTPRODUCT's."""
    customer = call.access(usercode, customerid).customer
    product = customer_catalog.require_product(call.session, customer, productcode)
    return discounts.discount(call.session, product, customer, pricetablecode, quantity, paymentplancode,
                              discounttype, call.now)


@SERVICE.operation()
def GETIMAGE(call, usercode, customerid, productcode):
    """The picture of a product of the customer's catalog: its bytes, or nothing."""
    customer = call.access(usercode, customerid).customer
    return images.product_image(call.session, customer_catalog.require_product(call.session, customer, productcode))


@SERVICE.operation()
def GETSTOCK(call, usercode, customerid, productcode, warehouse):
    """MTPRODUCT's available stock of products of the customer's catalog."""
    customer = call.access(usercode, customerid).customer
    codes = customer_catalog.require_products(call.session, customer, query.code_list(productcode))
    return [inventory_view(line, call.lang) for line in stock.stock_lines(call.session, codes, warehouse)]


@SERVICE.operation()
def GETINVENTORY(call, usercode, customerid, productcode, inventorydate, typeofinventory, queryaddwhere):
    """The balances of a product of the customer's catalog: our own stock, ours in the customer's
    hands and the customer's in ours (only what moved between us and this customer)."""
    customer = call.access(usercode, customerid).customer
    product = customer_catalog.require_product(call.session, customer, productcode)
    return [inventory_view(line, call.lang) for line in inventory.inventory(
        call.session, product, inventorydate or call.today, typeofinventory or 1, queryaddwhere, customer)]


@SERVICE.operation()
def GETEXTERNALINVENTORY(call, usercode, customerid, productcode):
    """The customer's own material still in our hands, per product (one code or several) and
    warehouse, with the documents that brought it and those that took some back."""
    customer = call.access(usercode, customerid).customer
    codes = catalog.require_products(call.session, query.code_list(productcode))
    return [external_balance_view(b)
            for b in third_party.external_inventory(call.session, customer, codes, ourselves(call))]


@SERVICE.operation()
def BRWEXTERNALINVOICE(call, usercode, customerid, productcode, registerdatefrom, registerdateto, typeofmovement,
                       pagelen, pagefirst, queryaddwhere):
    """The remittances of a product between us and the customer in a period (TYPEOFMOVEMENT 'E':
    ours to the customer, 'D': the customer's to us), each with the returns against it."""
    customer = call.access(usercode, customerid).customer
    product = customer_catalog.require_product(call.session, customer, productcode)
    return [external_invoice_view(i) for i in third_party.external_invoices(
        call.session, customer, product.B1_COD, typeofmovement, registerdatefrom, registerdateto, queryaddwhere,
        lambda stmt: call.page(stmt, pagelen, pagefirst), ourselves(call))]


SERVICE.header_operation(PRODUCTVIEW, PRICEVIEW, INVENTORYVIEW, INVENTORYCUSTOMERVIEW, GENERICSTRUCT)
