"""Federal tax ids and Brazilian state registrations, as CFGVALIDATION checks them.

The check-digit arithmetic of the national tax ids belongs to python-stdnum; that of the
inscrição estadual (IE) of each Brazilian state to :mod:`model.state_registrations`, written
from each SEFAZ's public rules. This module maps Protheus' country and state codes onto them
and adds a few decisions of our own, each one marked "Our decision" below.
"""
from __future__ import annotations

import re
from importlib import import_module

from model import standard_tables, state_registrations

# Dots, dashes, slashes and white space are formatting, never part of a number.
_SEPARATORS = re.compile(r"[.\-/\s]")

# Protheus country code -> the python-stdnum modules whose numbers are a federal tax id there.
# A number is valid when any of them accepts it. Countries not listed (BOL, for one: stdnum
# has no module for it) have no rule.
_FEDERAL_ID_MODULES = {
    "BRA": ("br.cpf", "br.cnpj"),               # CPF has 11 digits, CNPJ 14
    "ARG": ("ar.cuit",),
    "CHL": ("cl.rut",),
    "MEX": ("mx.rfc",),                         # stdnum skips the RFC check digit by default
    "COL": ("co.nit",),
    "PER": ("pe.ruc",),
    "URY": ("uy.rut",),
    "PRY": ("py.ruc",),
    "ECU": ("ec.ruc",),
    "VEN": ("ve.rif",),
    "CRI": ("cr.cpj", "cr.cpf", "cr.cr"),       # companies, citizens, residents
    "DOM": ("do.rnc", "do.cedula"),
    "GTM": ("gt.nit",),
    "SLV": ("sv.nit",),
    "CUB": ("cu.ni",),
    "USA": ("us.tin",),                         # SSN, ITIN, EIN, PTIN or ATIN
    "CAN": ("ca.bn",),
    "PRT": ("pt.nif",),
    "ESP": ("es.nif",),                         # DNI, NIE or CIF
}
_FEDERAL_IDS = {country: tuple(import_module(f"stdnum.{name}") for name in names)
                for country, names in _FEDERAL_ID_MODULES.items()}


def _code(value: str | None) -> str:
    """A country or state code without spaces, in capitals."""
    return "".join((value or "").split()).upper()


def _number(value: str | None) -> str:
    """A number without separators, in capitals."""
    return _SEPARATORS.sub("", value or "").upper()


def check_federal_id(country: str, federal_id: str) -> bool | None:
    """True/False when a rule exists for the country, None when none does.

    ``country`` is Protheus' three-letter code (BRA, ARG, CHL...), in any case. Separators
    in the number are ignored; an empty number is False.
    """
    modules = _FEDERAL_IDS.get(_code(country))
    if modules is None:
        return None
    number = _number(federal_id)
    if not number:
        return False
    # Our decision: a CPF or CNPJ of one repeated character (00000000000, 11111111111...) is a
    # placeholder, refused even where the check-digit arithmetic happens to pass.
    if _code(country) == "BRA" and len(set(number)) == 1:
        return False
    return any(module.is_valid(number) for module in modules)


def check_state_id(state: str, state_id: str) -> bool:
    """Brazilian inscrição estadual (IE) of a state (UF).

    "ISENTO" (exempt) is valid in every state; state "EX" (abroad) accepts any non-empty
    value; an unknown state is False. Separators are ignored. In São Paulo a rural producer's
    number starts with "P".
    """
    state, number = _code(state), _number(state_id)
    if not number:
        return False
    if state == "EX":
        return True
    if state not in state_registrations.RULES:
        return False
    if number == "ISENTO":
        return True
    digits = number[1:] if state == "SP" and number.startswith("P") else number
    # Our decision: an IE of zeros only is a placeholder, even where its check digits add up.
    if not digits.strip("0"):
        return False
    return state_registrations.is_valid(state, number)


def check_state_id_of_installation(session, state: str, state_id: str) -> bool | None:
    """CFGVALIDATION's check of a state registration: the rules above for a Brazilian state
    (and ``EX``); None (no rule to apply) for another state the installation lists in its
    table of states (SX5 ``12``, an Argentine province for one) when a number is given; False
    for a state neither knows, and for an empty number."""
    code = _code(state)
    if code in state_registrations.RULES or code == "EX":
        return check_state_id(code, state_id)
    if _number(state_id) and standard_tables.has_entry(session, standard_tables.STATES, code):
        return None
    return False
