"""The menu as PRTLISTMENU gives it: groups, and under each the items the user holds a right to.

Protheus' menu (AI8) names each item's page by its procedure (``W_PWSC030.APW``, the standard
portal's pages); this portal has a page of its own for each of them. An item is shown blocked,
without a link, when PRTLISTMENU says so (the row is blocked, or its web service is not served)
or when this portal has no page for its procedure.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The standard portal's procedure -> this portal's page.
PAGES = {
    "W_PWSC030.APW": "/catalog",
    "W_PWSC040.APW": "/customer-record",
    "W_PWSC044.APW": "/contacts",
    "W_PWSC100.APW": "/seller",
    "W_PWSC120.APW": "/tasks",
    "W_PWSC050.APW": "/orders",
    "W_PWSC080.APW": "/quotes",
    "W_PWSC070.APW": "/tracking",
    "W_PWSC060.APW": "/statistics",
    "W_PWSC110.APW": "/invoices",
    "W_PWSC020.APW": "/bills",
    "W_PWSC160.APW": "/paid-bills",
    "W_PWSC170.APW": "/credit-notes",
    "W_PWSC180.APW": "/registration-form",
    "W_PWSC150.APW": "/credit-form",
    "W_PWSC032.APW": "/customer-catalog",
    "W_PWSC140.APW": "/production-orders",
    "W_PWSX024.APW": "/user",
    "W_PWSX022.APW": "/password",
    "PWSXLOGOUT.APW": "/logout",
}


@dataclass
class Item:
    code: str
    title: str
    path: str | None  # None: blocked
    service: str


@dataclass
class Group:
    code: str
    title: str
    items: list[Item] = field(default_factory=list)


def menu_tree(entries: list[dict]) -> list[Group]:
    """Groups in PRTLISTMENU's order, each with its items; a group with no item is left out."""
    groups: dict[str, Group] = {}
    for entry in entries:
        if not (entry.get("SUPERIORCODE") or "").strip():
            groups[entry["CODE"]] = Group(entry["CODE"], entry.get("DESCRIPTION") or "")
    for entry in entries:
        group = groups.get((entry.get("SUPERIORCODE") or "").strip())
        if group is None:
            continue
        path = PAGES.get((entry.get("PROCEDURECALL") or "").strip().upper())
        blocked = bool(entry.get("MENUISBLOCKED")) or path is None
        group.items.append(Item(entry["CODE"], entry.get("DESCRIPTION") or "", None if blocked else path,
                                entry.get("WEBSERVICE") or ""))
    return [g for g in groups.values() if g.items]


__all__ = ["PAGES", "Group", "Item", "menu_tree"]
