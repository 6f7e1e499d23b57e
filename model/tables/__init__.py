"""The Protheus tables the portal reads and writes, with Protheus' own field names and sizes, one
module per area; every table is importable from here (``from model.tables import SC5``).

Every column is a field of the real Protheus data dictionary (SX3), with its type, size (which
counts the decimal point of a number) and decimals; ``model/dictionary/`` keeps the dictionary's
facts and a test checks these declarations against them. What the server needs that the standard
dictionary has no place for lives in tables of its own, named Z* (as Protheus reserves Z* for
tables a customer adds). The base class adds the branch column, ``D_E_L_E_T_``, ``R_E_C_N_O_``
and ``R_E_C_D_E_L_`` to every table.
"""

from model.tables.crm import AC8, AD8, SA1, SA3, SA4, SQ0, SQB, SU5, SUM, SYP
from model.tables.finance import SE1, SE5, SM2
from model.tables.fiscal import SD1, SD2, SF1, SF2, SYS_COMPANY
from model.tables.framework import SX3
from model.tables.own import SYS_USR, ZAR, ZAU, ZIM, ZLK, ZSX, ZUS, ZWS
from model.tables.portal import AI3, AI4, AI6, AI7, AI8, AI9
from model.tables.production import SBC, SC2, SD3, SD4
from model.tables.products import ACO, ACP, DA0, DA1, SA7, SAH, SB1, SB2, SB5, SB6, SBM, SE4, SF4, SX5, SX6
from model.tables.sales import SC5, SC6, SC9, SCJ, SCK

__all__ = [
    "AC8",
    "ACO",
    "ACP",
    "AD8",
    "AI3",
    "AI4",
    "AI6",
    "AI7",
    "AI8",
    "AI9",
    "DA0",
    "DA1",
    "SA1",
    "SA3",
    "SA4",
    "SA7",
    "SAH",
    "SB1",
    "SB2",
    "SB5",
    "SB6",
    "SBC",
    "SBM",
    "SC2",
    "SC5",
    "SC6",
    "SC9",
    "SCJ",
    "SCK",
    "SD1",
    "SD2",
    "SD3",
    "SD4",
    "SE1",
    "SE4",
    "SE5",
    "SF1",
    "SF2",
    "SF4",
    "SM2",
    "SQ0",
    "SQB",
    "SU5",
    "SUM",
    "SX3",
    "SX5",
    "SX6",
    "SYP",
    "SYS_COMPANY",
    "SYS_USR",
    "ZAR",
    "ZAU",
    "ZIM",
    "ZLK",
    "ZSX",
    "ZUS",
    "ZWS",
]
