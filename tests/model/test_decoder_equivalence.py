"""Our decoder reads every request as spyne's own (the schema-validating one the server used
before) does: for every operation of every published service, a corpus of requests built from
its declaration goes through both. Valid requests give the same values; wherever spyne faults we
fault too, naming the offending element. Where we differ on purpose, the corpus says so: the
leniency legacy clients need (an empty element for an optional number, date or flag; ``xsi:type``
naming a built-in type derived from the declared one) and the numbers no field can hold (NaN,
infinity, more digits than the column has), which spyne let through."""
from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path

import pytest
from spyne import MethodContext
from spyne.server import ServerBase

from appserver.ini import Settings
from model.errors import PortalError
from services import ALL
from soap import faults
from soap.application import build_application
from soap.decoder import DecodeError, ServiceDecoder
from soap.endpoint import body_element, parse
from soap.types import from_soap
from views import ArrayOf, View

SETTINGS = Settings(path=Path("appserver.ini"))
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
TEXT = " Ñandú &amp; &lt;co&gt; "
OPERATIONS = [(service, op) for service in ALL for op in service.operations.values()]
logging.getLogger("spyne").setLevel(logging.CRITICAL)


class Side:
    """One service read both ways."""

    def __init__(self, service):
        self.service = service
        self.ns = SETTINGS.namespace_of(service.contract.namespace)
        self.spyne = ServerBase(build_application(service, SETTINGS))
        self.ours = ServiceDecoder(service, self.ns)

    def envelope(self, operation: str, inner: str, attributes: str = "") -> bytes:
        return (f'<soap:Envelope xmlns:soap="{SOAP}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                f'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:t="{self.ns}"><soap:Body>'
                f"<t:{operation}{attributes}>{inner}</t:{operation}></soap:Body></soap:Envelope>").encode()

    def by_spyne(self, body: bytes):
        """('ok', {PARAM: value}) or ('fault', code, text)."""
        ctx = MethodContext(self.spyne, MethodContext.SERVER)
        ctx.in_string = [body]
        ctx = self.spyne.generate_contexts(ctx, "utf-8")[0]
        if ctx.in_error is None:
            self.spyne.get_in_object(ctx)
        if ctx.in_error is not None:
            return "fault", str(ctx.in_error.faultcode), str(ctx.in_error.faultstring)
        op = self.service.operations[ctx.descriptor.name]
        return "ok", {p.name: from_soap(p.kind, v, p.integer) for p, v in zip(op.params, ctx.in_object)}

    def by_us(self, body: bytes):
        """('ok', {PARAM: value}) or ('fault', code, text)."""
        element = body_element(parse(body, None, "en"), "en")
        try:
            decoder = self.ours.operation(element)
            values = decoder.decode(element)
        except DecodeError as refused:
            return "fault", faults.CLIENT, refused.detail
        except PortalError as error:
            return "fault", faults.CLIENT, error.text("en")
        return "ok", {p.name: values[p.name.lower()] for p in decoder.operation.params}


_SIDES: dict[str, Side] = {}


def side(service) -> Side:
    if service.name not in _SIDES:
        _SIDES[service.name] = Side(service)
    return _SIDES[service.name]


# --- the corpus, from the declarations -------------------------------------------------------


def sample(kind, integer: bool = False, depth: int = 0) -> str:
    """The content of an element of ``kind`` with every field filled."""
    if isinstance(kind, View):
        return "".join(element(f.name, sample(f.kind, f.integer, depth + 1)) for f in kind.fields)
    if isinstance(kind, ArrayOf):
        if depth > 2:
            return ""
        name, item = (kind.item.name, kind.item) if isinstance(kind.item, View) else (kind.item, "C")
        return element(name, sample(item, False, depth + 1)) + element(name, sample(item, False, depth + 1))
    if kind == "N":
        return " 7 " if integer else "12.75"
    return {"D": "2026-02-28", "L": "true", "B": "SGVsbG8="}.get(kind, TEXT)


def element(name: str, content: str, attributes: str = "") -> str:
    return f"<t:{name}{attributes}>{content}</t:{name}>"


def fields_within(kind, wanted, depth: int = 0, path: tuple = ()):
    """Paths (field names, through structures and the first item of lists) to the fields of
    ``kind`` that ``wanted(field)`` picks."""
    if depth > 3:
        return
    if isinstance(kind, ArrayOf):
        if isinstance(kind.item, View):
            yield from fields_within(kind.item, wanted, depth + 1, path + (kind.item.name,))
        return
    if isinstance(kind, View):
        for f in kind.fields:
            if wanted(f):
                yield path + (f.name,)
            yield from fields_within(f.kind, wanted, depth + 1, path + (f.name,))


