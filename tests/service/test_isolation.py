"""No customer reads or changes another's data: proven over every served operation.

The calls are derived from the declarations (``services.ALL`` and the contract), not written by
hand: every operation that takes a customer (CUSTOMERID, or a customer code and store inside a
document's header), a document number or a tax id is called by ``cliente02`` (customer
``00000201``):

* **A**: with ``00000101``'s identifiers throughout;
* **B**: on its own customer ``00000201``, with a document number of ``00000101``.

Each call is paired with a control: the same call with the foreign identifiers replaced by ones
that exist nowhere. "Not yours" must read exactly as "not found": the two answers are the same
bytes. A call naming a foreign customer is refused with ``Cliente y/o Tienda no registrados.``;
any other refusal must carry a not-found text (a message key ``*_not_found``/``*_not_registered``)
when the identifier is a parameter of the operation. None of ``00000101``'s data appears in any
answer, and the database is unchanged (row count and checksum of every table). cliente02 is given
the right to every served service first, so each operation is reached past the right check.

A new operation is covered as soon as it is in ``services.ALL``: only the small tables below
(which parameter is which kind of identifier, and where each kind is found in the data) are read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import requests
from sqlalchemy import select

from model import messages
from model.tables import AC8, AD8, AI3, SA1, SC2, SC5, SCJ, SE1, SF2
from services import ALL
from tests.support.snapshot import changed, fingerprint
from tests.support.soap_calls import answer, envelope, is_empty_result, sample
from views import ArrayOf, View

OWN, FOREIGN = ("000002", "01"), ("000001", "01")
LANG = "es"

# Which parameter (or structure field) identifies what. Fields of one kind travel together: a
# bill is its prefix, number, installment and type.
PARAMETER_KINDS = {
    "CUSTOMERID": "customer", "CUSTOMERORSUPPLIERID": "customer",
    "CUSTOMERCODE": "customer", "CUSTOMERUNIT": "customer", "UNITCUSTOMERCODE": "customer",
    "ORDERID": "order", "PURCHASENUMBER": "order",
    "BUDGETID": "quote",
    "CONTACTID": "contact",
    "TASKID": "task",
    "POID": "production_order", "POITEM": "production_order", "POSEQUENCE": "production_order",
    "PONUMBER": "production_order",
    "PREFIX": "bill", "BILLNUMBER": "bill", "INSTALLMENT": "bill", "BILLTYPE": "bill",
    "SERIALNUMBER": "invoice", "INVOICENUMBER": "invoice",
    "FEDERALID": "tax_id",
}
# the parameters that, alone, make an operation one about a customer or a document (the others
# only travel with them)
IDENTIFYING = {"CUSTOMERID", "CUSTOMERORSUPPLIERID", "CUSTOMERCODE", "ORDERID", "BUDGETID", "CONTACTID", "TASKID",
               "POID", "PONUMBER", "BILLNUMBER", "INVOICENUMBER", "FEDERALID"}
# structures that hold no customer's data of their own (a user's record: its own tests)
SKIPPED_STRUCTURES = {"LOGINUSERSTRUCT", "CARRIERVIEW", "INFORMATIONSARRAY"}
FIXED = {"CUSTOMERORSUPPLIER": 1, "INVOICETYPE": "S/N"}  # what an invoice look-up of a customer sends
NOWHERE = {"CUSTOMERID": "99999999", "CUSTOMERORSUPPLIERID": "99999999", "CUSTOMERCODE": "999999",
           "CUSTOMERUNIT": "99", "UNITCUSTOMERCODE": "99", "ORDERID": "999999", "PURCHASENUMBER": "999999",
           "BUDGETID": "999999", "CONTACTID": "999999", "TASKID": "999999", "POID": "999999", "POITEM": "99",
           "POSEQUENCE": "999", "PONUMBER": "99999999999", "PREFIX": "ZZZ", "BILLNUMBER": "999999999",
           "INSTALLMENT": "Z", "BILLTYPE": "NF", "SERIALNUMBER": "ZZZ", "INVOICENUMBER": "999999999"}


def identifiers_of(session, customer: tuple[str, str]) -> dict[str, str]:
    """Every identifier of ``customer``'s own: its id and tax id and one document of each kind."""
    code, store = customer
    found = {"CUSTOMERID": code + store, "CUSTOMERORSUPPLIERID": code + store, "CUSTOMERCODE": code,
             "CUSTOMERUNIT": store, "UNITCUSTOMERCODE": store}
    found["FEDERALID"] = session.scalar(select(SA1.A1_CGC).where(SA1.A1_COD == code, SA1.A1_LOJA == store)).strip()
    order = session.scalar(select(SC5.C5_NUM).where(SC5.C5_CLIENTE == code, SC5.C5_LOJACLI == store)
                           .order_by(SC5.C5_NUM))
    found["ORDERID"] = found["PURCHASENUMBER"] = order
    found["BUDGETID"] = session.scalar(select(SCJ.CJ_NUM).where(SCJ.CJ_CLIENTE == code, SCJ.CJ_LOJA == store)
                                       .order_by(SCJ.CJ_NUM))
    found["CONTACTID"] = session.scalar(select(AC8.AC8_CODCON).where(
        AC8.AC8_ENTIDA == "SA1", AC8.AC8_CODENT.like(f"{code}{store}%")).order_by(AC8.AC8_CODCON))
    found["TASKID"] = session.scalar(select(AD8.AD8_TAREFA).where(AD8.AD8_CODCLI == code, AD8.AD8_LOJCLI == store)
                                     .order_by(AD8.AD8_TAREFA))
    po = session.execute(select(SC2.C2_NUM, SC2.C2_ITEM, SC2.C2_SEQUEN).join(
        SC5, SC5.C5_NUM == SC2.C2_PEDIDO).where(SC5.C5_CLIENTE == code, SC5.C5_LOJACLI == store)
        .order_by(SC2.C2_NUM)).first()
    if po is not None:
        found.update(POID=po[0], POITEM=po[1], POSEQUENCE=po[2], PONUMBER="".join(po))
    bill = session.execute(select(SE1.E1_PREFIXO, SE1.E1_NUM, SE1.E1_PARCELA, SE1.E1_TIPO).where(
        SE1.E1_CLIENTE == code, SE1.E1_LOJA == store).order_by(SE1.E1_NUM)).first()
    if bill is not None:
        found.update(PREFIX=bill[0], BILLNUMBER=bill[1], INSTALLMENT=bill[2], BILLTYPE=bill[3])
    invoice = session.execute(select(SF2.F2_SERIE, SF2.F2_DOC).where(SF2.F2_CLIENTE == code, SF2.F2_LOJA == store)
                              .order_by(SF2.F2_DOC)).first()
    if invoice is not None:
        found.update(SERIALNUMBER=invoice[0], INVOICENUMBER=invoice[1])
    return {k: (v.strip() if isinstance(v, str) else v) for k, v in found.items() if v}


