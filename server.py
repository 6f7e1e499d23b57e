"""The one entry point: read appserver.ini, open the database, build the application, serve.

    python server.py [--ini appserver.ini] [--host 0.0.0.0]      serve (waitress, Instances threads)
    python server.py --ini FILE initdb [--demo]                   create the schema (and the demo data)
    python server.py --ini FILE dump-wsdl wsdl/                   write the WSDL of every service
    python server.py --ini FILE release [--order NUM]             back office: release orders (MATA440/455)
    python server.py --ini FILE invoice [--order NUM]             back office: invoice released items (MATA460)
    gunicorn 'server:create_app("appserver.ini")'                 serve with several processes

Serving an empty embedded SQLite database creates and fills it with the demo data first.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger("portal")
WSDL_BASE_URL = "http://localhost:8080"  # the endpoint written into the committed WSDLs


def open_database(settings):
    from model.database import Company, Database

    if settings.db_url.startswith("sqlite:///"):
        Path(settings.db_url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    return Database(settings.db_url, Company(settings.company, settings.branch))


def initdb(db, demo: bool) -> None:
    from model.demo import load_demo

    db.create_schema()
    if demo:
        with db.session(write=True) as session:
            load_demo(session)


def create_app(ini: str = "appserver.ini", prepare_database: bool = True):
    """The WSGI application for ``ini`` (also what gunicorn workers load)."""
    from appserver.http import PortalWsgi
    from appserver.ini import read_settings
    from services import ALL

    settings = read_settings(ini)
    _configure(settings)
    db = open_database(settings)
    if prepare_database:
        if settings.db_url.startswith("sqlite") and db.is_empty():
            log.info("empty embedded database %s: creating it with the demo data", settings.db_url)
            initdb(db, demo=True)
        _warn_at_start(settings, db)
    return PortalWsgi(settings, db, ALL)


def _warn_at_start(settings, db) -> None:
    from model.demo import DEMO_CREDENTIALS
    from model.passwords import verify_password
    from model.tables import AI3, SYS_USR

    if not settings.security:
        log.warning("Security=0 in [WebServices]: HTTP authentication is OFF; anyone who reaches this "
                    "server can call the web services without credentials")
    with db.session() as session:
        for kind, login, password in DEMO_CREDENTIALS:
            if kind == "system":
                row = session.query(SYS_USR).filter(SYS_USR.USR_CODIGO == login).first()
                stored = row.USR_PSW if row else ""
            else:
                row = session.query(AI3).filter(AI3.AI3_LOGIN == login).first()
                stored = row.AI3_PSW if row else ""
            if stored and verify_password(stored, password):
                log.warning("demo credentials still work: %s user %s / %s; change them before production",
                            kind, login, password)


def _configure(settings) -> None:
    """Process-wide set-up from the settings: logging (unless the host process has its own) and the
    cost of new password hashes."""
    from model import passwords

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("spyne").setLevel(logging.CRITICAL)  # faults are logged by us, once
    logging.getLogger("portal").setLevel(logging.INFO)  # Conout lines are written only when Conout=1
    cost = settings.password_cost
    passwords.configure(cost.time_cost, cost.memory_cost, cost.parallelism)


def serve(ini: str, host: str) -> int:
    import waitress

    from appserver.ini import read_settings

    settings = read_settings(ini)
    if not (settings.http_enable and settings.ws_enable):
        print(f"{settings.path}: [HTTP] Enable and [WebServices] Enable are not both 1: nothing to serve",
              file=sys.stderr)
        return 2
    app = create_app(ini)
    log.info("serving Protheus web services on http://%s:%d/ws/ (%d threads)", host, settings.port,
             settings.max_instances)
    waitress.serve(app, host=host, port=settings.port, threads=settings.max_instances, ident="Protheus",
                   channel_timeout=120, clear_untrusted_proxy_headers=True)
    return 0


def dump_wsdl(ini: str, folder: str) -> int:
    app = create_app(ini, prepare_database=False)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name in app.services:
        (out / f"{name}.wsdl").write_bytes(app.wsdl(name, WSDL_BASE_URL))
        print(f"{out / name}.wsdl")
    return 0


def back_office(ini: str, command: str, order: str | None) -> int:
    """Run one back-office step (``release`` or ``invoice``) in one transaction; print what it did."""
    import datetime as dt

    from appserver.ini import read_settings
    from model.invoicing import invoice_orders
    from model.release import release_orders

    settings = read_settings(ini)
    _configure(settings)
    with open_database(settings).session(write=True) as session:
        if command == "release":
            for line in release_orders(session, dt.date.today(), order):
                print(f"order {line.order} item {line.item}: status {line.status}")
        else:
            for invoice in invoice_orders(session, dt.date.today(), order):
                print(f"invoice {invoice.F2_SERIE}/{invoice.F2_DOC} customer {invoice.F2_CLIENTE}{invoice.F2_LOJA}: "
                      f"{invoice.F2_VALBRUT}")
    return 0


def main(argv=None) -> int:
    from appserver.ini import IniError, read_settings

    parser = argparse.ArgumentParser(description="Protheus customer-portal web services")
    parser.add_argument("--ini", default="appserver.ini", help="appserver.ini to use (default ./appserver.ini)")
    parser.add_argument("--host", default="0.0.0.0", help="address to listen on (default all)")
    commands = parser.add_subparsers(dest="command")
    init = commands.add_parser("initdb", help="create the schema")
    init.add_argument("--demo", action="store_true", help="and load the demo data")
    dump = commands.add_parser("dump-wsdl", help="write the WSDL of every service into a folder")
    dump.add_argument("folder")
    for name, text in (("release", "back office: release orders in portfolio, checking credit and stock"),
                       ("invoice", "back office: invoice the released items")):
        step = commands.add_parser(name, help=text)
        step.add_argument("--order", help="only this order (C5_NUM)")
    args = parser.parse_args(argv)
    try:
        if args.command == "initdb":
            settings = read_settings(args.ini)
            _configure(settings)
            initdb(open_database(settings), args.demo)
            return 0
        if args.command == "dump-wsdl":
            return dump_wsdl(args.ini, args.folder)
        if args.command in ("release", "invoice"):
            return back_office(args.ini, args.command, args.order)
        return serve(args.ini, args.host)
    except IniError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