def render(kind, path: tuple, content: str | None, integer: bool = False, depth: int = 0) -> str:
    """The content of an element of ``kind`` filled as :func:`sample` fills it, but for the field
    at ``path``: ``content`` there, or left out when None."""
    if not path:
        return sample(kind, integer, depth)
    head, rest = path[0], path[1:]
    if isinstance(kind, ArrayOf):
        return element(head, render(kind.item, rest, content, False, depth + 1))
    parts = []
    for f in kind.fields:
        if f.name != head:
            parts.append(element(f.name, sample(f.kind, f.integer, depth + 1)))
        elif not rest:
            if content is not None:
                parts.append(element(f.name, content))
        else:
            parts.append(element(f.name, render(f.kind, rest, content, f.integer, depth + 1)))
    return "".join(parts)


def nested(params, p, path: tuple, content: str | None) -> str:
    """The request with the field at ``path`` inside parameter ``p`` replaced (or left out)."""
    return request(params, replace={p.name: element(p.name, render(p.kind, path, content))})


def request(params, skip=(), replace=None, extra="") -> str:
    """The wrapper's content: every parameter filled, ``skip`` left out, ``replace`` (name ->
    whole element) instead of the sample."""
    replace = replace or {}
    parts = []
    for p in params:
        if p.name in skip:
            continue
        parts.append(replace.get(p.name) or element(p.name, sample(p.kind, p.integer)))
    return "".join(parts) + extra


def scalar_letter(p) -> str | None:
    return p.kind if isinstance(p.kind, str) else None


def valid_cases(op):
    params = op.params
    yield "every parameter", request(params)
    yield "only the required ones", request(params, skip={p.name for p in params if not p.required})
    optional = [p for p in params if not p.required]
    if optional:
        nils = {p.name: element(p.name, "", ' xsi:nil="true"') for p in optional}
        yield "optional ones nil", request(params, replace=nils)
    for p in params:
        if scalar_letter(p) == "C":
            yield f"{p.name} typed xsd:string", request(params, replace={
                p.name: element(p.name, TEXT, ' xsi:type="xsd:string"')})
            yield f"{p.name} empty", request(params, replace={p.name: element(p.name, "")})
            yield f"{p.name} split by a comment", request(params, replace={
                p.name: "<!-- before -->" + element(p.name, "ab<!-- note -->cd")})
            break
    for p in params:
        if scalar_letter(p) == "N" and p.integer:
            yield f"{p.name} typed xsd:integer", request(params, replace={
                p.name: element(p.name, "+3", ' xsi:type="xsd:integer"')})
        if scalar_letter(p) == "N" and not p.integer:
            yield f"{p.name} in exponent form", request(params, replace={p.name: element(p.name, "1.5E2")})
        if scalar_letter(p) == "D":
            yield f"{p.name} with a time zone", request(params, replace={p.name: element(p.name, "2026-03-01Z")})
    for p in params:
        if isinstance(p.kind, View):
            arrays = [f for f in p.kind.fields if isinstance(f.kind, ArrayOf)]
            if arrays:
                a = arrays[0]
                inner = "".join(element(f.name, "" if f is a else sample(f.kind, f.integer, 1)) for f in p.kind.fields)
                yield f"{p.name}.{a.name} empty", request(params, replace={p.name: element(p.name, inner)})


