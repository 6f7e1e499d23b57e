"""The customer portal's request handling over real HTTP, without a browser: login and session
cookie, CSRF, escaping, the menu, faults as messages, one customer never seeing another's data,
and a busy portal that cannot deadlock its own server. (The browser ring drives the same pages in
Chromium.)"""
from __future__ import annotations

import concurrent.futures
import io
import re
import time

import pytest
import requests

from tests.support.portal_site import Browser


@pytest.fixture(scope="module")
def site(start_portal):
    return start_portal()


@pytest.fixture
def browser(site) -> Browser:
    return Browser(site)


def test_login_keeps_the_usercode_on_the_server(browser):
    response = browser.login("cliente02", "cliente02")
    assert response.status_code == 200 and "Bienvenido, Pinturerías Color - Admin." in response.text
    cookie = next(r for r in response.history if "portal_session=" in r.headers.get("Set-Cookie", ""))
    header = cookie.headers["Set-Cookie"]
    assert "HttpOnly" in header and "SameSite=Lax" in header and "Path=/portal/" in header
    assert "Secure" not in header  # plain HTTP here; under HTTPS see the next test
    # no page, cookie or header carries a USERCODE (40 hex characters from PRTLOGIN)
    for page in ("/", "/orders", "/user", "/catalog"):
        text = browser.get(page).text
        assert not re.search(r"\b[0-9a-f]{40}\b", text), page
    assert not re.fullmatch(r"[0-9a-f]{40}", browser.http.cookies["portal_session"])


def test_the_session_cookie_is_secure_under_https(site):
    """Behind HTTPS (wsgi.url_scheme https) the cookies get Secure."""
    portal = site.app.portal
    sent = {}

    def start_response(status, headers):
        sent["status"], sent["headers"] = status, headers

    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/portal/login", "QUERY_STRING": "", "wsgi.url_scheme": "https",
               "wsgi.input": io.BytesIO(b""), "REMOTE_ADDR": "127.0.0.1"}
    portal(environ, start_response)
    cookies = [v for k, v in sent["headers"] if k == "Set-Cookie"]
    assert cookies and all("Secure" in c and "HttpOnly" in c and "SameSite=Lax" in c for c in cookies)


def test_a_wrong_password_is_the_services_fault_on_the_login_page(browser):
    browser.get("/login")
    response = browser.post("/login", {"login": "cliente02", "password": "wrong"})
    assert response.status_code == 401
    assert "Usuario o contraseña inválidos" in response.text
    assert "portal_session" not in browser.http.cookies


def test_a_form_without_its_csrf_token_is_refused_and_changes_nothing(site, browser):
    browser.login("cliente02", "cliente02")
    browser.get("/password")
    refused = browser.post("/password", {"current": "cliente02", "new": "otra-clave", "repeat": "otra-clave"},
                           token=False)
    assert refused.status_code == 403 and "Formulario rechazado" in refused.text
    forged = browser.post("/password", {"csrf": "forged", "current": "cliente02", "new": "otra-clave",
                                        "repeat": "otra-clave"})
    assert forged.status_code == 403
    # the password did not change: the old one still logs in
    assert "Bienvenido" in Browser(site).login("cliente02", "cliente02").text
    # the login form has its own token, in a cookie the form must repeat
    other = Browser(site)
    other.get("/login")
    assert other.post("/login", {"login": "cliente02", "password": "cliente02"}, token=False).status_code == 403


def test_pages_need_a_login_and_come_back_after_it(site, browser):
    response = browser.get("/orders?from=2026-01-01", allow_redirects=False)
    assert response.status_code == 303 and response.headers["Location"].startswith("/portal/login?")
    browser.get(response.headers["Location"])
    response = browser.post("/login", {"login": "cliente02", "password": "cliente02",
                                       "next": "/portal/orders?from=2026-01-01"})
    assert response.url.endswith("/portal/orders?from=2026-01-01") and "Pedidos de venta" in response.text
    # never to another site
    browser = Browser(site)
    browser.get("/login")
    response = browser.post("/login", {"login": "cliente02", "password": "cliente02", "next": "//evil.example/x"})
    assert response.url.endswith("/portal/")


def served(site, service: str) -> bool:
    return requests.get(f"{site.url}/ws/{service}.apw?WSDL", auth=("wsadmin", "wsadmin"), timeout=30).ok


