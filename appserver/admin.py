"""The commands of the people who run the server: system users and portal users.

    python server.py system-user add LOGIN [--name NAME] [--password P]
    python server.py system-user password|block|unblock LOGIN
    python server.py portal-user add LOGIN --name NAME [--email E] [--admin] [--superior LOGIN] [--password P]
    python server.py portal-user link|unlink LOGIN CUSTOMERID...      (code and store: 00000101)
    python server.py portal-user grant|revoke LOGIN SERVICE...        (MTPRODUCT ...)
    python server.py portal-user password|block|unblock LOGIN
    python server.py audit [--user LOGIN] [--customer CUSTOMERID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]

``unblock`` also ends a lock left by failed logins (model/lockout.py). ``audit`` prints the audit
trail of portal writes (model/audit.py), one line each, oldest first; its times are UTC.
Each runs in one transaction and answers one line. A password not given with ``--password`` is
asked for (twice) on a terminal, or read as one line from standard input.
"""
from __future__ import annotations

import argparse
import getpass
import sys

SYSTEM_ACTIONS = ("add", "password", "block", "unblock")
PORTAL_ACTIONS = ("add", "link", "unlink", "grant", "revoke", "password", "block", "unblock")


def add_commands(commands, common) -> None:
    system = commands.add_parser("system-user", parents=[common], help="system users (HTTP authentication)")
    system.add_argument("action", choices=SYSTEM_ACTIONS)
    system.add_argument("login")
    system.add_argument("--name", default="")
    system.add_argument("--password", help="the password (asked for when left out)")
    portal = commands.add_parser("portal-user", parents=[common], help="portal users, their customers and rights")
    portal.add_argument("action", choices=PORTAL_ACTIONS)
    portal.add_argument("login")
    portal.add_argument("values", nargs="*", help="CUSTOMERIDs to link/unlink, web services to grant/revoke")
    portal.add_argument("--name", default="")
    portal.add_argument("--email", default="")
    portal.add_argument("--admin", action="store_true", help="a portal admin (AI3_ADMIN 1)")
    portal.add_argument("--superior", default="", help="login of the admin who administers the user")
    portal.add_argument("--password", help="the password (asked for when left out)")
    trail = commands.add_parser("audit", parents=[common], help="the audit trail of portal writes")
    trail.add_argument("--user", default="", help="a portal user's login or code")
    trail.add_argument("--customer", default="", help="a CUSTOMERID (code and store), or a customer code")
    trail.add_argument("--from", dest="date_from", type=_day, help="first day (UTC), YYYY-MM-DD")
    trail.add_argument("--to", dest="date_to", type=_day, help="last day (UTC), YYYY-MM-DD")


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, not {text!r}") from None


def run(args, settings, db) -> int:
    from model.errors import PortalError

    if args.command == "audit":
        return _audit(args, db)

    try:
        with db.session(write=True) as session:
            line = (_system if args.command == "system-user" else _portal)(args, session, settings)
    except PortalError as error:
        print(f"{args.command} {args.action} {args.login}: {error.text(settings.language)}", file=sys.stderr)
        return 1
    print(line)
    return 0


def _password(args) -> str:
    if args.password is not None:
        return args.password
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            from model.errors import PortalError

            raise PortalError("bad_value", field="password", value="(the two differ)")
        return first
    return sys.stdin.readline().rstrip("\n")


def _system(args, session, settings) -> str:
    from model import lockout, system_users

    if args.action == "add":
        user = system_users.add_system_user(session, args.login, _password(args), args.name)
        return f"system user {user.USR_CODIGO} ({user.USR_ID}) added"
    if args.action == "password":
        system_users.set_system_password(session, args.login, _password(args))
        return f"system user {args.login}: password changed (other server processes take up to a minute)"
    system_users.set_system_blocked(session, args.login, args.action == "block")
    if args.action == "unblock":
        lockout.cleared(session, lockout.SYSTEM, args.login)
    return f"system user {args.login}: {args.action}ed"


def _portal(args, session, settings) -> str:
    from model import lockout, users
    from services import ALL

    if args.action == "add":
        user = users.add_portal_user(session, args.login, _password(args), args.name, args.email, admin=args.admin,
                                     superior=args.superior)
        return f"portal user {user.AI3_LOGIN} ({user.AI3_CODUSU}) added; link customers and grant rights next"
    user = users.portal_user_by_login(session, args.login)
    if args.action in ("link", "unlink"):
        users.link_customers(session, user, args.values, args.action == "link")
        return f"portal user {user.AI3_LOGIN}: {args.action}ed {', '.join(args.values) or 'nothing'}"
    if args.action in ("grant", "revoke"):
        users.grant_rights(session, user, args.values, args.action == "grant",
                           frozenset(s.name for s in ALL))
        done = "granted" if args.action == "grant" else "revoked"
        return f"portal user {user.AI3_LOGIN}: {done} {', '.join(v.upper() for v in args.values) or 'nothing'}"
    if args.action == "password":
        users.reset_password(session, user, _password(args))
        return f"portal user {user.AI3_LOGIN}: password changed, its sessions ended"
    users.block_user(session, user, args.action == "block")
    if args.action == "unblock":
        lockout.cleared(session, lockout.PORTAL, user.AI3_LOGIN)
    return f"portal user {user.AI3_LOGIN}: {args.action}ed"


def _audit(args, db) -> int:
    from model.audit import trail

    with db.session() as session:
        entries = trail(session, user=args.user, customer=args.customer, date_from=args.date_from,
                        date_to=args.date_to)
    for entry in entries:
        print(entry.line())
    if not entries:
        print("no audited write matches", file=sys.stderr)
    return 0
