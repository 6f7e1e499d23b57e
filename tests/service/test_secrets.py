"""Secrets stay secret: no password, password hash, USERCODE or HTTP Basic credential reaches the
trace (Trace=1), the server log (Conout=1, incidents) or a fault."""
import base64

import pytest
import requests
from sqlalchemy import select, text
from zeep.exceptions import Fault

from appserver.trace import mask_secrets, token_digest
from model import users
from model.tables import SYS_USR, ZUS

PASSWORD, NEW_PASSWORD, GUESS = "Orig-secret-42", "Nuevo-secreto-1", "Guess-pass-7"


def test_a_truncated_or_cdata_secret_is_masked_too():
    body = ("<t:USERPASSWORD><![CDATA[a<b>c]]></t:USERPASSWORD><t:USEROLDPASSWORD>x&amp;y</t:USEROLDPASSWORD>"
            "<t:USERCODE>0123456789abcdef</t:USERCODE><t:USERPSW>cut-her")
    masked = mask_secrets(body)
    for secret in ("a<b>c", "x&amp;y", "0123456789abcdef", "cut-her"):
        assert secret not in masked
    assert token_digest("0123456789abcdef") in masked


@pytest.fixture(scope="module")
def traced(start_server):
    server = start_server("sqlite", webservices={"Trace": "1", "Conout": "1"})
    with server.db.session(write=True) as session:
        users.reset_password(session, users.portal_user_by_login(session, "cliente02"), PASSWORD)
    return server


def test_no_secret_in_the_trace_the_log_or_a_fault(traced, monkeypatch):
    server = traced
    portal = server.portal()
    faults, codes = [], []
    up = portal.service("USERPORTAL")
    code = portal.login("cliente02", PASSWORD)
    codes.append(code)
    portal.service("MTCUSTOMER").GETCUSTOMER(USERCODE=code, CUSTOMERID="00000201")
    for call in (lambda: portal.login("cliente02", GUESS),
                 lambda: up.PRTPSWUSER(USERCODE=code, USEROLDPASSWORD=GUESS, USERPASSWORD=NEW_PASSWORD),
                 lambda: up.PRTPUTUSER(USERCODE=code, USERPCODE={
                     "USERLOGIN": "cliente02", "USERNAME": "x", "USERPASSWORD": GUESS, "USERROLES": 2})):
        with pytest.raises(Fault) as refused:
            call()
        faults.append(refused.value.message)
    assert up.PRTPSWUSER(USERCODE=code, USEROLDPASSWORD=PASSWORD, USERPASSWORD=NEW_PASSWORD) == 1
    codes.append(portal.login("cliente02", NEW_PASSWORD))

    # an incident: a statement fails with a secret among its values
    from model import customers

    def broken(session, customer):
        session.execute(text("SELECT :secret FROM no_such_table"), {"secret": NEW_PASSWORD})

    monkeypatch.setattr(customers, "customer_record", broken)
    with pytest.raises(Fault) as incident:
        portal.service("MTCUSTOMER").GETCUSTOMER(USERCODE=codes[1], CUSTOMERID="00000201")
    faults.append(incident.value.message)
    monkeypatch.undo()

    basic = [("wsadmin", "Basic-wrong-3"), ("wsadmin", "wsadmin")]
    for pair in basic:
        requests.get(f"{server.url}/ws/MTPRODUCT.apw?WSDL", auth=pair)
    assert up.PRTLOGOUT(USERCODE=codes[1]) == 1

    with server.db.session() as session:
        hashes = [h.strip() for h in session.scalars(select(ZUS.ZUS_HASH)) if h.strip()]
        hashes += [h.strip() for h in session.scalars(select(SYS_USR.USR_PSW)) if h.strip()]
    assert all(codes) and all(hashes)
    secrets = [PASSWORD, NEW_PASSWORD, GUESS, "Basic-wrong-3", *codes, *hashes]
    secrets += [base64.b64encode(f"{u}:{p}".encode()).decode() for u, p in basic]
    trace = (server.ini.parent / "wsstrace.log").read_text(encoding="utf-8")
    log = server.log.text()
    assert "PRTPSWUSER" in trace and "USERPORTAL.PRTLOGIN" in log and "incident" in log  # all of it was written
    assert token_digest(codes[0]) in trace  # the session can be followed without its code
    for where, written in (("trace", trace), ("log", log), ("faults", "\n".join(faults))):
        found = [s for s in secrets if s in written]
        assert not found, f"{where} holds {found}"
        assert "$argon2" not in written
