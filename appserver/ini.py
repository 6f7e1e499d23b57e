"""Reads appserver.ini as Protheus does, into :class:`Settings`.

Sections and keys are case-insensitive; ``;`` starts a comment. A missing or malformed file, an
unknown section or key, or a bad value raises :class:`IniError`, whose message is one line naming
the file, the line, the key and what was expected.
"""
from __future__ import annotations

import configparser
import re
from dataclasses import dataclass
from pathlib import Path

from model.messages import LANGUAGES


class IniError(Exception):
    pass


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
    security_explicit: bool = False
    portal_session: bool = True
    min_instances: int = 2
    max_instances: int = 8
    trace: bool = False
    conout: bool = True
    namespace: str = "http://webservices.microsiga.com.br/"
    url_location: str = ""
    max_page_len: int = 1000
    language: str = "es"
    db_url: str = "sqlite:///data/p12.db"

    def namespace_of(self, service: str) -> str:
        """``http://webservices.microsiga.com.br/mtproduct.apw`` (prefix from NameSpace)."""
        return f"{self.namespace}{service.lower()}.apw"

    @property
    def folder(self) -> Path:
        return self.path.parent


DEFAULT_NAMESPACE = "http://webservices.microsiga.com.br/"
HTTP_KEYS = {"enable", "port"}
WS_KEYS = {
    "enable", "environment", "preparein", "security", "portalsession", "instances", "trace",
    "conout", "namespace", "urllocation", "maxpagelen",
}
ENV_KEYS = {"rpolanguage", "dburl"}


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

    sections = {name.lower(): name for name in parser.sections()}
    http = _section(parser, sections, "http")
    ws = _section(parser, sections, "webservices")
    if ws is None:
        raise IniError(f"{path}: line 0: [WebServices]: section missing; expected [WebServices] with Environment=")

    environment = ws.get("environment", "").strip()
    if not environment:
        reader.fail("WebServices", "Environment", "expected the name of the environment section, e.g. P12")
    env = _section(parser, sections, environment.lower())
    if env is None:
        reader.fail("WebServices", "Environment", f"expected a [{environment}] section in the file")

    for name in sections:
        if name not in ("http", "webservices", environment.lower()):
            reader.fail(sections[name], None, "unknown section; expected [HTTP], [WebServices] or "
                        f"[{environment}]")
    for title, section, allowed in (("HTTP", http, HTTP_KEYS), ("WebServices", ws, WS_KEYS),
                                    (environment, env, ENV_KEYS)):
        for key in (section or {}):
            if key not in allowed:
                reader.fail(title, key, "unknown key; expected one of " + ", ".join(sorted(allowed)))

    values: dict = {"path": path}
    if http is not None:
        values["http_enable"] = _flag(reader, "HTTP", "Enable", http, True)
        values["port"] = _int(reader, "HTTP", "Port", http, 8080, 1, 65535)
    values["ws_enable"] = _flag(reader, "WebServices", "Enable", ws, True)
    values["environment"] = environment
    prepare = ws.get("preparein", "01,01")
    m = re.fullmatch(r"\s*(\d{2})\s*,\s*(\w{2})\s*", prepare)
    if not m:
        reader.fail("WebServices", "PrepareIn", f"expected company,branch such as 01,01; got {prepare!r}")
    values["company"], values["branch"] = m.group(1), m.group(2)
    values["security"] = _flag(reader, "WebServices", "Security", ws, True)
    values["security_explicit"] = "security" in ws
    values["portal_session"] = _flag(reader, "WebServices", "PortalSession", ws, True)
    instances = ws.get("instances", "2,8")
    m = re.fullmatch(r"\s*(\d+)\s*,\s*(\d+)\s*", instances)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)) <= 256:
        reader.fail("WebServices", "Instances", f"expected min,max threads with 1 <= min <= max <= 256; got {instances!r}")
    values["min_instances"], values["max_instances"] = int(m.group(1)), int(m.group(2))
    values["trace"] = _flag(reader, "WebServices", "Trace", ws, False)
    values["conout"] = _flag(reader, "WebServices", "Conout", ws, True)
    namespace = ws.get("namespace", "").strip()
    if namespace:
        if not re.match(r"^(https?|urn):", namespace):
            reader.fail("WebServices", "NameSpace", f"expected a URI prefix such as http://example.com/; got {namespace!r}")
        if not namespace.endswith(("/", ":")):
            namespace += "/"
    values["namespace"] = namespace or DEFAULT_NAMESPACE
    url = ws.get("urllocation", "").strip()
    if url and not re.match(r"^https?://[^/\s]+", url):
        reader.fail("WebServices", "URLLocation", f"expected a base URL such as http://host:8080; got {url!r}")
    values["url_location"] = url.rstrip("/")
    values["max_page_len"] = _int(reader, "WebServices", "MaxPageLen", ws, 1000, 1, 100000)

    language = env.get("rpolanguage", "Spanish").strip()
    if language.lower() not in LANGUAGES:
        reader.fail(environment, "RpoLanguage", f"expected Spanish, Portuguese or English; got {language!r}")
    values["language"] = LANGUAGES[language.lower()]
    values["db_url"] = _database_url(reader, environment, env.get("dburl", "sqlite:///data/p12.db").strip(), path)
    return Settings(**values)


def _section(parser, sections, name):
    real = sections.get(name)
    return parser[real] if real else None


def _flag(reader, section, key, values, default: bool) -> bool:
    raw = values.get(key.lower())
    if raw is None:
        return default
    raw = raw.strip()
    if raw not in ("0", "1"):
        reader.fail(section, key, f"expected 0 or 1; got {raw!r}")
    return raw == "1"


def _int(reader, section, key, values, default: int, low: int, high: int) -> int:
    raw = values.get(key.lower())
    if raw is None:
        return default
    raw = raw.strip()
    if not raw.isdigit() or not low <= int(raw) <= high:
        reader.fail(section, key, f"expected a whole number from {low} to {high}; got {raw!r}")
    return int(raw)


def _database_url(reader, section, url: str, ini_path: Path) -> str:
    """SQLAlchemy URL; a relative SQLite path is taken from the folder of the ini file."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        reader.fail(section, "DBURL", f"expected a SQLAlchemy URL such as sqlite:///data/p12.db; got {url!r}")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        reader.fail(section, "DBURL", f"expected a sqlite:// or postgresql+psycopg:// URL; got {url!r}")
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        db_path = Path(parsed.database)
        if not db_path.is_absolute():
            db_path = ini_path.parent / db_path
        return parsed.set(database=str(db_path)).render_as_string(hide_password=False)
    return url
