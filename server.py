"""The one entry point: read appserver.ini, open the database, build the application, serve.

    python server.py [--ini appserver.ini] [--host 0.0.0.0]      serve (waitress, Instances threads)
    python server.py --ini FILE --workers N                       serve with N processes (gunicorn), each its own pool
    python server.py --ini FILE initdb [--demo]                   create the schema (and the demo data)
    python server.py --ini FILE dump-wsdl wsdl/                   write the WSDL of every service
    python server.py --ini FILE release [--order NUM]             back office: release orders (MATA440/455)
    python server.py --ini FILE invoice [--order NUM]             back office: invoice released items (MATA460)
    python server.py --ini FILE system-user|portal-user ...       administer users (appserver/admin.py)
    python server.py --ini FILE audit [--user L] [--customer C]   the audit trail of portal writes
    gunicorn 'server:create_app("appserver.ini")'                 the same application under a gunicorn of your own

``--ini`` may come before or after the command. Serving an embedded SQLite database file that does
not exist yet creates it with the demo data first; ``initdb`` creates an empty one.
"""
from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

log = logging.getLogger("portal")
WSDL_BASE_URL = "http://localhost:8080"  # the endpoint written into the committed WSDLs
POOL_HEADROOM = 2  # connections a process may open beyond its Instances threads


