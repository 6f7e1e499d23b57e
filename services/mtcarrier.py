"""MTCARRIER: the carriers an order may name."""
from model import lookups
from soap.service import Service, required
from views import ArrayOf
from views.sales import GENERICVIEW

SERVICE = Service("MTCARRIER", "Transportadoras")


@SERVICE.operation(returns=ArrayOf(GENERICVIEW), USERCODE=required("C"), PAGELEN="I", PAGEFIRST="I", NAMELIKE="C",
                   NICKNAMELIKE="C", QUERYADDWHERE="C", INDEXKEY="C")
def BRWCARRIER(call, usercode, pagelen, pagefirst, namelike, nicknamelike, queryaddwhere, indexkey):
    """Carriers (SA4) by name and nickname, ordered by INDEXKEY (default A4_COD) and paged."""
    call.access(usercode)
    carriers = lookups.carriers(call.session, lambda stmt: call.page(stmt, pagelen, pagefirst), name_like=namelike,
                                nickname_like=nicknamelike, queryaddwhere=queryaddwhere, indexkey=indexkey)
    return [{"CODE": c.A4_COD, "DESCRIPTION": c.A4_NOME} for c in carriers]


SERVICE.header_operation(GENERICVIEW)