def invalid_cases(op):
    params = op.params
    yield "an unknown operation", None
    required = [p for p in params if p.required]
    if required:
        yield f"{required[0].name} missing", request(params, skip={required[0].name})
        yield f"{required[0].name} nil", request(params, replace={required[0].name: element(
            required[0].name, "", ' xsi:nil="true"')})
    yield "an unknown element", request(params, extra=element("BOGUS", "1"))
    if params:
        first = params[0]
        yield f"{first.name} without namespace", request(params, replace={
            first.name: f"<{first.name}>{sample(first.kind, first.integer)}</{first.name}>"})
        yield f"{first.name} twice", request(params, replace={
            first.name: element(first.name, sample(first.kind, first.integer)) * 2})
        yield f"{first.name} with an attribute", request(params, replace={
            first.name: element(first.name, sample(first.kind, first.integer), ' other="1"')})
    if len(params) >= 2:
        a, b = params[0], params[1]
        yield f"{b.name} before {a.name}", request(params, replace={
            a.name: element(b.name, sample(b.kind, b.integer)), b.name: element(a.name, sample(a.kind, a.integer))})
    for p in params:
        letter = scalar_letter(p)
        if letter in ("N", "D", "L"):
            yield f"{p.name} not a {letter}", request(params, replace={p.name: element(p.name, "abc")})
        if letter == "N" and p.integer:
            yield f"{p.name} a float", request(params, replace={p.name: element(p.name, "1.5")})
            yield f"{p.name} typed xsd:string", request(params, replace={
                p.name: element(p.name, "3", ' xsi:type="xsd:string"')})
        if letter == "D":
            yield f"{p.name} not a day", request(params, replace={p.name: element(p.name, "2026-02-30")})
        if letter == "C":
            yield f"{p.name} holding an element", request(params, replace={p.name: element(p.name, "<t:X/>")})
    for p in params:
        if isinstance(p.kind, View):
            yield f"{p.name} with text", request(params, replace={
                p.name: element(p.name, "text" + sample(p.kind, False))})
            yield f"{p.name} with an unknown field", request(params, replace={
                p.name: element(p.name, sample(p.kind, False) + element("BOGUS", "1"))})
            for path in list(fields_within(p.kind, lambda f: f.kind in ("N", "D", "L")))[:3]:
                yield f"{p.name}.{'.'.join(path)} not of its kind", nested(params, p, path, "abc")
            for path in list(fields_within(p.kind, lambda f: f.required))[:2]:
                yield f"{p.name}.{'.'.join(path)} missing", nested(params, p, path, None)
            yield f"{p.name} typed as another structure", request(params, replace={
                p.name: element(p.name, sample(p.kind, False), ' xsi:type="t:NOSUCHVIEW"')})


def lenient_cases(op):
    """(name, request, the request that means the same to us) where spyne faults and we accept."""
    params = op.params
    for p in params:
        letter = scalar_letter(p)
        if not p.required and letter in ("N", "D", "L"):
            yield f"{p.name} empty", request(params, replace={p.name: element(p.name, "")}), request(
                params, skip={p.name})
        if letter == "N" and p.integer:
            yield f"{p.name} typed xsd:int", request(params, replace={
                p.name: element(p.name, "3", ' xsi:type="xsd:int"')}), request(params, replace={
                    p.name: element(p.name, "3")})
        if letter == "C":
            yield f"{p.name} typed xsd:token", request(params, replace={
                p.name: element(p.name, "abc", ' xsi:type="xsd:token"')}), request(params, replace={
                    p.name: element(p.name, "abc")})
    for p in params:
        if isinstance(p.kind, View):
            for path in list(fields_within(p.kind, lambda f: not f.required and f.kind in ("N", "D", "L")))[:3]:
                yield f"{p.name}.{'.'.join(path)} empty", nested(params, p, path, ""), nested(params, p, path, None)


def stricter_cases(op):
    """(name, request, the element the fault must name) where spyne accepts and we refuse."""
    params = op.params
    for p in params:
        if scalar_letter(p) == "N":
            for text in (("NaN", "INF", "-INF") if not p.integer else ()) + ("1000000000000000000000",):
                yield f"{p.name} {text}", request(params, replace={p.name: element(p.name, text)}), p.name
    sized = _sized(op)
    for p in params:
        if isinstance(p.kind, View):
            for path in list(fields_within(p.kind, lambda f: f.kind == "N"))[:4]:
                integer = _field_at(p.kind, path).integer
                text = ("1" if path[-1] in sized else "10") + "0" * 15 + ("" if integer else ".5")
                yield f"{p.name}.{'.'.join(path)} {text}", nested(params, p, path, text), path[-1]
                if not integer:
                    yield f"{p.name}.{'.'.join(path)} NaN", nested(params, p, path, "NaN"), path[-1]


def _field_at(kind, path):
    for name in path:
        if isinstance(kind, ArrayOf):
            kind = kind.item
            continue
        found = kind.field(name)
        kind = found.kind
    return found


def _sized(op) -> set[str]:
    from soap.decoder import number_sizes

    return set(number_sizes(op.field_names))


# --- the tests -------------------------------------------------------------------------------


@pytest.mark.parametrize("service, op", OPERATIONS, ids=[f"{s.name}.{o.name}" for s, o in OPERATIONS])
def test_both_decoders_agree_on_every_operation(service, op):
    both = side(service)
    checked = 0
    for name, inner in valid_cases(op):
        body = both.envelope(op.name, inner)
        theirs, ours = both.by_spyne(body), both.by_us(body)
        assert theirs[0] == "ok", (name, theirs)
        assert ours == theirs, name
        checked += 1
    for name, inner in invalid_cases(op):
        body = both.envelope("NOSUCHOPERATION" if inner is None else op.name, inner or "")
        theirs, ours = both.by_spyne(body), both.by_us(body)
        assert theirs[0] == "fault" and theirs[1].startswith("Client"), (name, theirs)
        assert ours[:2] == ("fault", faults.CLIENT), (name, ours)
        checked += 1
    assert checked >= 4