def test_the_menu_shows_blocked_items_blocked(site, browser):
    page = browser.login("cliente01", "cliente01").text
    assert 'href="/portal/catalog" data-code="000101"' in page
    # an item whose service is not served is shown blocked, without a link (it gets its link
    # when the service is served)
    for code, service in (("000101", "MTPRODUCT"), ("000205", "MTCUSTOMERINVOICE"), ("000301", "FINANCECUSTOMERBILL"),
                          ("000401", "MTCUSTOMERPRODUCT")):
        blocked = f'class="blocked" data-code="{code}"' in page
        assert blocked == (not served(site, service)), code
        assert blocked != bool(re.search(rf'<a href="/portal/[a-z-]+" data-code="{code}">', page))
    # a user without the right does not get the item at all
    assert 'data-code="000402"' not in Browser(site).login("cliente02", "cliente02").text


def test_a_user_with_several_customers_chooses_one(browser):
    browser.login("cliente01", "cliente01")
    response = browser.get("/orders", allow_redirects=False)
    assert response.status_code == 303 and "/portal/customer?next=" in response.headers["Location"]
    page = browser.get(response.headers["Location"]).text
    assert "00000101" in page and "00000102" in page
    response = browser.post("/customer", {"customer": "00000201", "next": "/portal/orders"})
    assert response.status_code == 400  # not one of the user's: refused
    response = browser.post("/customer", {"customer": "00000102", "next": "/portal/orders"})
    assert response.url.endswith("/portal/orders") and "00000102" in response.text


def test_output_is_escaped(browser):
    browser.login("cliente02", "cliente02")
    browser.get("/contact")
    response = browser.post("/contact", {"NAME": "<script>alert(1)</script>", "EMAIL": "x@y.example",
                                         "addr_1_ADDRESS": "", "phone_1_PHONENUMBER": ""})
    assert response.status_code == 200, response.text
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_the_a410vz_help_is_shown_beside_its_item_and_nothing_is_saved(browser):
    browser.login("cliente02", "cliente02")
    before = browser.get("/orders").text
    count = re.search(r'id="count">(\d+)', before).group(1)
    page = browser.get("/order/new?product=PA0001").text
    form = {name: value for value, name in re.findall(r'<input value="([^"]*)" readonly name="(\w+)"', page)}
    assert form["PAYMENTPLANCODE"]  # the customer's own (GETCUSTOMER), as the standard's new order
    form.update({"ORDERID": "", "ORDERITEM_1": "", "PRODUCTID_1": "PA0001", "QUANTITY_1": "10",
                 "ORDERITEM_2": "", "PRODUCTID_2": "PA0002", "QUANTITY_2": "", "action": "save"})
    response = browser.post("/order/form", form)
    assert response.status_code == 422
    helps = re.findall(r'<div class="help" id="help-(\d+)">([^<]*)<', response.text)
    assert [n for n, _ in helps] == ["2"] and "AYUDA:A410VZ" in helps[0][1]
    assert re.search(r'id="count">(\d+)', browser.get("/orders").text).group(1) == count


def test_one_customer_never_sees_anothers_data(browser):
    """cliente02's session asks for cliente01's order and contacts by number: the services'
    not-found answer, shown as a message, none of the data."""
    browser.login("cliente02", "cliente02")
    for page in ("/order?id=000105", "/tracking/order?id=000105", "/order/edit?id=000105"):
        response = browser.get(page)
        assert "Pedido no encontrado" in response.text, page
        assert "LIC002" not in response.text and "ENTREGAR EN DEPOSITO" not in response.text
    response = browser.get("/contact?id=000001")
    assert "Contacto no encontrado" in response.text


def test_a_fault_is_a_message_never_a_traceback(browser):
    browser.login("cliente02", "cliente02")
    response = browser.get("/order?id=<b>x</b>")
    assert response.status_code == 200 and 'id="message"' in response.text
    assert "Traceback" not in response.text and "<b>x</b>" not in response.text
    assert browser.get("/no-such-page").status_code == 404


