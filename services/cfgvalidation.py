"""CFGVALIDATION: tax ids and state registrations, checked before a customer or contact is saved."""
from model import messages, tax_ids
from model.errors import PortalError
from soap.service import Service

SERVICE = Service("CFGVALIDATION", "Validaciones: identificación fiscal e inscripción estatal")


@SERVICE.operation()
def CHECKFEDERALID(call, usercode, country, federalid):
    """``FederalID is valid!``, or the fault ``FederalID is not valid!``, by the check digits of
    COUNTRY's tax ids (BRA: CPF or CNPJ; ARG: CUIT...); empty for a country with no rule."""
    call.access(usercode)
    valid = tax_ids.check_federal_id(country, federalid)
    if valid is None:
        return ""
    if not valid:
        raise PortalError("federal_id_invalid")
    return messages.text("federal_id_valid", call.lang)


@SERVICE.operation()
def CHECKSTATEID(call, usercode, state, stateid):
    """``StateID is valid!``, or the fault ``StateID is not valid!``, by the rules of the
    Brazilian STATE (``ISENTO`` valid everywhere, ``EX`` anything); empty for a state of the
    installation's table of states (SX5 12) that has no rule."""
    call.access(usercode)
    valid = tax_ids.check_state_id_of_installation(call.session, state, stateid)
    if valid is None:
        return ""
    if not valid:
        raise PortalError("state_id_invalid")
    return messages.text("state_id_valid", call.lang)
