"""USERPORTAL's grids (PRTHEADER): the menu, the portal user and its entities."""
from views.headers import C, Grid, L, N, options

LOGINMENU = Grid("LOGINMENU", (
    C("CODE", 6, "Código", "Código", "Code"),
    C("DESCRIPTION", 40, "Descripción", "Descrição", "Description"),
    C("SUPERIORCODE", 6, "Código superior", "Código superior", "Superior code"),
    C("WEBSERVICE", 30, "Servicio", "Serviço", "Web service"),
    C("PROCEDURECALL", 60, "Rutina", "Rotina", "Procedure"),
    N("ORDER", 3, 0, "Orden", "Ordem", "Order"),
    L("MENUISBLOCKED", "Bloqueado", "Bloqueado", "Blocked"),
))

LOGINUSERSTRUCT = Grid("LOGINUSERSTRUCT", (
    C("USERCODE", 6, "Código de usuario", "Código do usuário", "User code"),
    C("USERLOGIN", 25, "Usuario", "Usuário", "Login", required=True),
    C("USERPASSWORD", 25, "Contraseña", "Senha", "Password", picture="@*"),
    C("USERNAME", 40, "Nombre", "Nome", "Name", required=True),
    N("USERROLES", 1, 0, "Perfil", "Perfil", "Role",
      combobox=options(("1", "Administrador", "Administrador", "Administrator"), ("2", "Usuario", "Usuário", "User"),
                       ("3", "Grupo", "Grupo", "Group"))),
    C("USERGROUP", 6, "Grupo", "Grupo", "Group"),
    C("USERSKIN", 20, "Apariencia", "Aparência", "Skin"),
    C("USEREMAIL", 60, "E-mail", "E-mail", "E-mail", picture=""),
))

LOGINENTIRYSTRUCT = Grid("LOGINENTIRYSTRUCT", (
    C("ENTIRY", 3, "Entidad", "Entidade", "Entity"),
    C("ID_ENTIRY", 8, "Cliente/Tienda", "Cliente/Loja", "Customer/Store"),
    C("NICKNAME", 20, "Nombre reducido", "Nome reduzido", "Nickname"),
    C("NAME", 40, "Razón social", "Razão social", "Name"),
    C("FEDERALID", 14, "RCPJ/RCPF", "CNPJ/CPF", "Tax id"),
    C("SKIN", 20, "Apariencia", "Aparência", "Skin"),
))

LOGINACCESSESSTRUCT = Grid("LOGINACCESSESSTRUCT", (
    C("WEBSRV", 30, "Servicio", "Serviço", "Web service"),
    C("NAME", 60, "Descripción", "Descrição", "Description"),
))

# The fixed titles a login answers as USERENTIRIESHEADER and USERACCESSESHEADER (front-ends read
# them by position).
ENTITIES_HEADER = ("ENTIRY", "ID_ENTIRY", "NICKNAME", "NAME", "FEDERALID", "SKIN")
ACCESSES_HEADER = ("WEBSRV", "NAME")
