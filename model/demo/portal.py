"""The demo's portal side: system user, portal users, their customers and rights, the registered
web services, the portals and the customer portal's menu."""
from __future__ import annotations

from sqlalchemy.orm import Session

from model.passwords import hash_password
from model.tables import AI3, AI4, AI6, AI7, AI8, AI9, SYS_USR

# (kind, login, password): demo-only, the server warns at start while they still work.
DEMO_CREDENTIALS = [("system", "wsadmin", "wsadmin"), ("portal", "cliente01", "cliente01"),
                    ("portal", "cliente02", "cliente02")]

# Web service -> description (AI7). Every service of the customer portal.
WEB_SERVICES = {
    "USERPORTAL": "Portal: acceso y usuarios",
    "MTPRODUCT": "Productos",
    "MTGROUPOFPRODUCT": "Grupos de productos",
    "MTCUSTOMER": "Clientes",
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
}

PORTALS = [
    ("000001", "Portal del Cliente", "Portal do Cliente", "Customer Portal"),
    ("000002", "Portal del Proveedor", "Portal do Fornecedor", "Supplier Portal"),
    ("000003", "Portal del Vendedor", "Portal do Vendedor", "Seller Portal"),
]

# The customer portal's menu: (code, parent, order, es, pt, en, web service, procedure call).
CUSTOMER_MENU = [
    ("000100", "", "001", "CRM", "CRM", "CRM", "", ""),
    ("000101", "000100", "001", "Catálogo de productos", "Catálogo de produtos", "Product catalog", "MTPRODUCT", "W_PWSC010.APW"),
    ("000102", "000100", "002", "Información del cliente", "Informações do cliente", "Customer information", "MTCUSTOMER", "W_PWSC020.APW"),
    ("000103", "000100", "003", "Contactos", "Contatos", "Contacts", "MTCUSTOMER", "W_PWSC021.APW"),
    ("000104", "000100", "004", "Vendedor", "Vendedor", "Sales representative", "MTCUSTOMERSELLER", "W_PWSC030.APW"),
    ("000105", "000100", "005", "Tareas", "Tarefas", "Tasks", "FTCUSTOMERTASK", "W_PWSC040.APW"),
    ("000200", "", "002", "Ventas y distribución", "Vendas e distribuição", "Sales and distribution", "", ""),
    ("000201", "000200", "001", "Pedidos de venta", "Pedidos de venda", "Sales orders", "MTCUSTOMERSALESORDER", "W_PWSC100.APW"),
    ("000202", "000200", "002", "Presupuestos", "Orçamentos", "Quotes", "MTCUSTOMERBUDGET", "W_PWSC110.APW"),
    ("000203", "000200", "003", "Seguimiento de pedidos", "Acompanhamento de pedidos", "Order tracking", "MTCUSTOMERSALESORDER", "W_PWSC120.APW"),
    ("000204", "000200", "004", "Estadísticas de ventas", "Estatísticas de vendas", "Sales statistics", "FTCUSTOMERSALESSUMMARY", "W_PWSC130.APW"),
    ("000205", "000200", "005", "Documentos fiscales", "Documentos fiscais", "Fiscal documents", "MTCUSTOMERINVOICE", "W_PWSC140.APW"),
    ("000300", "", "003", "Financiera", "Financeiro", "Finance", "", ""),
    ("000301", "000300", "001", "Títulos en abierto", "Títulos em aberto", "Open bills", "FINANCECUSTOMERBILL", "W_PWSC200.APW"),
    ("000302", "000300", "002", "Títulos pagados", "Títulos pagos", "Paid bills", "FINANCECUSTOMERBILL", "W_PWSC210.APW"),
    ("000303", "000300", "003", "Notas de crédito", "Notas de crédito", "Credit notes", "FINANCECUSTOMERBILL", "W_PWSC220.APW"),
    ("000304", "000300", "004", "Ficha de registro", "Ficha cadastral", "Registration form", "FINANCECUSTOMERREGFORM", "W_PWSC230.APW"),
    ("000305", "000300", "005", "Ficha de crédito", "Ficha de crédito", "Credit form", "FINANCECUSTOMERREGFORM", "W_PWSC240.APW"),
    ("000400", "", "004", "Industrialización", "Industrialização", "Industrialization", "", ""),
    ("000401", "000400", "001", "Catálogo del cliente", "Catálogo do cliente", "Customer catalog", "MTCUSTOMERPRODUCT", "W_PWSC300.APW"),
    ("000402", "000400", "002", "Órdenes de producción", "Ordens de produção", "Production orders", "MTCUSTOMERPRODUCTIONORDER", "W_PWSC310.APW"),
    ("000500", "", "005", "Mantenimiento de usuario", "Manutenção de usuário", "User maintenance", "", ""),
    ("000501", "000500", "001", "Datos del usuario", "Dados do usuário", "User data", "USERPORTAL", "W_PWSX010.APW"),
    ("000502", "000500", "002", "Cambiar contraseña", "Alterar senha", "Change password", "USERPORTAL", "W_PWSX020.APW"),
]

CUSTOMER_PORTAL_SERVICES = [name for name in WEB_SERVICES if name != "USERPORTAL"]

# code, login, password, name, email, admin, customers (A1_COD, A1_LOJA), rights
PORTAL_USERS = [
    ("000001", "cliente01", "cliente01", "Ferretería El Tornillo - Compras", "compras@eltornillo.example", "1",
     [("000001", "01"), ("000001", "02")], CUSTOMER_PORTAL_SERVICES),
    ("000002", "cliente02", "cliente02", "Pinturerías Color - Administración", "admin@color.example", "",
     [("000002", "01")], [s for s in CUSTOMER_PORTAL_SERVICES if s != "MTCUSTOMERPRODUCTIONORDER"]),
]


def load_portal(session: Session) -> None:
    session.add(SYS_USR(USR_ID="000001", USR_CODIGO="wsadmin", USR_PSW=hash_password("wsadmin"),
                        USR_NOME="Web services (demo)", USR_MSBLQL="2"))
    for name, description in WEB_SERVICES.items():
        session.add(AI7(AI7_WEBSRV=name, AI7_DESCRI=description))
    for code, es, pt, en in PORTALS:
        session.add(AI9(AI9_PORTAL=code, AI9_DESCRI=pt, AI9_DESSPA=es, AI9_DESENG=en))
    for code, parent, order, es, pt, en, service, procedure in CUSTOMER_MENU:
        session.add(AI8(AI8_PORTAL="000001", AI8_CODMNU=code, AI8_CODPAI=parent, AI8_ORDEM=order, AI8_TXTSPA=es,
                        AI8_TEXTO=pt, AI8_TXTENG=en, AI8_WEBSRV=service, AI8_ROTINA=procedure))
    for code, login, password, name, email, admin, customers, rights in PORTAL_USERS:
        session.add(AI3(AI3_CODUSU=code, AI3_LOGIN=login, AI3_PSW=hash_password(password), AI3_NOME=name,
                        AI3_EMAIL=email, AI3_ADMIN=admin, AI3_SKIN="default", AI3_PORTAL="000001"))
        for customer, store in customers:
            session.add(AI4(AI4_CODUSU=code, AI4_CODCLI=customer, AI4_LOJCLI=store))
        for service in rights:
            session.add(AI6(AI6_CODUSU=code, AI6_WEBSRV=service))
