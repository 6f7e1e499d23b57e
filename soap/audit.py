"""The one place every portal write is audited: after an operation declared ``writes=True`` has
done its work, in its transaction (model.audit).

Who is the portal user the permission check found (or, for USERPORTAL's own operations, the user
behind the USERCODE); the customer is the one it checked; the keys are those the caller sent
(:data:`KEY_FIELDS`, as parameters or inside a document's structure) and the key the operation
answered (an order's number, a contact's code). Logging in and out is the session's bookkeeping,
kept in ZWS, and not audited here.
"""
from __future__ import annotations

from model import access, audit
from views import View

NOT_AUDITED = {"PRTLOGIN", "PRTLOGOUT"}  # sessions: ZWS keeps when, who and from where
KEY_FIELDS = {"CUSTOMERID", "CUSTOMERCODE", "CUSTOMERUNIT", "UNITCUSTOMERCODE", "ORDERID", "BUDGETID", "CONTACTID",
              "TASKID", "POID", "POITEM", "POSEQUENCE", "PONUMBER", "CARRIERCODE", "USERLOGIN", "X1GROUP"}


def _keys_in(kind, value, found: list[str]) -> None:
    """The key fields of a structure sent (its nested structures too, not its arrays)."""
    if not isinstance(kind, View) or not isinstance(value, dict):
        return
    for field in kind.fields:
        sent = value.get(field.name)
        if isinstance(field.kind, View):
            _keys_in(field.kind, sent, found)
        elif field.name in KEY_FIELDS and sent not in (None, ""):
            found.append(f"{field.name}={sent}")


def keys_of(operation, kwargs: dict, result) -> list[str]:
    found = []
    for param in operation.params:
        value = kwargs.get(param.name.lower())
        if isinstance(param.kind, View):
            _keys_in(param.kind, value, found)
        elif param.name in KEY_FIELDS and value not in (None, ""):
            found.append(f"{param.name}={value}")
    if operation.returns == "C" and isinstance(result, str) and result.strip():
        found.append(f"RESULT={result.strip()}")
    return found


def written(call, operation, kwargs: dict, result) -> None:
    """Audit the write ``operation`` just did (nothing for the session operations)."""
    if operation.name in NOT_AUDITED:
        return
    checked = call.checked
    user = checked.user if checked is not None else None
    if user is None and kwargs.get("usercode"):
        user = access.portal_user(call.session, kwargs["usercode"], portal_session=call.settings.portal_session)
    customer = checked.customer.id if checked is not None and checked.customer is not None else ""
    audit.record(call.session, user_code=user.AI3_CODUSU if user else "", login=user.AI3_LOGIN if user else "",
                 address=call.remote_ip, service=call.service, operation=operation.name, customer=customer,
                 keys=keys_of(operation, kwargs, result))
