"""A customer's day in the portal, in Chromium: log in, search the catalog, calculate and place an
order, find it in tracking, change the password, log off."""
from __future__ import annotations

import re


def test_a_customer_orders_tracks_changes_the_password_and_logs_off(browser):
    browser.open("/")
    assert browser.path.startswith("/portal/login")
    browser.login("cliente01", "cliente01")
    assert "Bienvenido, El Tornillo - Compras" in browser.text("main h1")

    # the catalog: by code and type, ordered by description, a product's prices and stock
    browser.menu("000101")
    browser.fill("code", "PA000")
    browser.choose("type", "PA")
    browser.choose("order", "B1_FILIAL+B1_DESC+B1_COD")  # SIX order 3, as CFGDICTIONARY.GETINDEX offers it
    browser.click("#search")
    descriptions = browser.cells("products", "DESCRIPTION")
    assert len(descriptions) > 2 and descriptions == sorted(descriptions)
    assert set(browser.cells("products", "TYPEOFPRODUCT")) == {"PA"}
    browser.click('table#products a[href$="code=PA0001"]')
    assert browser.cells("prices", "PRICE") and browser.cells("stock", "QUANTITY")

    # order it: the user has two stores, so the portal asks which one
    browser.click("#order-this")
    assert browser.path.startswith("/portal/customer")
    browser.find("#customer-00000101").click()
    browser.click("#choose")
    assert "00000101" in browser.text("#current-customer")
    assert browser.find('[name="PRODUCTID_1"]').get_attribute("value") == "PA0001"
    browser.fill("QUANTITY_1", "12")
    browser.fill("PRODUCTID_2", "PA0002")  # no quantity: the calculation answers A410VZ for this item
    browser.click("#calculate")
    assert "A410VZ" in browser.text("#help-2") and not browser.all("#help-1")
    browser.fill("QUANTITY_2", "5")
    browser.click("#calculate")
    assert not browser.all(".help") and browser.text("#total").startswith("Total:")
    assert all(browser.cells("items", "NETUNITPRICE")[:2])
    browser.click("#save")
    number = re.search(r"Pedido número (\d+) grabado", browser.text("#flash")).group(1)
    assert browser.text("#status") == "Cartera"

    # tracking: the new order, in portfolio, each item's release status
    browser.menu("000203")
    browser.fill("number", number)
    browser.click("#search")
    assert browser.cells("orders", "ORDERID") == [number] and browser.cells("orders", "STATUS") == ["Cartera"]
    browser.click(f'table#orders a[href$="id={number}"]')
    assert browser.cells("releases", "PRODUCTID") == ["PA0001", "PA0002"]
    assert set(browser.cells("releases", "STATUS")) == {"Cartera"}

    # a new password, then log off; the old password no longer opens the portal
    browser.menu("000502")
    browser.fill("current", "cliente01")
    browser.fill("new", "nueva-clave-1")
    browser.fill("repeat", "nueva-clave-1")
    browser.click("#save")
    assert "Contraseña cambiada" in browser.text("#flash")
    browser.click("#logoff")
    assert "Ha salido del portal" in browser.text("#notice")
    browser.login("cliente01", "cliente01")
    assert "Usuario o contraseña inválidos" in browser.text("#message")
    browser.login("cliente01", "nueva-clave-1")
    assert "Bienvenido" in browser.text("main h1")
