"""CFGDICTIONARY: what the portal reads of the data dictionary: the indexes a browse orders by,
MV_ parameters, the installation's own fields and the size of a field. Its look-up (SXB), SX1
and release operations are not published (see docs/decisions/framework.md)."""
from model import data_dictionary, parameters, user_fields
from model.errors import PortalError
from soap.service import Service
from views.framework import INDEXES, user_field_view

SERVICE = Service("CFGDICTIONARY", "Diccionario de datos: índices, parámetros y campos")

# What the standard portal asks with USERCODE MSALPHA before anyone has logged in: its login page
# reads MV_ACESSPP, its start MV_LOGSIGA. Only these are answered without a session.
BEFORE_LOGIN = {"MSALPHA": frozenset({"MV_ACESSPP", "MV_LOGSIGA"})}


@SERVICE.operation()
def GETINDEX(call, usercode, table):
    """The indexes of TABLE (an alias: SB1, SC5...) its browse orders by: CODE the index's
    description, DESCRIPTION its key, which the portal sends back as INDEXKEY."""
    call.access(usercode)
    if not (table or "").strip():
        raise PortalError("required", field="TABLE")
    return [{"CODE": index.description, "DESCRIPTION": index.key}
            for index in data_dictionary.indexes(table, call.lang)]


@SERVICE.operation()
def GETPARAM(call, usercode, mvparam, branch):
    """The MV_ parameter's value as text, in the server's language; ``.F.`` when it does not
    exist. BRANCH asks for that branch's own value (else the shared one)."""
    name = (mvparam or "").strip().upper()
    if name not in BEFORE_LOGIN.get((usercode or "").strip(), ()):
        call.access(usercode)
    if not name:
        raise PortalError("required", field="MVPARAM")
    return parameters.as_text(call.session, name, call.lang, branch)


@SERVICE.operation()
def GETUSERFIELD(call, usercode, alias):
    """The installation's own fields of table ALIAS (SX3 rows marked as user fields), their
    definitions only (USERTAG empty); none when it has none."""
    call.access(usercode)
    if not (alias or "").strip():
        raise PortalError("required", field="ALIAS")
    return [user_field_view(field, call.lang) for field in user_fields.definitions(call.session, alias)]


@SERVICE.operation()
def GETSX3FIELDSIZE(call, field):
    """The size (X3_TAMANHO) of FIELD. Open before login: the login page asks AI3_LOGIN's."""
    return data_dictionary.field_size(call.session, field)


SERVICE.header_operation(INDEXES)