def unused_tax_id(session, like: str) -> str:
    """A tax id of the same shape as ``like`` (check digit right) that no customer has."""
    from stdnum.ar import cuit

    taken = {c.strip() for c in session.scalars(select(SA1.A1_CGC))}
    for body in range(20999000, 20999999):
        candidate = f"{like[:2]}{body}" if len(like) == 11 else str(body).rjust(len(like), "9")
        if len(like) == 11:
            candidate += cuit.calc_check_digit(candidate)
        if candidate not in taken:
            return candidate
    raise AssertionError("no unused tax id")


@dataclass
class Case:
    service: str
    operation: object
    pattern: str  # A: the other customer's identifiers throughout; B: own customer, other's document
    kinds: set[str] = field(default_factory=set)  # the kinds of identifier the operation takes
    top_level: set[str] = field(default_factory=set)  # identifying parameters of the operation itself

    @property
    def name(self) -> str:
        return f"{self.service}.{self.operation.name}/{self.pattern}"


def _identifying_fields(kind, path=()) -> list[tuple[tuple[str, ...], str]]:
    """(path, field name) of every identifying field inside a structure (not inside arrays)."""
    if not isinstance(kind, View) or kind.name in SKIPPED_STRUCTURES:
        return []
    found = []
    for f in kind.fields:
        if isinstance(f.kind, View):
            found += _identifying_fields(f.kind, path + (f.name,))
        elif not isinstance(f.kind, ArrayOf) and f.name in PARAMETER_KINDS and f.name != "FEDERALID":
            found.append((path + (f.name,), f.name))
    return found