def test_logoff_ends_the_session_and_its_usercode(browser):
    browser.login("cliente02", "cliente02")
    browser.get("/")
    old_cookie = browser.http.cookies["portal_session"]
    response = browser.post("/logout", {})
    assert response.url.endswith("/portal/login?why=bye") and "Ha salido del portal" in response.text
    browser.http.cookies.set("portal_session", old_cookie, path="/portal/")
    response = browser.get("/orders", allow_redirects=False)
    assert response.status_code == 303 and "/portal/login" in response.headers["Location"]


def test_texts_follow_rpolanguage(start_portal):
    server = start_portal(language="English")
    browser = Browser(server)
    assert "Sign in" in browser.get("/login").text
    page = browser.login("cliente02", "cliente02").text
    assert "Welcome, " in page and "Sales and distribution" in page and "Log off" in page
    assert "Invalid user or password" in Browser(server).login("cliente02", "nope").text


def test_a_busy_portal_cannot_deadlock_its_own_server(start_portal):
    """One thread for the web services (Instances=1,1) and two pages at once: the server runs three
    threads. Six pages asked at once, each calling the web services of this same server: each
    is answered, a page or "busy", none waits for a thread that will never come."""
    server = start_portal(instances="1,1", portal_instances=2)
    assert server.app.settings.server_threads == 3
    browsers = [Browser(server) for _ in range(6)]
    for b in browsers:
        b.login("cliente02", "cliente02")

    def open_catalog(b: Browser) -> int:
        for _ in range(20):  # a "busy" answer is retried, as its Retry-After says
            status = b.get("/catalog?type=PA").status_code
            if status != 503:
                return status
            time.sleep(0.05)
        return 503

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(len(browsers)) as pool:
        statuses = list(pool.map(open_catalog, browsers, timeout=60))
    assert statuses.count(200) >= 1 and set(statuses) <= {200, 503}
    assert time.monotonic() - started < 60


def readonly_fields(page: str) -> dict[str, str]:
    return {name: value for value, name in re.findall(r'<input value="([^"]*)" readonly name="(\w+)"', page)}


def test_a_quote_is_calculated_saved_and_shown(browser):
    browser.login("cliente02", "cliente02")
    form = readonly_fields(browser.get("/quote/new?product=ME0001").text)
    form.update({"BUDGETID": "", "QUOTATIONORORDERID": "COT-9", "BUDGETITEM_1": "", "PRODUCTID_1": "ME0001",
                 "QUANTITY_1": "4", "REFERENCE_1": "", "action": "calculate"})
    calculated = browser.post("/quote/form", form)
    assert calculated.status_code == 200 and 'id="total"' in calculated.text
    form["action"] = "save"
    saved = browser.post("/quote/form", form)
    number = re.search(r"Presupuesto número (\d+) grabado", saved.text).group(1)
    assert f"Presupuesto {number}" in saved.text and "COT-9" in saved.text and "ME0001" in saved.text


def test_the_customer_record_is_edited_and_saved(browser):
    browser.login("cliente02", "cliente02")
    page = browser.get("/customer-record").text
    fields = dict(re.findall(r'name="((?:addr|phone)_\d_\w+|NICKNAME|EMAIL|HOMEPAGE)" (?:id="\w+" )?value="([^"]*)"',
                             page))
    fields.update({"NICKNAME": "COLOR NUEVO", "phone_2_PHONENUMBER": "4444-5555"})
    saved = browser.post("/customer-record", fields)
    assert "Información grabada" in saved.text
    assert 'value="COLOR NUEVO"' in saved.text and 'value="4444-5555"' in saved.text
    fields["EMAIL"] = "not an e-mail"
    refused = browser.post("/customer-record", fields)
    assert refused.status_code == 422 and "PUTCUSTOMER : " in refused.text and "EMAIL" in refused.text


def test_a_task_is_added_and_changed(browser):
    browser.login("cliente02", "cliente02")
    browser.get("/task")
    saved = browser.post("/task", {"TASKID": "", "SUBJECT": "Llamar por el flete", "PRIORITY": "3",
                                   "STATUSCODE": "1", "STARTDATE": "2026-11-29", "ENDDATE": "2026-11-30", "NOTE": "x"})
    assert "Información grabada" in saved.text and 'value="Llamar por el flete"' in saved.text
    task_id = re.search(r'name="TASKID" value="(\w+)"', saved.text).group(1)
    listed = browser.get("/tasks?from=2026-11-01&to=2026-12-31").text
    assert f"/portal/task?id={task_id}" in listed and "Llamar por el flete" in listed


