"""The demo's framework side: the portal's home page (presentation in three languages, news, the
company's photo and logo), the parameters the portal and the server read, the table of states and
the list of tables (SX5), and a few fields of the company's own (user fields) with their values."""
from __future__ import annotations

import struct

from sqlalchemy import column, table, update
from sqlalchemy.orm import Session

from model import user_fields
from model.demo.products import picture
from model.tables import SA1, SB1, SX3, SX5, SX6, ZAR


def add_framework(session: Session) -> None:
    """Load after the customers, products and orders: the user fields' values go into them."""
    _add_parameters(session)
    _add_files(session)
    _add_standard_tables(session)
    _add_user_fields(session)


# --- parameters (SX6) -------------------------------------------------------------------------

# (name, type, description, Portuguese, Spanish, English; None: as the Portuguese)
PARAMETERS = [
    ("MV_PORTAL1", "C", "Arquivo da apresentacao do portal", "portal_pt.htm", "portal_es.htm", "portal_en.htm"),
    ("MV_PORTAL2", "C", "Imagem da foto da empresa no portal", "empresa.png", None, None),
    ("MV_PORTAL3", "C", "Arquivo das noticias do portal", "noticias.txt", None, None),
    ("MV_PORTAL4", "C", "Logo da empresa (branco: LGRL<empresa>.BMP)", "", None, None),
    ("MV_ACESSPP", "C", "Acesso ao portal RH por e-mail (1 sim)", "2", None, None),
    ("MV_LOGSIGA", "C", "Marca dos textos do portal", "", None, None),
    ("MV_ALTPED", "C", "Altera pedido de venda ja faturado (S/N)", "N", None, None),
    ("MV_RELAUTH", "L", "Servidor de e-mail requer autenticacao", ".F.", None, None),
    ("MV_RELSERV", "C", "Servidor de e-mail (SMTP)", "", None, None),
]
# A parameter with a value of its own in branch 02 (the shared one serves every other branch).
BRANCH_PARAMETERS = [("02", "MV_ALTPED", "C", "Altera pedido de venda ja faturado (S/N)", "S")]


def _parameter(branch: str, name: str, kind: str, description: str, pt: str, es: str | None = None,
               en: str | None = None) -> SX6:
    return SX6(X6_FIL=branch, X6_VAR=name, X6_TIPO=kind, X6_DESCRIC=description, X6_CONTEUD=pt,
               X6_CONTSPA=pt if es is None else es, X6_CONTENG=pt if en is None else en, X6_PROPRI="S")


def _add_parameters(session: Session) -> None:
    session.add_all(_parameter("", *row) for row in PARAMETERS)
    session.add_all(_parameter(*row) for row in BRANCH_PARAMETERS)


# --- files of the RootPath (ZAR): the home page -----------------------------------------------

PRESENTATION = {
    "portal_es.htm": "<h2>Bienvenido al portal de El Proveedor Ferretero</h2>\r\n"
                     "<p>Consulte nuestro catálogo, sus pedidos, presupuestos y cuenta corriente,\r\n"
                     " las 24 horas.</p>\r\n",
    "portal_pt.htm": "<h2>Bem-vindo ao portal de El Proveedor Ferretero</h2>\r\n"
                     "<p>Consulte nosso catálogo, seus pedidos, orçamentos e conta corrente,\r\n"
                     " 24 horas por dia.</p>\r\n",
    "portal_en.htm": "<h2>Welcome to El Proveedor Ferretero's portal</h2>\r\n"
                     "<p>Browse our catalog, your orders, quotes and account,\r\n"
                     " around the clock.</p>\r\n",
}
NEWS = ("Promoción=10% de descuento en toda la línea de pinturas hasta fin de mes\n"
        "Horario=Atendemos de lunes a viernes de 8 a 18 h\n"
        "Nuevo depósito en Córdoba: entregas en 48 h a todo el interior\n")
PHOTO_NAME, LOGO_NAME = "empresa.png", "LGRL01.BMP"


def bitmap(colour: tuple[int, int, int], size: int = 8) -> bytes:
    """A small Windows bitmap of one colour (24 bits, rows padded to 4 bytes)."""
    row = bytes(reversed(colour)) * size
    row += b"\x00" * (-len(row) % 4)
    pixels = row * size
    header = struct.pack("<IiiHHIIiiII", 40, size, size, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(header) + len(pixels), 0, 0, 14 + len(header)) + header + pixels


def _add_files(session: Session) -> None:
    for name, text in PRESENTATION.items():
        session.add(ZAR(ZAR_NOME=name, ZAR_TIPO="text/html", ZAR_CONTEU=text.encode("utf-8")))
    session.add(ZAR(ZAR_NOME="noticias.txt", ZAR_TIPO="text/plain", ZAR_CONTEU=NEWS.encode("utf-8")))
    session.add(ZAR(ZAR_NOME=PHOTO_NAME, ZAR_TIPO="image/png", ZAR_CONTEU=picture((40, 110, 200), 24)))
    # the logo's colour holds the bytes of a line break (13, 10), which Protheus' GETLOGO loses
    session.add(ZAR(ZAR_NOME=LOGO_NAME, ZAR_TIPO="image/bmp", ZAR_CONTEU=bitmap((13, 10, 120))))


# --- generic tables (SX5) ---------------------------------------------------------------------

