"""A second customer in Chromium: its invoices and open bills (once those services are served),
none of the first customer's data, and a form sent without its CSRF token refused."""
from __future__ import annotations

from tests.browser.conftest import require_served


def test_a_customer_opens_an_invoice_and_the_open_bills(site, browser):
    require_served(site, "MTCUSTOMERINVOICE", "FINANCECUSTOMERBILL")
    browser.login("cliente02", "cliente02")
    browser.menu("000205")
    assert browser.cells("invoices", "INVOICENUMBER")
    browser.click("table#invoices a")
    assert browser.cells("items", "PRODUCTCODE")
    browser.menu("000301")
    assert browser.cells("bills", "BILLNUMBER")


def test_a_second_customer_never_sees_the_first_ones_data(browser):
    browser.login("cliente02", "cliente02")
    assert "00000201" in browser.text("#current-customer")  # one customer: chosen at login
    browser.menu("000201")
    browser.fill("from", "")
    browser.click("#search")
    orders = browser.cells("orders", "ORDERID")
    assert orders and all(number.startswith("0002") for number in orders)  # 0001xx are cliente01's
    browser.open("/order?id=000105")
    assert "Pedido no encontrado" in browser.text("#message")
    assert "LIC002" not in browser.find("main").text
    browser.open("/customer-record")
    assert browser.find('[name="NICKNAME"]').get_attribute("value") != "EL TORNILLO"


def test_a_form_without_its_csrf_token_is_refused(browser):
    browser.login("cliente02", "cliente02")
    browser.menu("000502")
    browser.fill("current", "cliente02")
    browser.fill("new", "robada-123")
    browser.fill("repeat", "robada-123")
    browser.driver.execute_script("document.querySelector('#password-form input[name=csrf]').remove()")
    browser.click("#save")
    assert "Formulario rechazado" in browser.text("#message")
    browser.driver.delete_all_cookies()
    browser.login("cliente02", "cliente02")  # nothing changed: the password is the old one
    assert "Bienvenido" in browser.text("main h1")
