"""Demo data: a small hardware wholesaler, three of its customers and their portal users.

The story
---------
We are a hardware and paint wholesaler. Two sellers (Juan Pérez, María Gómez, both under the
sales manager Ricardo Sosa) and two carriers serve our customers (a third carrier is no longer
used: blocked); we sell screws, tools, paint and some raw materials (steel bars and epoxy
resin) from warehouse ``01`` (a few items also sit in warehouse ``02``).

* **Ferretería El Tornillo SA** (``000001``) buys from us through two stores: the head office
  ``01`` (credit limit 50,000, general price list, 30 days) and the *Sucursal Norte* ``02``
  (a small credit limit of 2,000, wholesale list, cash payment). The head office has an order in
  every status (portfolio, released, credit block, stock block, invoiced), and keeps one in each
  after the back office's release: its portfolio order is held by a business rule (C5_BLQ), the
  credit-blocked one is over its limit, the stock-blocked one asks for more hammers than there
  are. It also has an old invoice from
  about 200 days ago (paid 5 days late, partly with a bonus credit note), an open invoice in
  three installments (the first one overdue, earning interest), a return of two screws with its
  credit note still to be used, a used-up credit note, a protested bill and a returned check on
  record, three
  production orders running for its orders, material of its own held by us (SB6), quotes in
  every status, two contacts (one with its address and all four phones) and Juan's agenda about
  it with a task in every status. The north store has no contacts.
* **Pinturerías Color SRL** (``000002``, Córdoba) buys paint from María Gómez: one invoiced
  order paid in 30/60/90 days (the first installment paid a day late, part of the second, a
  financial discount on the third), another with paint rollers of a lot and free washers (a
  bonus), epoxy resin invoiced in dollars, one order in portfolio, an open quote and some resin of
  its own in our warehouse.
* **Construcciones Andinas SA** (``000003``, Mendoza) is a customer with no documents and no
  portal user.
* **Distribuidora Patagonia SRL** (``000004``, user ``patagonia``) has four stores, each showing
  one rule of the credit decision through orders placed and released by the server's own rules:
  a risk-A head office whose limit has expired (``04``), a risk-B store owing a bill 45 days late
  (its screws blocked, the washers sent on a TES without receivables released), a store whose
  open credit note frees its limit, and one releasing orders as a whole (both items blocked);
  Bariloche also has an order in portfolio with three discounts in cascade. The parameters of
  the rules (SX6) and the national holidays (SX5 table 63) are loaded with it, every bill's real
  due date moved to a business day and every balance counted from the documents.

Industrialization: each customer has its own catalog of products (SA7). El Tornillo sends us
its steel bars to be made into its screws (two returns of processed material so far, an older lot
all returned) and some resin still untouched, each with its document (ours to it in series
``2``, its own to us in series ``1``), and keeps 400 of our screws on consignment; Color's resin
waits in our warehouse too. Production orders are made for the customers' order items, one in
each state: closed (and closed off for costs), firm and not started, started and suspended
(rescheduled), planned; the north store's washers are finished, Color's hammers are under way and
one order of wrenches is for our own stock. Each has its requirements (SD4), its production and
consumption (SD3, the customer's steel by its lot) and, where some was lost, its losses (SBC).

Every date is computed from the load day ``today``, so the data never goes stale: orders were
placed over the last ~2 months, the old invoice is ``today - 200`` days, bills fall due around
``today``, and there is a daily exchange rate for the last 400 days up to tomorrow.

Money and quantities are ``Decimal``. Totals follow the rules the services apply: an item's
value is ``round(quantity * price, 2)``; ICMS (18 %) and IPI (10 %) come from the TES (only
``501`` computes them); an invoice's gross value is merchandise + IPI + freight + insurance +
expenses, split into the installments of the payment plan (the last one takes the rounding).

The portal's home page greets in the server's language and lists three news items; the company
keeps a few fields of its own (user fields): each customer's segment and purchasing contact, a
brand and a warranty for some tools and paints, and a building site for orders (none filled yet).
The states are Argentina's provinces.

``C5_ORIGEM`` is ``PORTAL`` for orders placed through the portal and ``MATA410`` (Protheus'
sales order routine) for those typed in the back office. The branch column of every row is
left blank: the session stamps it with the configured branch when it flushes.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from model.demo import credit, crm, finance, fiscal, framework, industrial, products, sales
from model.demo.common import Ledger
from model.demo.portal import DEMO_CREDENTIALS, load_portal


def load_demo(session: Session, today: dt.date | None = None) -> None:
    """Add the whole demo company for the load day ``today`` (every date is relative to it)."""
    today = today or dt.date.today()
    crm.add_sellers_and_carriers(session)
    products.add_catalog(session, today)
    customers = crm.add_customers(session, today)
    crm.add_contacts(session)
    crm.add_tasks(session, today)
    ledger = Ledger()
    sales.add_documents(session, today, customers, ledger)
    fiscal.add_documents(session, today, customers, ledger)
    finance.add_documents(session, today, customers, ledger)
    industrial.add_industrialization(session, today, customers)
    credit.add_credit_cases(session, today)
    load_portal(session)
    framework.add_framework(session)


__all__ = ["DEMO_CREDENTIALS", "load_demo"]