def cases() -> list[Case]:
    """Every (operation, pattern) to try, from the declared services."""
    found = []
    for service in ALL:
        for operation in service.operations.values():
            top = {p.name for p in operation.params if p.name in IDENTIFYING}
            inner = [name for p in operation.params for _path, name in _identifying_fields(p.kind)]
            names = top | ({n for n in inner if n in IDENTIFYING})
            if not names:
                continue
            kinds = {PARAMETER_KINDS[n] for n in top | set(inner)}
            found.append(Case(service.name, operation, "A", kinds, top))
            if "customer" in kinds and kinds - {"customer"}:
                found.append(Case(service.name, operation, "B", kinds, top))
    return found


def request_values(operation, values: dict, other: dict) -> dict:
    """The parameters of ``operation``: identifying ones from ``values`` (customer) and ``other``
    (documents), the rest a sample its schema accepts (required ones only)."""

    def fill(kind, name, required, integer):
        if isinstance(kind, View):
            if kind.name in SKIPPED_STRUCTURES:
                return sample(kind)
            return {f.name: v for f in kind.fields
                    if (v := fill(f.kind, f.name, f.required, f.integer)) is not None}
        if name in PARAMETER_KINDS and not isinstance(kind, ArrayOf):
            source = values if PARAMETER_KINDS[name] == "customer" else other
            if name in source:
                return source[name]
        if name in FIXED:
            return FIXED[name]
        return sample(kind, integer) if required else None

    return {p.name: v for p in operation.params if (v := fill(p.kind, p.name, p.required, p.integer)) is not None}


@pytest.fixture(scope="module")
def isolated(backend, start_server):
    """A server where cliente02 holds the right to every served service, with the identifiers of
    both customers and ones that exist nowhere."""
    from model import users
    from model.portal import register_services

    server = start_server(backend)
    names = {s.name: s.description for s in ALL}
    with server.db.session(write=True) as session:
        register_services(session, names)
        user = session.scalars(select(AI3).where(AI3.AI3_LOGIN == "cliente02")).one()
        users.grant_rights(session, user, list(names), True, frozenset(names))
    with server.db.session() as session:
        own, foreign = identifiers_of(session, OWN), identifiers_of(session, FOREIGN)
        nowhere = dict(NOWHERE, FEDERALID=unused_tax_id(session, foreign["FEDERALID"]))
        markers = [v.strip() for c in session.scalars(select(SA1).where(SA1.A1_COD == FOREIGN[0]))
                   for v in (c.A1_NOME, c.A1_NREDUZ, c.A1_EMAIL, c.A1_HPAGE) if v.strip()]
    usercode = server.portal().login("cliente02", "cliente02")
    return server, usercode, own, foreign, nowhere, markers


NOT_FOUND_TEXTS = {messages.text(key, LANG) for key in messages.TEXTS
                   if key.endswith(("_not_found", "_not_registered"))}


