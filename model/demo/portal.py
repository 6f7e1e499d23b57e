"""The demo's portal side: system user, portal users, their customers and rights, the registered
web services, the portals and the customer portal's menu."""
from __future__ import annotations

from sqlalchemy.orm import Session

from model.passwords import hash_password
from model.portal import register_services
from model.tables import AI3, AI4, AI6, AI8, AI9, SYS_USR, ZUS

# (kind, login, password): demo-only, the server warns at start while they still work.
DEMO_CREDENTIALS = [("system", "wsadmin", "wsadmin"), ("portal", "cliente01", "cliente01"),
                    ("portal", "cliente02", "cliente02"), ("portal", "cliente01.norte", "norte0001"),
                    ("portal", "patagonia", "patagonia")]

# Web service -> description (AI7). Every service of the customer portal.
WEB_SERVICES = {
    "USERPORTAL": "Portal: acceso y usuarios",
    "MTPRODUCT": "Productos",
    "MTGROUPOFPRODUCT": "Grupos de productos",
    "MTCUSTOMER": "Clientes",
    "CRMCUSTOMERCONTACT": "Contactos del cliente",
    "MTCUSTOMERSELLER": "Vendedor del cliente",
    "FTCUSTOMERTASK": "Tareas",
    "MTCUSTOMERSALESORDER": "Pedidos de venta",
    "MTCUSTOMERBUDGET": "Presupuestos",
    "FTCUSTOMERSALESSUMMARY": "Estadísticas de ventas",
    "MTCUSTOMERINVOICE": "Documentos fiscales",
    "FINANCECUSTOMERBILL": "Títulos a cobrar",
    "FINANCECUSTOMERREGFORM": "Ficha de registro y crédito",
    "MTCUSTOMERPRODUCT": "Catálogo de industrialización",
    "MTCUSTOMERPRODUCTIONORDER": "Órdenes de producción",
    "MTPAYMENTPLAN": "Condiciones de pago",
    "MTCARRIER": "Transportadoras",
    "MTCURRENCY": "Monedas",
    "MTSIMULATIONSALESORDER": "Cálculo de pedidos de venta",
    "MTSIMULATIONBUDGET": "Cálculo de presupuestos",
    "FINANCEREGFORM": "Ficha de crédito por CUIT",
    "MTPRODUCTIONORDER": "Órdenes de producción (consulta)",
    "USERPRESENTATION": "Presentación del portal",
    "CFGDICTIONARY": "Diccionario de datos",
    "CFGVALIDATION": "Validaciones",
    "CFGSTANDARDTABLES": "Tablas estándar",
}

PORTALS = [
    ("000001", "Portal del Cliente", "Portal do Cliente", "Customer Portal"),
    ("000002", "Portal del Proveedor", "Portal do Fornecedor", "Supplier Portal"),
    ("000003", "Portal del Vendedor", "Portal do Vendedor", "Seller Portal"),
]

# The customer portal's menu: (code, parent, order, es, pt, en, web service, procedure call). The
# procedures are the standard portal's pages (fata240's menu), which this server's portal serves.
CUSTOMER_MENU = [
    ("000100", "", "001", "CRM", "CRM", "CRM", "", ""),
    ("000101", "000100", "001", "Catálogo de productos", "Catálogo de produtos", "Product catalog", "MTPRODUCT", "W_PWSC030.APW"),
    ("000102", "000100", "002", "Información del cliente", "Informações do cliente", "Customer information", "MTCUSTOMER", "W_PWSC040.APW"),
    ("000103", "000100", "003", "Contactos", "Contatos", "Contacts", "CRMCUSTOMERCONTACT", "W_PWSC044.APW"),
    ("000104", "000100", "004", "Vendedor", "Vendedor", "Sales representative", "MTCUSTOMERSELLER", "W_PWSC100.APW"),
    ("000105", "000100", "005", "Tareas", "Tarefas", "Tasks", "FTCUSTOMERTASK", "W_PWSC120.APW"),
    ("000200", "", "002", "Ventas y distribución", "Vendas e distribuição", "Sales and distribution", "", ""),
    ("000201", "000200", "001", "Pedidos de venta", "Pedidos de venda", "Sales orders", "MTCUSTOMERSALESORDER", "W_PWSC050.APW"),
    ("000202", "000200", "002", "Presupuestos", "Orçamentos", "Quotes", "MTCUSTOMERBUDGET", "W_PWSC080.APW"),
    ("000203", "000200", "003", "Seguimiento de pedidos", "Acompanhamento de pedidos", "Order tracking", "MTCUSTOMERSALESORDER", "W_PWSC070.APW"),
    ("000204", "000200", "004", "Estadísticas de ventas", "Estatísticas de vendas", "Sales statistics", "FTCUSTOMERSALESSUMMARY", "W_PWSC060.APW"),
    ("000205", "000200", "005", "Documentos fiscales", "Documentos fiscais", "Fiscal documents", "MTCUSTOMERINVOICE", "W_PWSC110.APW"),
    ("000300", "", "003", "Financiera", "Financeiro", "Finance", "", ""),
    ("000301", "000300", "001", "Títulos en abierto", "Títulos em aberto", "Open bills", "FINANCECUSTOMERBILL", "W_PWSC020.APW"),
    ("000302", "000300", "002", "Títulos pagados", "Títulos pagos", "Paid bills", "FINANCECUSTOMERBILL", "W_PWSC160.APW"),
    ("000303", "000300", "003", "Notas de crédito", "Notas de crédito", "Credit notes", "FINANCECUSTOMERBILL", "W_PWSC170.APW"),
    ("000304", "000300", "004", "Ficha de registro", "Ficha cadastral", "Registration form", "FINANCECUSTOMERREGFORM", "W_PWSC180.APW"),
    ("000305", "000300", "005", "Ficha de crédito", "Ficha de crédito", "Credit form", "FINANCEREGFORM", "W_PWSC150.APW"),
    ("000400", "", "004", "Industrialización", "Industrialização", "Industrialization", "", ""),
    ("000401", "000400", "001", "Catálogo del cliente", "Catálogo do cliente", "Customer catalog", "MTCUSTOMERPRODUCT", "W_PWSC032.APW"),
    ("000402", "000400", "002", "Órdenes de producción", "Ordens de produção", "Production orders", "MTCUSTOMERPRODUCTIONORDER", "W_PWSC140.APW"),
    ("000500", "", "005", "Mantenimiento de usuario", "Manutenção de usuário", "User maintenance", "", ""),
    ("000501", "000500", "001", "Datos del usuario", "Dados do usuário", "User data", "USERPORTAL", "W_PWSX024.APW"),
    ("000502", "000500", "002", "Cambiar contraseña", "Alterar senha", "Change password", "USERPORTAL", "W_PWSX022.APW"),
    ("000503", "000500", "003", "Salir", "Sair", "Log off", "USERPORTAL", "PWSXLOGOUT.APW"),
]

