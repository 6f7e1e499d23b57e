"""CFGSTANDARDTABLES: the generic tables of SX5 (states, product types...), for the portal's
look-ups."""
from model import standard_tables
from soap.service import Service
from views.framework import STANDARD_TABLE
from views.shared import code_list

SERVICE = Service("CFGSTANDARDTABLES", "Tablas estándar (SX5)")


@SERVICE.operation()
def GETSTANDARDTABLE(call, usercode, standardtablecode):
    """The entries of SX5 table STANDARDTABLECODE (``12`` states, ``00`` the list of tables),
    CODE the key and DESCRIPTION its text in the server's language; none for an unknown table."""
    call.access(usercode)
    return code_list(standard_tables.entries(call.session, standardtablecode, call.lang))


SERVICE.header_operation(STANDARD_TABLE)
