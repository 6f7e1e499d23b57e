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
    service: str
    operation: str
    settings: Settings
    session: Session
    remote_ip: str = ""
    implemented: frozenset[str] = frozenset()  # the web services this server publishes
    now: dt.datetime = field(default_factory=dt.datetime.now)

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
        return access.check(
            self.session, usercode, self.service, customer_id, customer_required=customer_required,
            portal_session=self.settings.portal_session)

    def page(self, stmt, pagelen, pagefirst):
        return query.page(stmt, pagelen, pagefirst, self.settings.max_page_len)
