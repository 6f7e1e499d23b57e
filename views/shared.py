"""Grids and view helpers several services share: the generic code/description grid, addresses and
phones.

Protheus describes ADDRESSVIEW and PHONEVIEW with the customer's fields whatever the service
(``A1_END``, ``A1_MUN``..., and ``A2_NR_END`` for the number), so they are one grid each here too:
titles, sizes and pictures of those dictionary fields.
"""
from model.addresses import Address, Phone
from views.headers import C, Grid

GENERICSTRUCT = Grid("GENERICSTRUCT", (
    C("CODE", 20, "Código", "Codigo", "Code"),
    C("DESCRIPTION", 20, "Descripción", "Descricao", "Description"),
))

ADDRESSVIEW = Grid("ADDRESSVIEW", (
    C("ADDRESS", 80, "Dirección", "Endereco", "Address"),
    C("ADDRESSNUMBER", 6, "Número", "Numero", "Number", picture=""),
    C("DISTRICT", 60, "Municipio", "Municipio", "City"),
    C("STATE", 2, "Estado", "Estado", "State", f3="12"),
    C("ZIPCODE", 8, "Código postal", "CEP", "Zip code", picture="@R 99999-999"),
    C("ZONE", 40, "Barrio", "Bairro", "District", picture="@S15"),
))

PHONEVIEW = Grid("PHONEVIEW", (
    C("COUNTRYAREACODE", 6, "DDI", "DDI", "Country code", picture="999999", f3="ACJ"),
    C("LOCALAREACODE", 3, "DDD", "DDD", "Area code", picture="999"),
    C("PHONENUMBER", 15, "Teléfono", "Telefone", "Phone", picture="@R 999999999999999"),
))

# --- plain values -> the shared structures --------------------------------------------------------


def address_view(address) -> dict:
    """An ADDRESSVIEW from an :class:`Address` (DISTRICT holds the city, ZONE the
    neighbourhood, as Protheus fills them)."""
    return {"ADDRESS": address.street, "ADDRESSNUMBER": address.number, "DISTRICT": address.district,
            "STATE": address.state, "TYPEOFADDRESS": address.kind, "ZIPCODE": address.zip_code,
            "ZONE": address.zone}


def phone_view(phone) -> dict:
    """A PHONEVIEW from a :class:`Phone`; blank codes are left out, as Protheus
    leaves out a code it reads as zero."""
    return {"COUNTRYAREACODE": phone.country_code or None, "LOCALAREACODE": phone.area_code or None,
            "PHONENUMBER": phone.number, "TYPEOFPHONE": phone.kind}


def code_list(pairs) -> list[dict]:
    """GENERICSTRUCTs from (code, description) pairs."""
    return [{"CODE": code, "DESCRIPTION": description} for code, description in pairs]


def generic_views(pairs) -> list[dict]:
    """GENERICVIEWs from (code, description) pairs (no user fields are defined)."""
    return [{"CODE": code, "DESCRIPTION": description, "USERFIELDS": []} for code, description in pairs]


def from_address_views(views) -> list | None:
    """ADDRESSVIEWs sent by a client -> model Addresses (None when the list was not sent)."""
    if views is None:
        return None
    return [Address(v.get("TYPEOFADDRESS") or "", v.get("ADDRESS") or "", v.get("ADDRESSNUMBER") or "",
                    v.get("DISTRICT") or "", v.get("STATE") or "", v.get("ZIPCODE") or "", v.get("ZONE") or "")
            for v in views]


def from_phone_views(views) -> list | None:
    """PHONEVIEWs sent by a client -> model Phones (None when the list was not sent)."""
    if views is None:
        return None
    return [Phone(v.get("TYPEOFPHONE") or "", v.get("COUNTRYAREACODE") or "", v.get("LOCALAREACODE") or "",
                  v.get("PHONENUMBER") or "") for v in views]