CUSTOMER_PORTAL_SERVICES = [name for name in WEB_SERVICES if name != "USERPORTAL"]
PRODUCTION = {"MTCUSTOMERPRODUCTIONORDER", "MTPRODUCTIONORDER"}

# code, login, password, name, email, role (AI3_ADMIN), its admin (AI3_SUPER), customers
# (A1_COD, A1_LOJA), rights
PORTAL_USERS = [
    ("000001", "cliente01", "cliente01", "El Tornillo - Compras", "compras@eltornillo.example", "1", "",
     [("000001", "01"), ("000001", "02")], CUSTOMER_PORTAL_SERVICES),
    ("000002", "cliente02", "cliente02", "Pinturerías Color - Admin.", "admin@color.example", "2", "",
     [("000002", "01")], [s for s in CUSTOMER_PORTAL_SERVICES if s not in PRODUCTION]),
    ("000003", "cliente01.norte", "norte0001", "El Tornillo - Suc. Norte", "norte@eltornillo.example",
     "2", "000001", [("000001", "02")],
     [s for s in CUSTOMER_PORTAL_SERVICES if s not in PRODUCTION | {"FINANCECUSTOMERREGFORM", "FINANCEREGFORM"}]),
    ("000004", "patagonia", "patagonia", "Patagonia - Compras", "compras01@patagonia.example", "1",
     "", [("000004", store) for store in ("01", "02", "03", "04")],
     [s for s in CUSTOMER_PORTAL_SERVICES if s not in PRODUCTION]),
]


def load_portal(session: Session) -> None:
    session.add(SYS_USR(USR_ID="000001", USR_CODIGO="wsadmin", USR_PSW=hash_password("wsadmin"),
                        USR_NOME="Web services (demo)", USR_MSBLQL="2"))
    # the sellers' own users of the back office, owners of their CRM tasks: no access here
    for code, login, name in (("000002", "juan.perez", "Juan Pérez"), ("000003", "maria.gomez", "María Gómez")):
        session.add(SYS_USR(USR_ID=code, USR_CODIGO=login, USR_PSW="", USR_NOME=name, USR_MSBLQL="1"))
    register_services(session, WEB_SERVICES)
    for code, es, pt, en in PORTALS:
        session.add(AI9(AI9_PORTAL=code, AI9_DESCRI=pt, AI9_DESC_S=es, AI9_DESC_E=en))
    for code, parent, order, es, pt, en, service, procedure in CUSTOMER_MENU:
        session.add(AI8(AI8_PORTAL="000001", AI8_CODMNU=code, AI8_CODPAI=parent, AI8_ORDEM=order, AI8_TEXTOS=es,
                        AI8_TEXTO=pt, AI8_TEXTOE=en, AI8_WEBSRV=service, AI8_ROTINA=procedure))
    for code, login, password, name, email, role, admin, customers, rights in PORTAL_USERS:
        session.add(AI3(AI3_CODUSU=code, AI3_LOGIN=login, AI3_PSW="", AI3_NOME=name, AI3_EMAIL=email,
                        AI3_ADMIN=role, AI3_SUPER=admin, AI3_SKIN="default"))
        session.add(ZUS(ZUS_CODUSU=code, ZUS_HASH=hash_password(password), ZUS_BLOQ=""))
        for customer, store in customers:
            session.add(AI4(AI4_CODUSU=code, AI4_CODCLI=customer, AI4_LOJCLI=store, AI4_SKIN="default"))
        for service in rights:
            session.add(AI6(AI6_CODUSU=code, AI6_WEBSRV=service))
