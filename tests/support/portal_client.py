"""A small zeep wrapper: one client per service, built from the served WSDL."""
from __future__ import annotations

import requests
from zeep import Client, Settings
from zeep.transports import Transport

_WSDL_CACHE: dict[tuple[str, str], Client] = {}


class Portal:
    def __init__(self, url: str, auth=("wsadmin", "wsadmin")):
        self.url = url
        self.http = requests.Session()
        if auth:
            self.http.auth = auth
        self.transport = Transport(session=self.http, timeout=30, operation_timeout=60)

    def client(self, service: str) -> Client:
        key = (self.url, service, self.http.auth)
        if key not in _WSDL_CACHE:
            _WSDL_CACHE[key] = Client(f"{self.url}/ws/{service}.apw?WSDL", transport=self.transport,
                                      settings=Settings(strict=True))
        return _WSDL_CACHE[key]

    def service(self, name: str):
        return self.client(name).service

    def login(self, user: str, password: str) -> str:
        return self.service("USERPORTAL").PRTLOGIN(USERLOGIN=user, USERPASSWORD=password).USERCODE

    def post(self, service: str, body: bytes | str, **kw) -> requests.Response:
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = {"Content-Type": "text/xml; charset=utf-8"}
        headers.update(kw.pop("headers", {}))
        return self.http.post(f"{self.url}/ws/{service}.apw", data=body, headers=headers, **kw)
