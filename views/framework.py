"""The grids of the framework services and the USERFIELD structure.

CFGDICTIONARY.GETHEADER describes the GENERICSTRUCTs of GETINDEX and CFGSTANDARDTABLES.GETHEADER
those of GETSTANDARDTABLE: two fixed columns each, as Protheus writes them (GETINDEX's CODE is
the index's description and DESCRIPTION its key, whatever the titles say).
"""
from __future__ import annotations

from views.headers import C, Grid

INDEXES = Grid("GENERICSTRUCT", (
    C("CODE", 6, "Orden", "Ordem", "Order"),
    C("DESCRIPTION", 30, "Clave", "Chave", "Key"),
))

STANDARD_TABLE = Grid("GENERICSTRUCT", (
    C("CODE", 6, "Código", "Codigo", "Code"),
    C("DESCRIPTION", 30, "Descripción", "Descricao", "Description"),
))


def user_field_view(field, lang: str, tag: str = "") -> dict:
    """A USERFIELD: the field's definition, and ``tag`` its value in a record (empty in
    GETUSERFIELD's definitions)."""
    return {"USERCOMBOBOX": field.combobox(lang), "USERDEC": field.decimals, "USERF3": field.f3,
            "USERNAME": field.name, "USEROBLIG": field.required, "USERPICTURE": field.picture,
            "USERSIZE": field.size, "USERTAG": tag, "USERTITLE": field.title(lang), "USERTYPE": field.type}


class UserFieldViews:
    """The USERFIELDS of a list of records, from :func:`model.user_fields.values`: ``of(row)``
    is the list for one record (empty when its table has no user fields)."""

    def __init__(self, values: dict, lang: str):
        self._values, self._lang = values, lang

    def of(self, record) -> list[dict]:
        return [user_field_view(field, self._lang, tag) for field, tag in self._values.get(record.R_E_C_N_O_, ())]
