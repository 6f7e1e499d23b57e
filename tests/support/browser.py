"""The portal's pages as a test drives them in Chromium: open, fill, click and wait for the next page."""
from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


class PortalPage:
    def __init__(self, driver, url: str):
        self.driver, self.url = driver, url

    def open(self, path: str) -> None:
        self.driver.get(f"{self.url}/portal{path}")

    @property
    def path(self) -> str:
        return self.driver.current_url[len(self.url):]

    def find(self, css: str):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def all(self, css: str) -> list:
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self, css: str) -> str:
        return self.find(css).text

    def fill(self, name: str, value: str) -> None:
        field = self.find(f'[name="{name}"]')
        field.clear()
        field.send_keys(value)

    def choose(self, name: str, value: str) -> None:
        Select(self.find(f'select[name="{name}"]')).select_by_value(value)

    def click(self, css: str) -> None:
        """Click what leads to another page, and wait until that page is loaded (the old one is
        marked; the new document has no mark)."""
        self.driver.execute_script("window.__leaving = true;")
        self.find(css).click()
        WebDriverWait(self.driver, 30).until(lambda d: d.execute_script(
            "return window.__leaving === undefined && document.readyState === 'complete';"))

    def menu(self, code: str) -> None:
        """Follow the menu's item ``code`` (AI8_CODMNU)."""
        self.click(f'nav.menu a[data-code="{code}"]')

    def cells(self, table: str, field: str) -> list[str]:
        return [c.text for c in self.all(f'table#{table} td[data-field="{field}"]')]

    def login(self, login: str, password: str) -> None:
        self.open("/login")
        self.fill("login", login)
        self.fill("password", password)
        self.click("#enter")