def open_database(settings):
    """The database of the settings, its pool sized for Instances threads (one connection each,
    and a little headroom)."""
    from model.database import Company, Database

    if settings.db_url.startswith("sqlite:///"):
        Path(settings.db_url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    return Database(settings.db_url, Company(settings.company, settings.branch), state_url=settings.state_db_url,
                    read_only=settings.read_only, pool_size=settings.server_threads, max_overflow=POOL_HEADROOM)


def initdb(db, demo: bool) -> None:
    """The schema, and either the demo data or, for an installation of its own, the registration
    of the web services this server publishes (AI7)."""
    from model.demo import load_demo
    from model.portal import register_services
    from services import ALL

    db.create_schema()
    if db.read_only:  # only this server's own tables, in StateDBURL: the ERP's are the copy's
        return
    with db.session(write=True) as session:
        if demo:
            load_demo(session)
        else:
            register_services(session, {s.name: s.description for s in ALL})


def create_app(ini: str = "appserver.ini", prepare_database: bool = True):
    """The WSGI application for ``ini`` (also what gunicorn workers load)."""
    from appserver.http import PortalWsgi
    from appserver.ini import read_settings
    from services import ALL

    settings = read_settings(ini)
    _configure(settings)
    new_file = _new_embedded_file(settings)
    db = open_database(settings)
    if prepare_database:
        _prepare(settings, db, new_file)
    return PortalWsgi(settings, db, ALL)


def _new_embedded_file(settings) -> bool:
    """An embedded SQLite database whose file does not exist yet (opening it creates the file)."""
    return settings.db_url.startswith("sqlite:///") and not Path(settings.db_url[len("sqlite:///"):]).exists()


def _prepare(settings, db, new_file: bool) -> None:
    """Once per start: a read-only copy gets this server's own tables, an embedded database file
    that did not exist the demo; warnings about the settings."""
    if settings.read_only:
        db.create_schema()  # only this server's own tables, in StateDBURL
        log.warning("ReadOnly=1: serving %s read-only; every operation that writes ERP data is refused. "
                    "Portal users log in with the passwords the copy keeps in clear text (AI3_PSW), as "
                    "Protheus does; a good login stores an argon2 hash in StateDBURL, which decides from "
                    "then on. The clear texts stay in the copy: limit who can read it",
                    settings.db_url.rsplit("@", 1)[-1])
    elif new_file:
        log.info("no embedded database at %s yet: creating it with the demo data", settings.db_url)
        initdb(db, demo=True)
    elif db.is_empty():
        log.warning("the database %s has no portal users: create them with 'server.py portal-user add'",
                    settings.db_url.rsplit("@", 1)[-1])
    _warn_at_start(settings, db)


def _warn_at_start(settings, db) -> None:
    from model import credentials
    from model.demo import DEMO_CREDENTIALS
    from model.passwords import verify_password
    from model.tables import AI3, SYS_USR

    if settings.portal_enable and settings.security and settings.portal_auth is None:
        log.warning("[Portal] AuthWS is empty while Security=1: the portal's calls to the web services "
                    "will be refused; set AuthWS=user:password of a system user")
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
                stored = credentials.stored_hash(session, row.AI3_CODUSU) if row else ""
            if stored and verify_password(stored, password):
                log.warning("demo credentials still work: %s user %s with the README's password; change it "
                            "before production", kind, login)


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


def _settled(app):
    """``app``, once what start-up built (services, plans, statements: some 230,000 objects) is
    moved out of the garbage collector's sight: a full collection scanned it all, stopping every
    request for 100 ms and more (``gc.freeze``)."""
    gc.collect()
    gc.freeze()
    return app


def serve(ini: str, host: str, workers: int | None) -> int:
    import waitress

    from appserver.ini import read_settings

    settings = read_settings(ini)
    if not ((settings.http_enable or settings.https_enable) and settings.ws_enable):
        print(f"{settings.path}: [HTTP] (or [HTTPS]) Enable and [WebServices] Enable are not both 1: nothing to "
              "serve", file=sys.stderr)
        return 2
    if workers:
        return serve_workers(ini, host, settings, workers)
    app = _settled(create_app(ini))
    if settings.https_enable:  # TLS on its own port (appserver/tls.py), beside plain HTTP or alone
        from appserver import tls

        tls.start(app, settings, host, background=settings.http_enable)
        if not settings.http_enable:
            return 0
    log.info("serving Protheus web services on http://%s:%d/ws/ (%d threads)", host, settings.port,
             settings.server_threads)
    if settings.portal_enable:
        log.info("serving the customer portal on http://%s:%d/portal/ (%d pages at once)", host, settings.port,
                 settings.portal_instances)
    waitress.serve(app, host=host, port=settings.port, threads=settings.server_threads, ident="Protheus",
                   channel_timeout=120, clear_untrusted_proxy_headers=True)
    return 0


def serve_workers(ini: str, host: str, settings, workers: int) -> int:
    """``workers`` processes on the port (gunicorn): the database is prepared once, here, and
    each worker builds the application, its own pool included, after the fork."""
    from appserver.workers import serve_workers as run

    _configure(settings)
    new_file = _new_embedded_file(settings)
    db = open_database(settings)
    _prepare(settings, db, new_file)
    db.dispose()
    log.info("serving Protheus web services on http://%s:%d/ws/ (%d processes of %d threads)", host, settings.port,
             workers, settings.max_instances)
    run(lambda: _settled(create_app(ini, prepare_database=False)), host, settings.port, workers, settings.server_threads)
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
    from model.release_status import status_text

    settings = read_settings(ini)
    _configure(settings)
    with open_database(settings).session(write=True) as session:
        if command == "release":
            lines = [f"order {r.order} item {r.item}: {status_text(r.status, settings.language)}"
                     for r in release_orders(session, dt.date.today(), order)]
        else:
            lines = [f"invoice {i.F2_SERIE.strip()}/{i.F2_DOC} of customer {i.F2_CLIENTE}{i.F2_LOJA}: "
                     f"{i.F2_VALBRUT:.2f}" for i in invoice_orders(session, dt.date.today(), order)]
    which = f"order {order}" if order else "the orders"
    print("\n".join(lines) or f"nothing to {command} in {which}")
    return 0


def main(argv=None) -> int:
    from appserver import admin
    from appserver.ini import IniError, read_settings

    parser = argparse.ArgumentParser(description="Protheus customer-portal web services")
    parser.add_argument("--ini", default="appserver.ini", help="appserver.ini to use (default ./appserver.ini)")
    parser.add_argument("--host", default="0.0.0.0", help="address to listen on (default all)")
    parser.add_argument("--workers", type=_positive, metavar="N",
                        help="serve with N processes on the port (gunicorn), each with its own connection pool")
    common = argparse.ArgumentParser(add_help=False)  # --ini after the command works too
    common.add_argument("--ini", default=argparse.SUPPRESS, help="appserver.ini to use")
    commands = parser.add_subparsers(dest="command")
    init = commands.add_parser("initdb", parents=[common], help="create the schema")
    init.add_argument("--demo", action="store_true", help="and load the demo data")
    dump = commands.add_parser("dump-wsdl", parents=[common], help="write the WSDL of every service into a folder")
    dump.add_argument("folder")
    for name, text in (("release", "back office: release orders in portfolio, checking credit and stock"),
                       ("invoice", "back office: invoice the released items")):
        step = commands.add_parser(name, parents=[common], help=text)
        step.add_argument("--order", help="only this order (C5_NUM)")
    admin.add_commands(commands, common)
    args = parser.parse_args(argv)
    try:
        if args.command == "initdb":
            return initdb_command(args.ini, args.demo)
        if args.command == "dump-wsdl":
            return dump_wsdl(args.ini, args.folder)
        if args.command in ("release", "invoice"):
            return back_office(args.ini, args.command, args.order)
        if args.command in ("system-user", "portal-user", "audit"):
            settings = read_settings(args.ini)
            _configure(settings)
            db = open_database(settings)
            try:
                return admin.run(args, settings, db)
            finally:
                db.dispose()
        return serve(args.ini, args.host, args.workers)
    except IniError as error:
        print(error, file=sys.stderr)
        return 2


def initdb_command(ini: str, demo: bool) -> int:
    """Create the schema; with ``demo``, load the demo data, only into a database with no data."""
    from appserver.ini import read_settings

    settings = read_settings(ini)
    _configure(settings)
    db = open_database(settings)
    try:
        if demo and (db.read_only or not db.is_empty()):
            print(f"{settings.db_url.rsplit('@', 1)[-1]} already holds data: the demo is loaded only into an "
                  "empty database", file=sys.stderr)
            return 1
        initdb(db, demo)
        print(f"{settings.db_url.rsplit('@', 1)[-1]}: schema ready" + (", demo data loaded" if demo else ""))
        return 0
    finally:
        db.dispose()


def _positive(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes from 1 to 64; got {text!r}")
    return int(text)


if __name__ == "__main__":
    sys.exit(main())
