"""Structures every service shares (docs/CONTRACT.md, section 5)."""
from views.fields import ArrayOf, View, C, N, L, options

GENERICSTRUCT = View("GENERICSTRUCT", (
    C("CODE", 20, "Código", "Código", "Code"),
    C("DESCRIPTION", 60, "Descripción", "Descrição", "Description"),
    N("VALUE", 16, 4, "Valor", "Valor", "Value"),
))

BRWHEADER = View("BRWHEADER", (
    C("HEADERCOMBOBOX", 250, "Opciones", "Opções", "Options"),
    N("HEADERDEC", 2, 0, "Decimales", "Decimais", "Decimals", integer=True, required=True),
    C("HEADERFIELD", 30, "Campo", "Campo", "Field", required=True),
    L("HEADEROBLIG", "Obligatorio", "Obrigatório", "Required"),
    C("HEADERPICTURE", 40, "Máscara", "Máscara", "Picture", required=True),
    N("HEADERSIZE", 4, 0, "Tamaño", "Tamanho", "Size", integer=True, required=True),
    C("HEADERTITLE", 40, "Título", "Título", "Title", required=True),
    C("HEADERTYPE", 1, "Tipo", "Tipo", "Type", required=True),
))

USERFIELD = View("USERFIELD", (
    C("USERNAME", 10, "Campo", "Campo", "Field"),
    C("USERTYPE", 1, "Tipo", "Tipo", "Type"),
    N("USERSIZE", 4, 0, "Tamaño", "Tamanho", "Size", integer=True),
    N("USERDEC", 2, 0, "Decimales", "Decimais", "Decimals", integer=True),
    L("USEROBLIG", "Obligatorio", "Obrigatório", "Required"),
    C("USERPICTURE", 40, "Máscara", "Máscara", "Picture"),
    C("USERTAG", 250, "Contenido", "Conteúdo", "Content"),
    C("USERTITLE", 40, "Título", "Título", "Title"),
    C("USERCOMBOBOX", 250, "Opciones", "Opções", "Options"),
    C("USERF3", 6, "Consulta", "Consulta", "Lookup"),
))

ADDRESSVIEW = View("ADDRESSVIEW", (
    C("ADDRESS", 40, "Dirección", "Endereço", "Address"),
    C("ADDRESSNUMBER", 6, "Número", "Número", "Number"),
    C("DISTRICT", 30, "Barrio", "Bairro", "District"),
    C("STATE", 2, "Estado", "Estado", "State"),
    C("TYPEOFADDRESS", 1, "Tipo de dirección", "Tipo de endereço", "Type of address",
      combobox=options(("1", "Principal", "Principal", "Main"), ("2", "Cobranza", "Cobrança", "Billing"),
                       ("3", "Entrega", "Entrega", "Delivery"))),
    C("ZIPCODE", 8, "Código postal", "CEP", "Zip code"),
    C("ZONE", 30, "Municipio", "Município", "City"),
))

PHONEVIEW = View("PHONEVIEW", (
    C("COUNTRYAREACODE", 6, "DDI", "DDI", "Country code"),
    C("LOCALAREACODE", 3, "DDD", "DDD", "Area code"),
    C("PHONENUMBER", 15, "Teléfono", "Telefone", "Phone"),
    C("TYPEOFPHONE", 1, "Tipo de teléfono", "Tipo de telefone", "Type of phone",
      combobox=options(("1", "Comercial", "Comercial", "Business"), ("2", "Fax", "Fax", "Fax"),
                       ("3", "Celular", "Celular", "Mobile"))),
))

ARRAYOFGENERICSTRUCT = ArrayOf(GENERICSTRUCT)
ARRAYOFBRWHEADER = ArrayOf(BRWHEADER)
ARRAYOFUSERFIELD = ArrayOf(USERFIELD)
ARRAYOFADDRESSVIEW = ArrayOf(ADDRESSVIEW)
ARRAYOFPHONEVIEW = ArrayOf(PHONEVIEW)
ARRAYOFSTRING = ArrayOf("STRING")




# --- plain values <-> the shared structures ----------------------------------------------------


def address_view(address) -> dict:
    """An ADDRESSVIEW from a model Address."""
    return {"ADDRESS": address.street, "ADDRESSNUMBER": address.number, "DISTRICT": address.district,
            "STATE": address.state, "TYPEOFADDRESS": address.kind, "ZIPCODE": address.zip_code, "ZONE": address.city}


def phone_view(phone) -> dict:
    """A PHONEVIEW from a model Phone."""
    return {"COUNTRYAREACODE": phone.country_code, "LOCALAREACODE": phone.area_code, "PHONENUMBER": phone.number,
            "TYPEOFPHONE": phone.kind}
