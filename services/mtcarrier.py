"""MTCARRIER: the carriers an order may name."""
from model import addresses, lookups
from model.errors import PortalError
from soap.service import Service
from views.crm import CARRIERVIEW
from views.shared import ADDRESSVIEW, GENERICSTRUCT, PHONEVIEW, address_view, code_list, generic_views, phone_view

SERVICE = Service("MTCARRIER", "Transportadoras")


def carrier_view(row) -> dict:
    return {
        "ADDRESSES": address_view(lookups.carrier_address(row)), "CARRIERCODE": row.A4_COD, "EMAIL": row.A4_EMAIL,
        "FEDERALID": row.A4_CGC, "HOMEPAGE": row.A4_HPAGE, "MEANSOFTRANSPORTATION": row.A4_VIA, "NAME": row.A4_NOME,
        "NICKNAME": row.A4_NREDUZ, "PHONES": [phone_view(p) for p in lookups.carrier_phones(row)],
        "STATEID": row.A4_INSEST, "USERFIELDS": [],
    }


@SERVICE.operation()
def BRWCARRIER(call, usercode, pagelen, pagefirst, namelike, nicknamelike, queryaddwhere, indexkey):
    """The carriers (SA4) not blocked, by name and nickname, ordered by INDEXKEY (default the
    code) and paged."""
    call.access(usercode)
    carriers = lookups.carriers(call.session, lambda stmt: call.page(stmt, pagelen, pagefirst), name_like=namelike,
                                nickname_like=nicknamelike, queryaddwhere=queryaddwhere, indexkey=indexkey)
    return generic_views((c.A4_COD, c.A4_NOME) for c in carriers)


@SERVICE.operation()
def GETCARRIER(call, usercode, carriercode):
    """One carrier with its address and phone: the company's master data, open to every user who
    holds the right to MTCARRIER."""
    call.access(usercode)
    return carrier_view(lookups.carrier(call.session, carriercode))


@SERVICE.operation(writes=True)
def PUTCARRIER(call, usercode, carriercode, carrier):
    """Refused: a carrier belongs to the company's master data, not to a portal user."""
    call.access(usercode)
    raise PortalError("carrier_read_only")


@SERVICE.operation()
def GETTYPEOFPHONE(call):
    """The kinds of phone of a carrier: 1 commercial, 2 fax."""
    return code_list(addresses.phone_types(lookups.CARRIER_PHONE_TYPES, call.lang))


SERVICE.header_operation(CARRIERVIEW, GENERICSTRUCT, ADDRESSVIEW, PHONEVIEW)
