"""What an operation gets besides its parameters: the transaction, the settings, the caller."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from appserver.ini import Settings
from model import access, query

NO_CUSTOMER = object()


@dataclass
class Call:
    """One call of an operation. The service must be served (AI7): that is checked in the call's
    transaction before its first statement, within the permission check when the operation
    starts with it (:meth:`access`), else on its own (:meth:`ensure_served`)."""

    service: str
    operation: str
    settings: Settings
    transaction: Session
    remote_ip: str = ""
    implemented: frozenset[str] = frozenset()  # the web services this server publishes
    now: dt.datetime = field(default_factory=dt.datetime.now)
    served_checked: bool = False
    checked: access.Access | None = None  # what the permission check found (for the audit trail)

    @property
    def session(self) -> Session:
        """The call's transaction, once the service is known to be served."""
        self.ensure_served()
        return self.transaction

    def ensure_served(self) -> None:
        if not self.served_checked:
            if not access.service_is_served(self.transaction, self.service):
                raise access.NotServed(self.service)
            self.served_checked = True

    @property
    def lang(self) -> str:
        return self.settings.language

    @property
    def today(self) -> dt.date:
        return self.now.date()

    def access(self, usercode, customer_id=NO_CUSTOMER, *, customer_required: bool = True) -> access.Access:
        """The permission check (PrtChkUser) for this service; every operation calls it first.

        ``call.access(usercode)`` for operations that are not about a customer;
        ``call.access(usercode, customerid)`` when they are (CUSTOMERID then required, unless
        ``customer_required=False``)."""
        if customer_id is NO_CUSTOMER:
            customer_id, customer_required = None, False
        self.checked = access.check(
            self.transaction, usercode, self.service, customer_id, customer_required=customer_required,
            portal_session=self.settings.portal_session, served=not self.served_checked)
        self.served_checked = True
        return self.checked

    def month(self) -> tuple[dt.date, dt.date]:
        """The first and last day of the current month."""
        first = self.today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)

    def page(self, stmt, pagelen, pagefirst):
        return query.page(stmt, pagelen, pagefirst, self.settings.max_page_len)

    def window(self, pagelen, pagefirst) -> tuple[int, int]:
        """(offset, limit) of PAGELEN/PAGEFIRST, for a prepared statement."""
        return query.window(pagelen, pagefirst, self.settings.max_page_len)
