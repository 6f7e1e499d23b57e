"""USERPORTAL's structures: login, menu, portal user."""
from views.fields import ArrayOf, View, C, N, L, S, options
from views.shared import ARRAYOFGENERICSTRUCT, ARRAYOFSTRING

LOGINENTIRYSTRUCT = View("LOGINENTIRYSTRUCT", (
    C("ENTIRY", 3, "Entidad", "Entidade", "Entity"),
    C("ID_ENTIRY", 8, "Código", "Código", "Code"),
    C("NICKNAME", 20, "Nombre reducido", "Nome reduzido", "Nickname"),
    C("NAME", 40, "Nombre", "Nome", "Name"),
    C("FEDERALID", 14, "RCPJ/RCPF", "CNPJ/CPF", "Tax id"),
    C("SKIN", 20, "Apariencia", "Aparência", "Skin"),
))

LOGINACCESSESSTRUCT = View("LOGINACCESSESSTRUCT", (
    C("WEBSRV", 30, "Servicio", "Serviço", "Web service"),
    C("NAME", 60, "Descripción", "Descrição", "Description"),
))

LOGINSTRUCT = View("LOGINSTRUCT", (
    C("USERCODE", 64, "Código de usuario", "Código do usuário", "User code"),
    C("USERNAME", 40, "Nombre", "Nome", "Name"),
    N("USERROLES", 1, 0, "Perfil", "Perfil", "Role", integer=True, combobox=options(("0", "Usuario", "Usuário", "User"), ("1", "Administrador", "Administrador", "Administrator"))),
    S("USERENTIRIESHEADER", ARRAYOFSTRING),
    S("USERENTIRIES", ArrayOf(LOGINENTIRYSTRUCT)),
    S("USERACCESSESHEADER", ARRAYOFSTRING),
    S("USERACCESSES", ArrayOf(LOGINACCESSESSTRUCT)),
))

LOGINMENU = View("LOGINMENU", (
    C("CODE", 6, "Código", "Código", "Code"),
    C("SUPERIORCODE", 6, "Código superior", "Código superior", "Superior code"),
    C("DESCRIPTION", 40, "Descripción", "Descrição", "Description"),
    C("WEBSERVICE", 30, "Servicio", "Serviço", "Web service"),
    C("PROCEDURECALL", 60, "Rutina", "Rotina", "Procedure"),
    L("MENUISBLOCKED", "Bloqueado", "Bloqueado", "Blocked"),
    C("ORDER", 3, "Orden", "Ordem", "Order"),
))

PORTALUSERVIEW = View("PORTALUSERVIEW", (
    C("LOGIN", 25, "Usuario", "Usuário", "Login"),
    C("NAME", 40, "Nombre", "Nome", "Name"),
    C("EMAIL", 60, "E-mail", "E-mail", "E-mail"),
    C("SKIN", 20, "Apariencia", "Aparência", "Skin"),
    S("RIGHTS", ARRAYOFGENERICSTRUCT),
))