# Table 12, the demo company's states: the provinces of Argentina, coded so that none is one of
# Brazil's states (whose registration rules CFGVALIDATION applies), and EX, abroad.
STATES = [
    ("CF", "Ciudad de Buenos Aires"), ("BU", "Buenos Aires"), ("CA", "Catamarca"), ("CH", "Chaco"),
    ("CU", "Chubut"), ("CB", "Córdoba"), ("CR", "Corrientes"), ("ER", "Entre Ríos"), ("FO", "Formosa"),
    ("JU", "Jujuy"), ("LP", "La Pampa"), ("LR", "La Rioja"), ("MZ", "Mendoza"), ("MI", "Misiones"),
    ("NQ", "Neuquén"), ("RI", "Río Negro"), ("SA", "Salta"), ("SJ", "San Juan"), ("SL", "San Luis"),
    ("SZ", "Santa Cruz"), ("SF", "Santa Fe"), ("SD", "Santiago del Estero"), ("TF", "Tierra del Fuego"),
    ("TU", "Tucumán"),
]
ABROAD = ("EX", "Extranjero", "Exterior", "Abroad")
# Table 00: the generic tables (X5_CHAVE, Spanish, Portuguese, English)
TABLES = [
    ("00", "Tablas genéricas", "Tabelas genéricas", "Generic tables"),
    ("02", "Tipos de producto", "Tipos de produto", "Product types"),
    ("12", "Provincias", "Estados", "States"),
]


def _add_standard_tables(session: Session) -> None:
    rows = [("00", *entry) for entry in TABLES]
    rows += [("12", code, name, name, name) for code, name in STATES] + [("12", *ABROAD)]
    session.add_all(SX5(X5_TABELA=table_code, X5_CHAVE=key, X5_DESCSPA=es, X5_DESCRI=pt, X5_DESCENG=en)
                    for table_code, key, es, pt, en in rows)


# --- the company's own fields (SX3 rows marked U, and their columns) -----------------------------

SEGMENTS = ("1=Ferretería;2=Pinturería;3=Construcción", "1=Ferragens;2=Tintas;3=Construção",
            "1=Hardware;2=Paint;3=Construction")
# alias, order, name, type, size, decimals, (es, pt, en) title, picture, F3, options, required
USER_FIELDS = [
    ("SA1", "90", "A1_XSEGMEN", "C", 1, 0, ("Segmento", "Segmento", "Segment"), "@!", "", SEGMENTS, True),
    ("SA1", "91", "A1_XCOMPRA", "C", 40, 0, ("Resp.compras", "Resp.compras", "Purchasing"), "@!", "", None, False),
    ("SB1", "90", "B1_XMARCA", "C", 20, 0, ("Marca", "Marca", "Brand"), "@!", "", None, False),
    ("SB1", "91", "B1_XGARANT", "N", 3, 0, ("Garantía(m)", "Garantia(m)", "Warranty(m)"), "@E 999", "", None, False),
    ("SC5", "90", "C5_XOBRA", "C", 30, 0, ("Obra", "Obra", "Site"), "@!", "", None, False),
]
# The values of the demo's records: (table, key columns and values, field, value)
USER_VALUES = [
    (SA1, {"A1_COD": "000001", "A1_LOJA": "01"}, {"A1_XSEGMEN": "1", "A1_XCOMPRA": "CARLOS FERNANDEZ"}),
    (SA1, {"A1_COD": "000001", "A1_LOJA": "02"}, {"A1_XSEGMEN": "1"}),
    (SA1, {"A1_COD": "000002", "A1_LOJA": "01"}, {"A1_XSEGMEN": "2", "A1_XCOMPRA": "LAURA BIANCHI"}),
    (SA1, {"A1_COD": "000003", "A1_LOJA": "01"}, {"A1_XSEGMEN": "3"}),
    (SB1, {"B1_COD": "PA0003"}, {"B1_XMARCA": "TRAMONTINA", "B1_XGARANT": 12}),
    (SB1, {"B1_COD": "PA0004"}, {"B1_XMARCA": "STANLEY", "B1_XGARANT": 6}),
    (SB1, {"B1_COD": "PA0005"}, {"B1_XMARCA": "BAHCO", "B1_XGARANT": 24}),
    (SB1, {"B1_COD": "ME0001"}, {"B1_XMARCA": "ALBA"}),
    (SB1, {"B1_COD": "ME0002"}, {"B1_XMARCA": "SINTEPLAST"}),
]


def _add_user_fields(session: Session) -> None:
    for alias, order, name, kind, size, decimals, titles, pict, f3, options, required in USER_FIELDS:
        es, pt, en = options or ("", "", "")
        session.add(SX3(X3_ARQUIVO=alias, X3_ORDEM=order, X3_CAMPO=name, X3_TIPO=kind, X3_TAMANHO=size,
                        X3_DECIMAL=decimals, X3_TITSPA=titles[0], X3_TITULO=titles[1], X3_TITENG=titles[2],
                        X3_DESCRIC=titles[1], X3_PICTURE=pict, X3_F3=f3, X3_CBOX=pt, X3_CBOXSPA=es,
                        X3_CBOXENG=en, X3_OBRIGAT="x" if required else "", X3_CONTEXT="R", X3_PROPRI="U"))
    session.flush()
    user_fields.create_columns(session)
    sizes = {name: size for _alias, _order, name, kind, size, *_ in USER_FIELDS if kind == "C"}
    for table_class, keys, values in USER_VALUES:
        mapped = table_class.__table__.c
        target = table(table_class.__table__.name, *(column(name, mapped[name].type) for name in keys),
                       *(column(name) for name in values))
        padded = {name: value.ljust(sizes[name]) if name in sizes else value for name, value in values.items()}
        session.execute(update(target).where(*(target.c[name] == value for name, value in keys.items()))
                        .values(**padded))