@pytest.mark.parametrize("service, op", OPERATIONS, ids=[f"{s.name}.{o.name}" for s, o in OPERATIONS])
def test_where_we_differ_on_purpose(service, op):
    both = side(service)
    for name, inner, meaning in lenient_cases(op):
        body = both.envelope(op.name, inner)
        assert both.by_spyne(body)[0] == "fault", (name, "spyne accepts it: no leniency to test")
        ours, same = both.by_us(body), both.by_spyne(both.envelope(op.name, meaning))
        assert same[0] == "ok" and ours == same, name
    for name, inner, field in stricter_cases(op):
        body = both.envelope(op.name, inner)
        assert both.by_spyne(body)[0] == "ok", (name, both.by_spyne(body))
        ours = both.by_us(body)
        assert ours[:2] == ("fault", faults.CLIENT) and field in ours[2], (name, ours)


def test_a_fault_names_the_first_offending_element():
    products = side(next(s for s in ALL if s.name == "MTPRODUCT"))
    cases = {
        "<t:USERCODE>x</t:USERCODE><t:PAGELEN>many</t:PAGELEN>":
            "Element 'PAGELEN': 'many' is not a valid value of the atomic type 'xs:integer'.",
        "<t:USERCODE>x</t:USERCODE><t:BOGUS/><t:PAGELEN>x</t:PAGELEN>":
            "Element 'BOGUS': This element is not expected. Expected is one of ( TYPEOFPRODUCTIN, GROUPOFPRODUCTIN, "
            "PRODUCTCODELIKE, DESCRIPTIONLIKE, PAGELEN, PAGEFIRST, QUERYADDWHERE, INDEXKEY, CUSTOMERID ).",
        "<USERCODE>x</USERCODE>":
            "Element 'USERCODE' in namespace '': This element is not expected. Expected is "
            "( {http://webservices.microsiga.com.br/mtproduct.apw}USERCODE ).",
        "<t:PAGELEN>1</t:PAGELEN>": "Element 'PAGELEN': This element is not expected. Expected is ( USERCODE ).",
        "": "Element 'GETCATALOG': Missing child element(s). Expected is ( USERCODE ).",
        '<t:USERCODE>x</t:USERCODE><t:PAGELEN xsi:type="xsd:string">1</t:PAGELEN>':
            "Element 'PAGELEN': The type definition 'xs:string', specified by xsi:type, is blocked or not validly "
            "derived from the type definition of the element declaration.",
        '<t:USERCODE>x</t:USERCODE><t:PAGELEN xsi:type="xsd:int">3000000000</t:PAGELEN>':
            "Element 'PAGELEN': '3000000000' is not a valid value of the atomic type 'xs:int'.",
        '<t:USERCODE xsi:nil="true"/>': "Element 'USERCODE': The element is not 'nillable'.",
    }
    for inner, detail in cases.items():
        assert products.by_us(products.envelope("GETCATALOG", inner)) == ("fault", faults.CLIENT, detail), inner


def test_numbers_take_the_size_of_the_column_they_fill():
    orders = side(next(s for s in ALL if s.name == "MTCUSTOMERSALESORDER"))
    item = "<t:ORDERITEM>01</t:ORDERITEM><t:PRODUCTID>PA0002</t:PRODUCTID><t:QUANTITY>{}</t:QUANTITY>"
    order = ("<t:USERCODE>x</t:USERCODE><t:CUSTOMERID>00000101</t:CUSTOMERID><t:SALESORDER><t:SOHEADER>"
             "<t:CUSTOMERCODE>000001</t:CUSTOMERCODE><t:CUSTOMERUNIT>01</t:CUSTOMERUNIT></t:SOHEADER><t:SOITEM>"
             "<t:SALESORDERITEMVIEW>" + item + "</t:SALESORDERITEMVIEW></t:SOITEM></t:SALESORDER>")
    fits = orders.by_us(orders.envelope("PUTSALESORDER", order.format("999999.99")))
    assert fits[0] == "ok" and fits[1]["SALESORDER"]["SOITEM"][0]["QUANTITY"] == Decimal("999999.99")
    for text, shown in (("1000000", "1000000"), ("999999.996", "999999.996"), ("9999999999", "9999999999"),
                        ("NaN", "NaN"), ("-INF", "-INF")):
        assert orders.by_us(orders.envelope("PUTSALESORDER", order.format(text))) == (
            "fault", faults.CLIENT, f"Invalid value for QUANTITY: {shown}"), text
