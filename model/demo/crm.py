"""The demo's customers, sellers, carriers, contacts (with their positions, departments and groups)
and the sellers' tasks."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from model import memo
from model.demo.common import LOCAL_CURRENCY, days
from model.tables import AC8, AD8, SA1, SA3, SA4, SQ0, SQB, SU5, SUM, ZSX

# A3_COD -> A3_CODUSR: the system user of each seller, owner of its CRM tasks
SELLER_USERS = {"000001": "000002", "000002": "000003"}


def add_sellers_and_carriers(session: Session) -> None:
    session.add_all([
        SA3(A3_COD="000001", A3_NOME="Juan Pérez", A3_NREDUZ="JUAN PEREZ", A3_CGC="20231234560",
            A3_INSCR="901-111222-3", A3_INSCRM="7654321",
            A3_EMAIL="juan.perez@demo.example", A3_HPAGE="www.demo.example", A3_DDI="54", A3_DDDTEL="11",
            A3_TEL="4555-1234", A3_FAX="4555-1235", A3_END="Av. Corrientes, 1850", A3_BAIRRO="San Nicolás",
            A3_MUN="Buenos Aires", A3_EST="CF", A3_CEP="C1045AAN", A3_COMIS=Decimal("2.50"), A3_GEREN="000003",
            A3_CODUSR=SELLER_USERS["000001"], A3_MSBLQL="2"),
        SA3(A3_COD="000002", A3_NOME="María Gómez", A3_NREDUZ="MARIA GOMEZ", A3_CGC="27285555553",
            A3_EMAIL="maria.gomez@demo.example", A3_HPAGE="www.demo.example", A3_DDI="54", A3_DDDTEL="351",
            A3_TEL="422-9876", A3_END="Av. Colón, 720", A3_BAIRRO="Centro", A3_MUN="Córdoba", A3_EST="CB",
            A3_CEP="X5000EPT", A3_COMIS=Decimal("3.00"), A3_SUPER="000001", A3_GEREN="000003",
            A3_CODUSR=SELLER_USERS["000002"], A3_MSBLQL="2"),
        SA3(A3_COD="000003", A3_NOME="Ricardo Sosa", A3_NREDUZ="RICARDO SOSA", A3_CGC="20179999995",
            A3_EMAIL="ricardo.sosa@demo.example", A3_DDI="54", A3_DDDTEL="11", A3_TEL="4555-1200",
            A3_END="Av. Corrientes, 1850", A3_BAIRRO="San Nicolás", A3_MUN="Buenos Aires", A3_EST="CF",
            A3_CEP="C1045AAN", A3_COMIS=Decimal("0.50"), A3_MSBLQL="2"),
        SA4(A4_COD="000001", A4_NOME="Transportes Rápidos SA", A4_NREDUZ="RAPIDOS", A4_VIA="RODOVIARIO",
            A4_CGC="30700111225", A4_INSEST="901-123456-7", A4_HPAGE="www.rapidos.example",
            A4_EMAIL="ventas@rapidos.example", A4_END="Av. General Paz, 10200", A4_BAIRRO="Villa Lugano",
            A4_MUN="Buenos Aires", A4_EST="CF", A4_CEP="C1439AAA", A4_DDI="54", A4_DDD="11", A4_TEL="4601-7000",
            A4_MSBLQL="2"),
        SA4(A4_COD="000002", A4_NOME="Logística del Sur", A4_NREDUZ="LOGISTICA SUR", A4_VIA="RODOVIARIO",
            A4_CGC="30700333449", A4_EMAIL="info@logsur.example", A4_END="Ruta 9 km 695", A4_BAIRRO="Ferreyra",
            A4_MUN="Córdoba", A4_EST="CB", A4_CEP="X5123AAA", A4_DDI="54", A4_DDD="351", A4_TEL="475-1100",
            A4_MSBLQL="2"),
        # no longer used: blocked, so the order form's look-up leaves it out
        SA4(A4_COD="000003", A4_NOME="Fletes Andinos SRL", A4_NREDUZ="FLETES ANDINOS", A4_VIA="RODOVIARIO",
            A4_CGC="30700555662", A4_END="Av. Acceso Este, 3300", A4_BAIRRO="San José", A4_MUN="Guaymallén",
            A4_EST="MZ", A4_CEP="M5519AAA", A4_MSBLQL="1"),
    ])


def add_customers(session: Session, today: dt.date) -> dict[tuple[str, str], SA1]:
    customers = [
        SA1(A1_COD="000001", A1_LOJA="01", A1_NOME="Ferretería El Tornillo SA", A1_NREDUZ="EL TORNILLO",
            A1_PESSOA="J", A1_TIPO="R", A1_CGC="30711222339", A1_INSCR="901-234567-8", A1_INSCRM="1234567",
            A1_PAIS="ARG", A1_EMAIL="compras@eltornillo.example", A1_HPAGE="www.eltornillo.example",
            A1_END="Av. Rivadavia, 4520", A1_BAIRRO="Caballito", A1_MUN="Buenos Aires", A1_EST="CF", A1_CEP="C1424CEE",
            A1_ENDCOB="Av. Rivadavia, 4520", A1_BAIRROC="Caballito", A1_MUNC="Buenos Aires",
            A1_ESTC="CF", A1_CEPC="C1424CEE",
            A1_ENDREC="Av. Directorio, 3850", A1_BAIRROE="P. Avellaneda", A1_MUNE="Buenos Aires",
            A1_ESTE="CF", A1_CEPE="C1407HBL",
            A1_DDI="54", A1_DDD="11", A1_TEL="4902-1234", A1_FAX="4902-1235", A1_VEND="000001",
            A1_TRANSP="000001", A1_LC=Decimal("50000.00"), A1_VENCLC=days(today, 180), A1_RISCO="B",
            A1_TABELA="001", A1_COND="002"),
        SA1(A1_COD="000001", A1_LOJA="02", A1_NOME="Ferretería El Tornillo SA - Suc. Norte",
            A1_NREDUZ="TORNILLO NORTE", A1_PESSOA="J", A1_TIPO="R", A1_CGC="30711222339", A1_INSCR="901-234567-8",
            A1_PAIS="ARG", A1_EMAIL="norte@eltornillo.example", A1_HPAGE="www.eltornillo.example",
            A1_END="Av. Cabildo, 2150", A1_BAIRRO="Belgrano", A1_MUN="Buenos Aires", A1_EST="CF", A1_CEP="C1428AAP",
            A1_ENDCOB="Av. Rivadavia, 4520", A1_BAIRROC="Caballito", A1_MUNC="Buenos Aires",
            A1_ESTC="CF", A1_CEPC="C1424CEE",
            A1_ENDREC="Av. Cabildo, 2150", A1_BAIRROE="Belgrano", A1_MUNE="Buenos Aires", A1_ESTE="CF",
            A1_CEPE="C1428AAP",
            A1_DDI="54", A1_DDD="11", A1_TEL="4781-5566", A1_FAX="", A1_VEND="000001",
            A1_TRANSP="000001", A1_LC=Decimal("2000.00"), A1_VENCLC=days(today, 90), A1_RISCO="C",
            A1_TABELA="002", A1_COND="001"),
        SA1(A1_COD="000002", A1_LOJA="01", A1_NOME="Pinturerías Color SRL", A1_NREDUZ="COLOR",
            A1_PESSOA="J", A1_TIPO="R", A1_CGC="30755666773", A1_INSCR="280-556677-1", A1_PAIS="ARG",
            A1_EMAIL="ventas@color.example", A1_HPAGE="www.color.example",
            A1_END="Bv. San Juan, 845", A1_BAIRRO="Centro", A1_MUN="Córdoba", A1_EST="CB", A1_CEP="X5000ATI",
            A1_ENDCOB="Bv. San Juan, 845", A1_BAIRROC="Centro", A1_MUNC="Córdoba", A1_ESTC="CB", A1_CEPC="X5000ATI",
            A1_ENDREC="Av. Circunvalación, 2800", A1_BAIRROE="Los Boulevares", A1_MUNE="Córdoba",
            A1_ESTE="CB", A1_CEPE="X5022AAA",
            A1_DDI="54", A1_DDD="351", A1_TEL="423-4567", A1_FAX="423-4568", A1_VEND="000002",
            A1_TRANSP="000002", A1_LC=Decimal("100000.00"), A1_VENCLC=days(today, 365), A1_RISCO="A",
            A1_TABELA="001", A1_COND="003"),
        SA1(A1_COD="000003", A1_LOJA="01", A1_NOME="Construcciones Andinas SA", A1_NREDUZ="ANDINAS",
            A1_PESSOA="J", A1_TIPO="F", A1_CGC="30788999009", A1_PAIS="ARG", A1_EMAIL="admin@andinas.example",
            A1_END="Av. San Martín, 1200", A1_BAIRRO="Ciudad", A1_MUN="Mendoza", A1_EST="MZ", A1_CEP="M5500AAN",
            A1_ENDCOB="Av. San Martín, 1200", A1_BAIRROC="Ciudad", A1_MUNC="Mendoza", A1_ESTC="MZ", A1_CEPC="M5500AAN",
            A1_ENDREC="Ruta 40 km 3210", A1_BAIRROE="Luján de Cuyo", A1_MUNE="Mendoza",
            A1_ESTE="MZ", A1_CEPE="M5507AAA",
            A1_DDI="54", A1_DDD="261", A1_TEL="429-1100", A1_FAX="", A1_VEND="000001",
            A1_TRANSP="000002", A1_LC=Decimal("80000.00"), A1_VENCLC=days(today, 120), A1_RISCO="C",
            A1_TABELA="001", A1_COND="003"),
    ]
    for customer in customers:
        customer.A1_MOEDALC = Decimal(LOCAL_CURRENCY)
        customer.A1_MSBLQL = "2"
    session.add_all(customers)
    return {(c.A1_COD, c.A1_LOJA): c for c in customers}


POSITIONS = [("000001", "Jefe de compras"), ("000002", "Administración y pagos"), ("000003", "Gerente comercial"),
             ("000004", "Encargado de depósito"), ("000005", "Logística")]
DEPARTMENTS = [("COMPRAS", "Compras"), ("ADMIN", "Administración"), ("VENTAS", "Ventas"), ("DEPOSITO", "Depósito")]
GROUPS = [("01", "Decisores"), ("02", "Operativos")]

# U5_CODCONT, customer, store, name, CPF/DNI, email, home page, position, department, group; address
# ("street, number", neighbourhood, city, state, zip); area code, office, fax, mobile, home. The
# north store (00000102) has no contacts of its own.
CONTACTS = [
    ("000001", "000001", "01", "Carlos Fernández", "20222333440", "cfernandez@eltornillo.example",
     "www.eltornillo.example", "000001", "COMPRAS", "01",
     ("Av. Rivadavia, 4520", "Caballito", "Buenos Aires", "CF", "C1424CEE"),
     "11", "4902-1240", "4902-1241", "15-5123-4567", "4633-9090"),
    ("000002", "000001", "01", "Laura Martínez", "27333444556", "lmartinez@eltornillo.example", "",
     "000002", "ADMIN", "02", None, "11", "4902-1250", "", "15-5987-6543", ""),
    ("000003", "000002", "01", "Roberto Díaz", "20255666771", "roberto.diaz@color.example", "",
     "000003", "VENTAS", "01", ("Bv. San Juan, 845", "Centro", "Córdoba", "CB", "X5000ATI"),
     "351", "423-4570", "", "351-155-112233", ""),
]


def add_contacts(session: Session) -> None:
    session.add_all(SUM(UM_CARGO=code, UM_DESC=text) for code, text in POSITIONS)
    session.add_all(SQB(QB_DEPTO=code, QB_DESCRIC=text) for code, text in DEPARTMENTS)
    session.add_all(SQ0(Q0_GRUPO=code, Q0_DESCRIC=text) for code, text in GROUPS)
    for (code, customer, store, name, cpf, email, url, position, department, group, address, ddd, office, fax,
         mobile, home) in CONTACTS:
        street, district, city, state, zip_code = address or ("",) * 5
        session.add(SU5(U5_CODCONT=code, U5_CONTAT=name, U5_CPF=cpf, U5_EMAIL=email, U5_URL=url, U5_FUNCAO=position,
                        U5_DEPTO=department, U5_GRUPO=group, U5_END=street, U5_BAIRRO=district, U5_MUN=city,
                        U5_EST=state, U5_CEP=zip_code, U5_CODPAIS="54", U5_DDD=ddd, U5_FCOM1=office, U5_FAX=fax,
                        U5_CELULAR=mobile, U5_FONE=home, U5_CLIENTE=customer, U5_LOJA=store))
        session.add(AC8(AC8_ENTIDA="SA1", AC8_CODENT=customer + store, AC8_CODCON=code))
    session.add(ZSX(ZSX_CHAVE="SU5", ZSX_ULTIMO=max(c[0] for c in CONTACTS)))


# AD8_TAREFA, subject, start / end (days from today), status (1 not started, 2 in progress,
# 3 completed, 4 suspended, 5 closed), priority (1 low, 2 normal, 3 high), owner (a seller, whose
# system user owns the task), customer, store, note. The head office (00000101) has a task in every
# status; two of them (4 and 5) start outside the portal's default period (today .. today + 90),
# and one is about it but is María's, who is not its seller.
TASKS = [
    ("000001", "Visita mensual: stock góndola", -20, -20, "3", "2", "000001", "000001", "01",
     "Se repuso tornillería en góndola 3."),
    ("000002", "Llamar por pedido 000103", -1, 1, "2", "3", "000001", "000001", "01", ""),
    ("000003", "Presentar lista mayorista", 0, 0, "1", "2", "000001", "000001", "02", ""),
    ("000004", "Cobro de cuota vencida", 2, 3, "1", "3", "000001", "000001", "01",
     "Cuota A de la factura 000000102: acordar fecha de pago con administración. Si no hay acuerdo antes del "
     "vencimiento de la cuota B, pasar el caso a cobranzas y avisar al cliente por escrito."),
    ("000005", "Demo de esmaltes nuevos", 10, 10, "4", "1", "000001", "000001", "02", ""),
    ("000006", "Revisión del límite de crédito", 120, 125, "5", "2", "000001", "000001", "01", ""),
    ("000007", "Visita técnica a la pinturería", -5, -5, "3", "2", "000002", "000002", "01", ""),
    ("000008", "Enviar cotización de esmaltes", 3, 4, "1", "3", "000002", "000002", "01", ""),
    ("000009", "Capacitación en pinturas epoxi", -10, -9, "4", "1", "000001", "000001", "01",
     "Suspendida hasta que llegue la resina."),
    ("000010", "Cierre campaña de invierno", 30, 30, "5", "2", "000001", "000001", "01", ""),
    ("000011", "Consulta de María (Tornillo)", 5, 5, "1", "2", "000002", "000001", "01", ""),
]


def add_tasks(session: Session, today: dt.date) -> None:
    for code, subject, start, end, status, priority, seller, customer, store, note in TASKS:
        session.add(AD8(AD8_TAREFA=code, AD8_TOPICO=subject, AD8_DTINI=days(today, start), AD8_DTFIM=days(today, end),
                        AD8_STATUS=status, AD8_PRIOR=priority, AD8_PERC=Decimal({"2": 50, "3": 100}.get(status, 0)),
                        AD8_CODUSR=SELLER_USERS[seller], AD8_CODCLI=customer, AD8_LOJCLI=store,
                        AD8_CODMEM=memo.write(session, "", note, "AD8_MEMO") if note else ""))
    session.add(ZSX(ZSX_CHAVE="AD8", ZSX_ULTIMO=max(t[0] for t in TASKS)))