def test_the_user_changes_email_and_skin_with_the_password(site, browser):
    browser.login("cliente02", "cliente02")
    browser.get("/user")
    refused = browser.post("/user", {"email": "otro@color.example", "skin": "contrast", "password": "wrong"})
    assert refused.status_code == 422 and "Contraseña actual incorrecta" in refused.text
    saved = browser.post("/user", {"email": "otro@color.example", "skin": "contrast", "password": "cliente02"})
    assert "Información grabada" in saved.text and 'class="skin-contrast"' in saved.text
    # read back: a new login brings the stored values
    again = Browser(site)
    assert 'class="skin-contrast"' in again.login("cliente02", "cliente02").text
    assert 'value="otro@color.example"' in again.get("/user").text


def test_an_order_in_portfolio_is_changed(browser):
    browser.login("cliente02", "cliente02")
    page = browser.get("/order/edit?id=000201").text
    assert "Modificar el pedido 000201" in page
    form = readonly_fields(page)
    items = re.findall(r'name="ORDERITEM_(\d+)" value="(\d*)".*?name="PRODUCTID_\1" value="(\w*)"', page, re.DOTALL)
    assert items == [("1", "01", "ME0002"), ("2", "02", "PA0003"), ("3", "", "")]  # and a blank row
    form.update({"ORDERID": "000201", "ORDERITEM_1": "01", "PRODUCTID_1": "ME0002", "QUANTITY_1": "30",
                 "ORDERITEM_2": "02", "PRODUCTID_2": "PA0003", "QUANTITY_2": "5", "remove_2": "1", "action": "save"})
    saved = browser.post("/order/form", form)
    assert "Pedido número 000201 grabado" in saved.text
    rows = re.findall(r'data-field="PRODUCTID">([^<]*)<.*?data-field="QUANTITY">([^<]*)<', saved.text, re.DOTALL)
    assert rows == [("ME0002", "30,00")]


def test_only_a_portal_admin_changes_rights(site, browser):
    browser.login("cliente02", "cliente02")
    page = browser.get("/user").text
    assert 'name="right_MTPRODUCT" value="1" checked disabled' in page  # shown, not changeable
    browser = Browser(site)
    browser.login("cliente01", "cliente01")
    page = browser.get("/user").text
    rights = re.findall(r'name="(right_\w+)" value="1" checked>', page)
    assert "right_MTSIMULATIONBUDGET" in rights
    saved = browser.post("/user", {"email": "compras@eltornillo.example", "skin": "default", "password": "cliente01",
                                   **{name: "1" for name in rights if name != "right_MTSIMULATIONBUDGET"}})
    assert "Información grabada" in saved.text and "right_MTSIMULATIONBUDGET" not in saved.text
    again = Browser(site)
    again.login("cliente01", "cliente01")
    page = again.get("/user").text  # a new login holds it no more
    assert "right_MTSIMULATIONBUDGET" not in page and "right_MTPRODUCT" in page


@pytest.mark.parametrize("path, services", [
    ("/invoices", ["MTCUSTOMERINVOICE"]), ("/statistics?go=1", ["FTCUSTOMERSALESSUMMARY"]),
    ("/bills", ["FINANCECUSTOMERBILL"]), ("/paid-bills", ["FINANCECUSTOMERBILL"]),
    ("/credit-notes", ["FINANCECUSTOMERBILL"]), ("/registration-form", ["FINANCECUSTOMERREGFORM"]),
    ("/credit-form", ["FINANCEREGFORM"]), ("/customer-catalog", ["MTCUSTOMERPRODUCT"]),
    ("/production-orders", ["MTCUSTOMERPRODUCTIONORDER"]),
])
def test_pages_of_services_not_served_say_so_and_work_once_served(site, browser, path, services):
    browser.login("cliente01", "cliente01", customer="00000101")
    response = browser.get(path)
    assert "Traceback" not in response.text and "Error interno" not in response.text
    if all(served(site, s) for s in services):
        assert response.status_code == 200 and 'class="error"' not in response.text
    else:
        assert response.status_code == 503 and "no está disponible" in response.text