def test_no_customer_reaches_another_customers_data(isolated, backend, report):
    server, usercode, own, foreign, nowhere, markers = isolated
    http = requests.Session()
    http.auth = ("wsadmin", "wsadmin")
    namespaces = {s.name: server.app.settings.namespace_of(s.contract.namespace) for s in ALL}
    refused_text = messages.text("customer_not_registered", LANG)
    before = fingerprint(server.db)
    failures, tally = [], {"refused": 0, "same as nowhere": 0}
    every = cases()

    def call(case, customer, documents):
        values = request_values(case.operation, customer, documents)
        values["USERCODE"] = usercode
        body = envelope(namespaces[case.service], case.operation, values)
        return answer(http.post(f"{server.url}/ws/{case.service}.apw", data=body,
                                headers={"Content-Type": "text/xml; charset=utf-8"}, timeout=60))

    for case in every:
        writes_before = fingerprint(server.db) if case.operation.writes else None
        if case.pattern == "A":
            got, control = call(case, foreign, foreign), call(case, nowhere, nowhere)
        else:
            got, control = call(case, own, foreign), call(case, own, nowhere)
        problems = []
        if (got.code, got.text) != (control.code, control.text):
            problems.append(f"answers unlike a missing one: {got.code} {got.text[:200]!r} / {control.text[:200]!r}")
        if got.code not in (None, "soap:Client"):
            problems.append(f"not a Client fault: {got.code} {got.text[:200]!r}")
        leaked = [m for m in markers if m in got.raw.decode("utf-8", "replace")]
        if leaked:
            problems.append(f"shows the other customer's {leaked}")
        names_customer = case.pattern == "A" and case.top_level & {"CUSTOMERID", "CUSTOMERORSUPPLIERID"}
        if names_customer and got.text != f"{case.operation.name} : {refused_text}":
            problems.append(f"not refused as an unknown customer: {got.text[:200]!r}")
        elif got.is_fault and case.top_level and got.text.split(" : ", 1)[-1] not in NOT_FOUND_TEXTS:
            problems.append(f"refused without a not-found text: {got.text[:200]!r}")
        elif not got.is_fault and not is_empty_result(got) and case.pattern == "B":
            problems.append(f"answered with data: {got.text[:200]!r}")
        if writes_before is not None and (diff := changed(writes_before, fingerprint(server.db))):
            problems.append(f"wrote to {diff}")
        if problems:
            failures.append(f"{case.name}: " + "; ".join(problems))
        tally["refused" if got.is_fault else "same as nowhere"] += 1

    assert not changed(before, fingerprint(server.db))
    operations = {(c.service, c.operation.name) for c in every}
    report(f"isolation ({backend}): {len(operations)} operations, {len(every)} calls (and as many controls): "
           f"{tally['refused']} refused, {tally['same as nowhere']} answered as for identifiers that exist nowhere, "
           f"{len(failures)} failing")
    assert not failures, "\n".join(failures)
    # the ones this test must always reach, whatever else is added
    assert {("MTCUSTOMERSALESORDER", "GETSALESORDER"), ("MTCUSTOMERBUDGET", "PUTBUDGET"),
            ("CRMCUSTOMERCONTACT", "PUTCONTACT"), ("FTCUSTOMERTASK", "GETTASK"),
            ("MTSIMULATIONSALESORDER", "PUTSALESORDER")} <= operations


def test_the_identifiers_are_the_customers_own(isolated):
    """The foreign identifiers are real documents of 00000101 (else the test above proves nothing)."""
    _server, _usercode, own, foreign, nowhere, _markers = isolated
    for kind in ("ORDERID", "BUDGETID", "CONTACTID", "TASKID", "FEDERALID", "POID", "BILLNUMBER", "INVOICENUMBER"):
        assert foreign.get(kind), kind
        assert foreign[kind] != nowhere[kind]
    assert own["CUSTOMERID"] == "00000201" and foreign["CUSTOMERID"] == "00000101"


def test_the_fingerprint_sees_one_changed_value(isolated):
    """The check of "nothing written" can fail: one text of one row changes the fingerprint."""
    server = isolated[0]
    before = fingerprint(server.db)
    with server.db.session(write=True) as session:
        andinas = session.scalars(select(SA1).where(SA1.A1_COD == "000003")).one()
        nickname, andinas.A1_NREDUZ = andinas.A1_NREDUZ, "CHANGED"
    assert changed(before, fingerprint(server.db)) == [SA1.__table__.name]
    with server.db.session(write=True) as session:
        session.scalars(select(SA1).where(SA1.A1_COD == "000003")).one().A1_NREDUZ = nickname
    assert not changed(before, fingerprint(server.db))
