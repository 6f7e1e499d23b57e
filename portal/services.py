"""The portal's only way to its data: the Protheus web services, called over HTTP with zeep, as any
legacy front-end calls them (HTTP Basic with [Portal] AuthWS, as Protheus' portal with MV_AUTHWS).

One zeep client per service, built on first use from the served WSDL and kept for the life of
the process; every call goes to ``WebServiceLocation/<SERVICE>.apw``. Answers come back as plain
Python values (dicts, lists, dates), the contract's ARRAYOF wrappers taken off.
"""
from __future__ import annotations

import logging
import threading
import time
import uuid

import requests
from requests.adapters import HTTPAdapter
from zeep import Client
from zeep import Settings as ZeepSettings
from zeep.exceptions import Error as ZeepError
from zeep.exceptions import Fault, TransportError, ValidationError
from zeep.helpers import serialize_object
from zeep.transports import Transport

log = logging.getLogger("portal.web")
MISSING_SECONDS = 30  # a service found not served is not asked for again before this


class ServiceFault(Exception):
    """The web service answered a SOAP fault: its text is shown to the user as it came."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


class ServiceUnavailable(Exception):
    """The web service is not served (no WSDL) or could not be reached; ``incident`` names the log
    line with the cause when it was not a plain "not served"."""

    def __init__(self, service: str, incident: str = ""):
        super().__init__(service)
        self.service = service
        self.incident = incident


def _status_of(error: Exception) -> int | None:
    if isinstance(error, TransportError):
        return error.status_code
    response = getattr(error, "response", None)
    return response.status_code if response is not None else None


def plain(value):
    """zeep's objects as dicts and lists; ``{"GENERICSTRUCT": [...]}`` (an ARRAYOF) as the list."""
    value = serialize_object(value, dict)
    return _unwrapped(value)


def _unwrapped(value):
    if isinstance(value, dict):
        if len(value) == 1:
            (key, inner), = value.items()
            if isinstance(inner, list) and key.isupper():
                return [_unwrapped(v) for v in inner]
        return {k: _unwrapped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unwrapped(v) for v in value]
    return value


class WebServices:
    def __init__(self, base_url: str, auth: tuple[str, str] | None, connections: int, timeout: float = 60):
        self.base_url = base_url.rstrip("/")
        self.http = requests.Session()
        self.http.auth = auth
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=max(connections, 4))
        self.http.mount("http://", adapter)
        self.http.mount("https://", adapter)
        self.transport = Transport(session=self.http, timeout=timeout, operation_timeout=timeout)
        self._services: dict[str, object] = {}
        self._headers: dict[tuple[str, str], list[dict]] = {}
        self._missing: dict[str, float] = {}  # service -> until when it is taken as not served
        self._lock = threading.Lock()

    def _service(self, name: str):
        with self._lock:
            found = self._services.get(name)
            if found is None and self._missing.get(name, 0) > time.monotonic():
                raise ServiceUnavailable(name)
        if found is not None:
            return found
        url = f"{self.base_url}/{name}.apw"
        try:
            client = Client(f"{url}?WSDL", transport=self.transport, settings=ZeepSettings(strict=True))
        except (TransportError, requests.HTTPError) as error:
            if _status_of(error) == 404:  # not served (the menu shows it blocked): asked again in a while
                with self._lock:
                    self._missing[name] = time.monotonic() + MISSING_SECONDS
                raise ServiceUnavailable(name) from None
            raise self._unreachable(name, error) from None
        except (requests.RequestException, ZeepError) as error:
            raise self._unreachable(name, error) from None
        binding = next(iter(client.wsdl.bindings))
        service = client.create_service(binding, url)  # the endpoint we were given, whatever the WSDL says
        with self._lock:
            self._services.setdefault(name, service)
            return self._services[name]

    @staticmethod
    def _unreachable(name: str, error: Exception) -> ServiceUnavailable:
        incident = uuid.uuid4().hex[:12]
        log.error("web service %s unreachable, incident %s: %s", name, incident, error)
        return ServiceUnavailable(name, incident)

    def call(self, service: str, operation: str, **params):
        """``service.operation(**params)``: its answer as plain values, a fault as ServiceFault."""
        proxy = self._service(service)
        try:
            return plain(getattr(proxy, operation)(**params))
        except Fault as fault:
            raise ServiceFault(fault.message or "") from None
        except ValidationError as error:  # what the WSDL's schema refuses, before anything is sent
            raise ServiceFault(f"{operation} : {error.message}") from None
        except TransportError as error:
            if error.status_code == 404:  # taken out of service since the client was built
                with self._lock:
                    self._services.pop(service, None)
                raise ServiceUnavailable(service) from None
            raise self._unreachable(service, error) from None
        except (requests.RequestException, ZeepError) as error:
            raise self._unreachable(service, error) from None

    def served(self, service: str) -> bool:
        try:
            self._service(service)
            return True
        except ServiceUnavailable:
            return False

    def header(self, service: str, headertype: str | None) -> list[dict]:
        """GETHEADER(headertype) of ``service`` (PRTHEADER for USERPORTAL), kept once fetched: a
        grid's header does not change while the server runs."""
        key = (service, headertype or "")
        with self._lock:
            found = self._headers.get(key)
        if found is None:
            operation = "PRTHEADER" if service == "USERPORTAL" else "GETHEADER"
            found = self.call(service, operation, **({"HEADERTYPE": headertype} if headertype else {})) or []
            with self._lock:
                self._headers[key] = found
        return found


__all__ = ["ServiceFault", "ServiceUnavailable", "WebServices", "plain"]
