"""Reads appserver.ini as Protheus does, into :class:`Settings`.

Every key the server knows is declared once, in :data:`KEYS`: its section, name, type, default
and allowed range. Sections and keys are case-insensitive; ``;`` starts a comment. A missing or
malformed file, an unknown section or key, or a bad value raises :class:`IniError`, whose
message is one line naming the file, the line, the key and what was expected.
"""
from __future__ import annotations

import configparser
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.messages import LANGUAGES


class IniError(Exception):
    pass


DEFAULT_NAMESPACE = "http://webservices.microsiga.com.br/"
ENVIRONMENT = "<Environment>"  # the section named by [WebServices] Environment


@dataclass(frozen=True)
class PasswordCost:
    """argon2id parameters for new password hashes: passes, memory (KiB), lanes."""

    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 4


@dataclass(frozen=True)
class Settings:
    path: Path
    http_enable: bool = True
    port: int = 8080
    ws_enable: bool = True
    environment: str = "P12"
    company: str = "01"
    branch: str = "01"
    security: bool = True
    portal_session: bool = True
    min_instances: int = 2  # read for compatibility with Protheus' Instances; waitress runs max_instances
    max_instances: int = 8
    trace: bool = False
    conout: bool = True
    namespace: str = DEFAULT_NAMESPACE
    url_location: str = ""
    max_page_len: int = 1000
    password_cost: PasswordCost = field(default_factory=PasswordCost)
    login_attempts: int = 5  # failed logins in a row that lock a login (0: never)
    login_lock_seconds: int = 900  # how long the lock lasts
    language: str = "es"
    db_url: str = "sqlite:///data/p12.db"
    state_db_url: str = ""  # this server's own tables apart from the ERP's (with read_only)
    read_only: bool = False
    portal_enable: bool = False
    portal_instances: int = 4
    portal_ws_location: str = ""
    portal_auth: tuple[str, str] | None = field(default=None, repr=False)  # AuthWS: never in a log

    https_enable: bool = False  # [HTTPS]: serve TLS too (appserver/tls.py)
    https_port: int = 443
    ssl_certificate: str = ""  # [SSLConfigure] CertificateServer (PEM), resolved from the ini's folder
    ssl_key: str = ""  # KeyServer (PEM)
    ssl_passphrase: str = ""  # PassPhrase of an encrypted KeyServer
    ssl_protocols: tuple[str, ...] = ("TLS1_2", "TLS1_3")  # the protocols set to 1

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def server_threads(self) -> int:
        """Threads of the HTTP server: Instances' max for the web services, plus, with the portal
        on, one per portal page that may run at once. A portal page holds its thread while it calls
        the web services of this same server, so those calls always find one of the others free."""
        return self.max_instances + (self.portal_instances if self.portal_enable else 0)

    @property
    def portal_services_url(self) -> str:
        """Where the portal calls the web services: WebServiceLocation, else this server on the
        loopback address."""
        return self.portal_ws_location or f"http://127.0.0.1:{self.port}/ws"

    def namespace_of(self, real_namespace: str) -> str:
        """A service's namespace as served: the real one, its standard prefix replaced by
        NameSpace when that is set (a real namespace outside the standard prefix stays as it is)."""
        if real_namespace.startswith(DEFAULT_NAMESPACE):
            return self.namespace + real_namespace[len(DEFAULT_NAMESPACE):]
        return real_namespace

    @property
    def lockout(self):
        """The brute-force policy of both authentication layers (model.lockout)."""
        from model.lockout import Policy

        return Policy(self.login_attempts, self.login_lock_seconds)


# --- value parsers: each returns the value or raises ValueError with what was expected ------------


def flag(raw: str) -> bool:
    if raw not in ("0", "1"):
        raise ValueError("expected 0 or 1")
    return raw == "1"


