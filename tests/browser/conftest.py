"""The browser ring: the customer portal driven in a real headless Chromium (Debian's ``chromium``
and ``chromium-driver``, through Selenium), one browser for the whole run.

Each test module gets its own portal server on its own copy of the demo database. A test that
fails leaves a screenshot of the page it was on in ``browser-screenshots/`` (or the folder named by
``BROWSER_SCREENSHOTS``).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("BROWSER_SCREENSHOTS", ROOT / "browser-screenshots"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(scope="session")
def chrome():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Chromium is not installed: apt-get install -y chromium chromium-driver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=es"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(start_portal):
    return start_portal()


@pytest.fixture
def browser(chrome, site, request):
    """The browser on the portal, with no cookie of an earlier test; a screenshot if the test fails."""
    from tests.support.browser import PortalPage

    chrome.get(f"{site.url}/portal/static/portal.css")
    chrome.delete_all_cookies()
    yield PortalPage(chrome, site.url)
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{request.node.name}.png"
        chrome.save_screenshot(str(path))
        print(f"screenshot of the failing page: {path}")


def require_served(site, *services: str) -> None:
    """Skip while a web service the page needs is not served by this server."""
    for service in services:
        if not requests.get(f"{site.url}/ws/{service}.apw?WSDL", auth=("wsadmin", "wsadmin"), timeout=30).ok:
            pytest.skip(f"{service} is not served on this server yet: its portal pages show it blocked")
