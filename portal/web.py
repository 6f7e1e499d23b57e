"""The little of HTTP the portal needs: a request read from the WSGI environ, a response, cookies."""
from __future__ import annotations

from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qs, urlencode

MAX_FORM_BYTES = 256 * 1024  # the largest form the portal reads (an order of many items is far less)


class BadRequest(Exception):
    pass


def _fields(query: str) -> dict[str, str]:
    """The fields of a query string or urlencoded form; a field sent twice keeps its first value."""
    return {name: values[0] for name, values in parse_qs(query, keep_blank_values=True).items()}


@dataclass
class Request:
    method: str
    path: str  # below /portal, e.g. "/orders"
    query: dict[str, str]
    form: dict[str, str]
    cookies: dict[str, str]
    remote_addr: str
    https: bool

    @classmethod
    def from_environ(cls, environ, prefix: str) -> Request:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        path = (environ.get("PATH_INFO", "") or "/")[len(prefix):] or "/"
        form: dict[str, str] = {}
        if method == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                raise BadRequest("bad Content-Length") from None
            if length > MAX_FORM_BYTES:
                raise BadRequest("form too large")
            body = environ["wsgi.input"].read(length) if length else b""
            try:
                form = _fields(body.decode("utf-8"))
            except UnicodeDecodeError:
                raise BadRequest("form is not UTF-8") from None
        cookies: dict[str, str] = {}
        try:
            jar = SimpleCookie(environ.get("HTTP_COOKIE", ""))
            cookies = {name: morsel.value for name, morsel in jar.items()}
        except CookieError:
            pass
        return cls(method, path, _fields(environ.get("QUERY_STRING", "")), form, cookies,
                   environ.get("REMOTE_ADDR", ""), environ.get("wsgi.url_scheme") == "https")

    def get(self, name: str, default: str = "") -> str:
        """A field of the form (POST) or of the query string, stripped."""
        value = self.form.get(name) if self.method == "POST" else None
        if value is None:
            value = self.query.get(name, default)
        return value.strip()


@dataclass
class Response:
    status: str = "200 OK"
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)

    def set_cookie(self, name: str, value: str, *, path: str, secure: bool, max_age: int | None = None) -> None:
        """A cookie scripts cannot read (HttpOnly), not sent by other sites' forms (SameSite=Lax),
        and only over HTTPS when the portal is served over HTTPS."""
        parts = [f"{name}={value}", f"Path={path}", "HttpOnly", "SameSite=Lax"]
        if secure:
            parts.append("Secure")
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        self.headers.append(("Set-Cookie", "; ".join(parts)))


def redirect(location: str, **params) -> Response:
    """303 See Other (after a POST the browser GETs the new page)."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return Response("303 See Other", b"", headers=[("Location", location + (f"?{query}" if query else ""))])


__all__ = ["BadRequest", "Request", "Response", "redirect"]