def whole(low: int, high: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise ValueError(f"expected a whole number from {low} to {high}")
        return int(raw)
    return parse


def text(raw: str) -> str:
    return raw


def company_branch(raw: str) -> tuple[str, str]:
    m = re.fullmatch(r"(\d{2})\s*,\s*(\w{2})", raw)
    if not m:
        raise ValueError("expected company,branch such as 01,01")
    return m.group(1), m.group(2)


def instances(raw: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d+)\s*,\s*(\d+)", raw)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)) <= 256:
        raise ValueError("expected min,max threads with 1 <= min <= max <= 256")
    return int(m.group(1)), int(m.group(2))


def namespace(raw: str) -> str:
    if not raw:
        return DEFAULT_NAMESPACE
    if not re.match(r"^(https?|urn):", raw):
        raise ValueError("expected a URI prefix such as http://example.com/")
    return raw if raw.endswith(("/", ":")) else raw + "/"


def base_url(raw: str) -> str:
    if raw and not re.match(r"^https?://[^/\s]+", raw):
        raise ValueError("expected a base URL such as http://host:8080")
    return raw.rstrip("/")


def password_cost(raw: str) -> PasswordCost:
    m = re.fullmatch(r"(\d+)\s*,\s*(\d+)\s*,\s*(\d+)", raw)
    if m:
        time_cost, memory, lanes = (int(g) for g in m.groups())
        if 1 <= time_cost <= 20 and 1 <= lanes <= 16 and 8 * lanes <= memory <= 4 * 1024 * 1024:
            return PasswordCost(time_cost, memory, lanes)
    raise ValueError("expected passes,memory KiB,lanes such as 3,65536,4 (memory at least 8 x lanes)")


def user_password(raw: str) -> tuple[str, str] | None:
    """``user:password`` of a system user (empty: none)."""
    if not raw:
        return None
    user, colon, password = raw.partition(":")
    if not colon or not user.strip() or not password:
        raise ValueError("expected user:password of a system user")
    return user.strip(), password


def language(raw: str) -> str:
    if raw.lower() not in LANGUAGES:
        raise ValueError("expected Spanish, Portuguese or English")
    return LANGUAGES[raw.lower()]


def protocol(name: str) -> Callable[[str], str]:
    """A protocol switch of [SSLConfigure] (SSL2=0 ... TLS1_3=1): its name when set to 1."""
    return lambda raw: name if flag(raw) else ""


def optional(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """A value that may be left blank (blank: not set)."""
    return lambda raw: parse(raw) if raw else ""


def database_url(raw: str) -> str:
    """A SQLAlchemy URL of SQLite or PostgreSQL (a relative SQLite path is resolved later)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise ValueError("expected a SQLAlchemy URL such as sqlite:///data/p12.db") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValueError("expected a sqlite:// or postgresql+psycopg:// URL")
    return raw


@dataclass(frozen=True)
class Key:
    """One key of appserver.ini: where it lives, what it becomes and its default."""

    section: str
    name: str
    attribute: str | tuple[str, ...]  # Settings field(s) it fills
    parse: Callable[[str], Any]
    default: str  # as it would be written in the file


KEYS = (
    Key("HTTP", "Enable", "http_enable", flag, "1"),
    Key("HTTP", "Port", "port", whole(1, 65535), "8080"),
    Key("WebServices", "Enable", "ws_enable", flag, "1"),
    Key("WebServices", "Environment", "environment", text, ""),
    Key("WebServices", "PrepareIn", ("company", "branch"), company_branch, "01,01"),
    Key("WebServices", "Security", "security", flag, "1"),
    Key("WebServices", "PortalSession", "portal_session", flag, "1"),
    Key("WebServices", "Instances", ("min_instances", "max_instances"), instances, "2,8"),
    Key("WebServices", "Trace", "trace", flag, "0"),
    Key("WebServices", "Conout", "conout", flag, "1"),
    Key("WebServices", "NameSpace", "namespace", namespace, ""),
    Key("WebServices", "URLLocation", "url_location", base_url, ""),
    Key("WebServices", "MaxPageLen", "max_page_len", whole(1, 100000), "1000"),
    Key("WebServices", "PasswordCost", "password_cost", password_cost, "3,65536,4"),
    Key("WebServices", "LoginAttempts", "login_attempts", whole(0, 1000), "5"),
    Key("WebServices", "LoginLockSeconds", "login_lock_seconds", whole(1, 86400), "900"),
    Key(ENVIRONMENT, "RpoLanguage", "language", language, "Spanish"),
    Key(ENVIRONMENT, "DBURL", "db_url", database_url, "sqlite:///data/p12.db"),
    Key(ENVIRONMENT, "StateDBURL", "state_db_url", optional(database_url), ""),
    Key(ENVIRONMENT, "ReadOnly", "read_only", flag, "0"),
    Key("Portal", "Enable", "portal_enable", flag, "0"),
    Key("Portal", "Instances", "portal_instances", whole(1, 64), "4"),
    Key("Portal", "WebServiceLocation", "portal_ws_location", base_url, ""),
    Key("Portal", "AuthWS", "portal_auth", user_password, ""),
    Key("HTTPS", "Enable", "https_enable", flag, "0"),
    Key("HTTPS", "Port", "https_port", whole(1, 65535), "443"),
    Key("SSLConfigure", "CertificateServer", "ssl_certificate", text, ""),
    Key("SSLConfigure", "KeyServer", "ssl_key", text, ""),
    Key("SSLConfigure", "PassPhrase", "ssl_passphrase", text, ""),
    *(Key("SSLConfigure", name, f"ssl_{name.lower()}", protocol(name), default)
      for name, default in (("SSL2", "0"), ("SSL3", "0"), ("TLS1_0", "0"), ("TLS1_1", "0"), ("TLS1_2", "1"),
                            ("TLS1_3", "1"))),
    # read for compatibility with a Protheus appserver.ini; OpenSSL's own behaviour applies
    *(Key("SSLConfigure", name, "", text, "") for name in ("Verbose", "Bugs", "State", "CacheSize")),
)
SSL_PROTOCOLS = ("SSL2", "SSL3", "TLS1_0", "TLS1_1", "TLS1_2", "TLS1_3")


class _Reader:
    """Keeps the file's lines so every error can name the line of a key."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise IniError(f"{path}: line 0: file not found; expected an appserver.ini") from None
        except UnicodeDecodeError as e:
            raise IniError(f"{path}: line 0: not UTF-8 text ({e.reason})") from None

    def line_of(self, section: str | None, key: str | None = None) -> int:
        current = None
        for number, raw in enumerate(self.lines, 1):
            line = raw.split(";", 1)[0].strip()
            m = re.fullmatch(r"\[(.+)\]", line)
            if m:
                current = m.group(1).strip().lower()
                if key is None and current == (section or "").lower():
                    return number
                continue
            if key and current == (section or "").lower() and "=" in line:
                if line.split("=", 1)[0].strip().lower() == key.lower():
                    return number
        return 0

    def fail(self, section: str | None, key: str | None, expected: str):
        where = f"[{section}] {key}" if key else f"[{section}]"
        raise IniError(f"{self.path}: line {self.line_of(section, key)}: {where}: {expected}")


def read_settings(path: str | Path) -> Settings:
    path = Path(path).resolve()
    reader = _Reader(path)
    parser = configparser.ConfigParser(
        inline_comment_prefixes=(";",), comment_prefixes=(";", "#"), interpolation=None, strict=True,
        delimiters=("=",),
    )
    try:
        parser.read_string("\n".join(reader.lines), source=str(path))
    except configparser.Error as e:
        line = getattr(e, "lineno", 0)
        detail = str(e).splitlines()[0]
        raise IniError(f"{path}: line {line}: malformed: {detail}") from None

    sections = {name.lower(): parser[name] for name in parser.sections()}
    titles = {name.lower(): name for name in parser.sections()}
    if "webservices" not in sections:
        raise IniError(f"{path}: line 0: [WebServices]: section missing; expected [WebServices] with Environment=")
    environment = sections["webservices"].get("environment", "").strip()
    if not environment:
        reader.fail("WebServices", "Environment", "expected the name of the environment section, e.g. P12")
    if environment.lower() not in sections:
        reader.fail("WebServices", "Environment", f"expected a [{environment}] section in the file")

    def real(section: str) -> str:
        return environment if section == ENVIRONMENT else section

    known = {real(k.section).lower() for k in KEYS}
    for name in sections:
        if name not in known:
            reader.fail(titles[name], None, "unknown section; expected "
                        + ", ".join(f"[{s}]" for s in dict.fromkeys(real(k.section) for k in KEYS)))
    for name, section in sections.items():
        allowed = {k.name.lower() for k in KEYS if real(k.section).lower() == name}
        for key in section:
            if key not in allowed:
                reader.fail(titles[name], key, "unknown key; expected one of " + ", ".join(sorted(allowed)))

    values: dict = {"path": path}
    for key in KEYS:
        section = sections.get(real(key.section).lower())
        raw = (section.get(key.name.lower()) if section is not None else None)
        raw = key.default if raw is None else raw.strip()
        try:
            value = key.parse(raw)
        except ValueError as error:
            reader.fail(real(key.section), key.name, f"{error}; got {raw!r}")
        if isinstance(key.attribute, tuple):
            values.update(zip(key.attribute, value))
        elif key.attribute:
            values[key.attribute] = value
    values["db_url"] = _resolved_sqlite_path(values["db_url"], path)
    if values["state_db_url"]:
        values["state_db_url"] = _resolved_sqlite_path(values["state_db_url"], path)
    values["ssl_protocols"] = tuple(values.pop(f"ssl_{name.lower()}") for name in SSL_PROTOCOLS
                                    if values.get(f"ssl_{name.lower()}"))
    for name in ("ssl_certificate", "ssl_key"):
        if values[name] and not Path(values[name]).is_absolute():
            values[name] = str(path.parent / values[name])
    for name in SSL_PROTOCOLS:
        values.pop(f"ssl_{name.lower()}", None)
    if values["https_enable"]:
        for key, attribute in (("CertificateServer", "ssl_certificate"), ("KeyServer", "ssl_key")):
            if not values[attribute]:
                reader.fail("SSLConfigure", key, "[HTTPS] Enable=1 needs the certificate and its key (PEM files)")
        if not {"TLS1_2", "TLS1_3"} & set(values["ssl_protocols"]):
            reader.fail("SSLConfigure", "TLS1_2", "this server offers TLS 1.2 and 1.3 only: set TLS1_2=1 or TLS1_3=1")
    if values["read_only"] != bool(values["state_db_url"]):
        reader.fail(environment, "ReadOnly" if values["read_only"] else "StateDBURL",
                    "ReadOnly=1 and StateDBURL go together: a read-only ERP database needs another, writable "
                    "database for this server's own tables (sessions, passwords, numbering)")
    return Settings(**values)


def _resolved_sqlite_path(url: str, ini_path: Path) -> str:
    """A relative SQLite path is taken from the folder of the ini file."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        db_path = Path(parsed.database)
        if not db_path.is_absolute():
            db_path = ini_path.parent / db_path
        return parsed.set(database=str(db_path)).render_as_string(hide_password=False)
    return url
