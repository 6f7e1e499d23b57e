"""The demo's sales and credit rules: the parameters they read (SX6), the holidays (SX5 table 63),
and Distribuidora Patagonia SRL (``000004``), whose four stores each show one rule of the credit
decision on the wire; then every bill's real due date and every balance counted from the
documents, as Protheus' "refaz saldos" would leave them.

The orders are placed and released by the server's own rules (:func:`model.sales_order.build_order`,
:func:`model.release.release_orders`), on the day before the load day:

* ``00000401`` Casa Central, risk A but its credit limit expired 15 days ago: order ``000401``
  is blocked for credit with ``04`` (risk A does not escape an expired limit).
* ``00000402`` Sucursal Cipolletti, risk B, well within its 20,000 limit, owes a bill due 45
  days ago (MV_RISCOB tolerates 30): order ``000402`` mixes screws on TES 501 (receivables),
  blocked ``01``, and washers sent on TES 503 (no receivables), released: credit is not
  evaluated for them.
* ``00000403`` Sucursal Bariloche, risk C, limit 5,000, owes 4,000 (due in 20 days) but holds
  an open credit note of 1,500: its balance (A1_SALDUP) is 2,500, so order ``000403`` (2,250.00)
  is released; without the note it would be blocked. Its order ``000405``, in portfolio, has
  three discounts in cascade (3 % and 5 % on the header, 2 % on the item) on screws listed at
  10.50: 9.47 a screw, truncated at each step as MV_ARREFAT ``N`` says (rounded it would be 9.49).
* ``00000404`` Sucursal Zapala, risk C, limit 3,000, releases its orders as a whole (C5_TIPLIB
  2): order ``000404`` (paint for 1,800.00 and 1,550.00) is blocked entirely, both items for credit
  (``01``) and stock (``02``), though the first item alone fits the limit.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import balances, business_days
from model.access import Customer
from model.demo.common import LOCAL_CURRENCY, SALES_NATURE, days
from model.demo.products import _parameter
from model.release import release_orders
from model.sales_order import add_order, build_order
from model.sales_rules import ItemInput
from model.tables import SA1, SE1, SX5, ZSX

# name, X6_TIPO, content, description
PARAMETERS = [
    ("MV_BLOQUEI", "L", ".T.", "Evalua el credito al liberar pedidos"),
    ("MV_CREDCLI", "C", "L", "Credito por cliente y tienda (L) o por cliente (C)"),
    ("MV_RISCOB", "N", "30", "Dias de atraso tolerados al riesgo B"),
    ("MV_RISCOC", "N", "20", "Dias de atraso tolerados al riesgo C"),
    ("MV_RISCOD", "N", "10", "Dias de atraso tolerados al riesgo D"),
    ("MV_LIMINCR", "N", "0", "Valor hasta el que el credito se libera siempre"),
    ("MV_PERMAX", "N", "100", "Porcentaje maximo del limite de credito"),
    ("MV_PEDIDOA", "N", "0", "Valor maximo por item, clase de credito A"),
    ("MV_PEDIDOB", "N", "0", "Valor maximo por item, clase de credito B"),
    ("MV_PEDIDOC", "N", "0", "Valor maximo por item, clase de credito C"),
    ("MV_MCUSTO", "C", "1", "Moneda de los limites de credito"),
    ("MV_ESTADO", "C", "CF", "Provincia de la empresa"),
    ("MV_LIBNODP", "C", "N", "Evalua credito de TES que no generan titulos"),
    ("MV_BLQCRED", "L", ".F.", "No evalua el credito si falta stock"),
    ("MV_RESEST", "L", ".F.", "Reserva stock aunque el credito se bloquee"),
    ("MV_ARREFAT", "C", "N", "Redondea (S) o trunca (N) precios y totales"),
    ("MV_DIACONT", "C", "2", "Cuenta el dia de emision en los plazos (1)"),
    ("MV_SABFERI", "C", "S", "El sabado no es dia habil"),
    ("MV_1DUP", "C", "A", "Primera cuota de los titulos"),
]

# SX5 table 63: the national holidays of every year
HOLIDAYS = [("01/01", "AÑO NUEVO", "ANO NOVO", "NEW YEAR'S DAY"),
            ("24/03", "DIA DE LA MEMORIA", "DIA DA MEMORIA", "REMEMBRANCE DAY"),
            ("02/04", "DIA DE LOS VETERANOS", "DIA DOS VETERANOS", "VETERANS DAY"),
            ("01/05", "DIA DEL TRABAJADOR", "DIA DO TRABALHO", "LABOUR DAY"),
            ("25/05", "REVOLUCION DE MAYO", "REVOLUCAO DE MAIO", "MAY REVOLUTION"),
            ("20/06", "DIA DE LA BANDERA", "DIA DA BANDEIRA", "FLAG DAY"),
            ("09/07", "DIA DE LA INDEPENDENCIA", "DIA DA INDEPENDENCIA", "INDEPENDENCE DAY"),
            ("08/12", "INMACULADA CONCEPCION", "IMACULADA CONCEICAO", "IMMACULATE CONCEPTION"),
            ("25/12", "NAVIDAD", "NATAL", "CHRISTMAS DAY")]

PATAGONIA = "000004"
# store, name, short name, street, city, state, zip, risk, limit, limit due (days from today)
STORES = [
    ("01", "Casa Central", "PATAGONIA CENTRAL", "Av. Argentina, 250", "Neuquén", "NQ", "Q8300AAA", "A",
     "30000.00", -15),
    ("02", "Suc. Cipolletti", "PATAGONIA CIPOLLETTI", "Av. Roca, 1100", "Cipolletti", "RN", "R8324AAB", "B",
     "20000.00", 180),
    ("03", "Suc. Bariloche", "PATAGONIA BARILOCHE", "Av. Bustillo, 4500", "Bariloche", "RN", "R8400AAC", "C",
     "5000.00", 90),
    ("04", "Suc. Zapala", "PATAGONIA ZAPALA", "Av. San Martín, 300", "Zapala", "NQ", "Q8340AAD", "C", "3000.00", 90),
]
# prefix, number, type, store, issued / due (days from today), value, history; all open
BILLS = [
    ("FIN", "000000201", "DP", "02", -75, -45, "1500.00", "SALDO CUENTA CORRIENTE ANTERIOR"),
    ("FIN", "000000202", "DP", "03", -10, 20, "4000.00", "SALDO CUENTA CORRIENTE ANTERIOR"),
    ("BON", "000000002", "NCC", "03", -10, -10, "1500.00", "BONIFICACION POR VOLUMEN"),
]
# number, store, days ago, C5_TIPLIB, header discounts, items (product, quantity, TES or '', item discount),
# released the day before the load day
ORDERS = [
    ("000401", "01", 3, "1", (), [("PA0007", 100, "", 0)], True),
    ("000402", "02", 3, "1", (), [("PA0007", 200, "", 0), ("PA0006", 500, "503", 0)], True),
    ("000403", "03", 3, "1", (), [("ME0003", 30, "", 0)], True),
    ("000404", "04", 2, "2", (), [("ME0002", 10, "", 0), ("ME0001", 5, "", 0)], True),
    ("000405", "03", 1, "1", (3, 5), [("PA0001", 12, "", 2)], False),
]


def add_credit_cases(session: Session, today: dt.date) -> None:
    """Parameters, holidays, the customer and its documents; then every bill's real due date,
    every balance counted again, and the customer's orders placed and released."""
    session.add_all(_parameter(name, description, value, kind=kind) for name, kind, value, description in PARAMETERS)
    session.add_all(SX5(X5_TABELA=business_days.HOLIDAYS, X5_CHAVE=f"{n:02d}", X5_DESCRI=f"{day} {pt}",
                        X5_DESCSPA=f"{day} {es}", X5_DESCENG=f"{day} {en}")
                    for n, (day, es, pt, en) in enumerate(HOLIDAYS, start=1))
    _add_customer(session, today)
    _add_bills(session, today)
    session.flush()
    calendar = business_days.calendar(session)
    for bill in session.scalars(select(SE1)):
        bill.E1_VENCREA = calendar.valid(bill.E1_VENCTO)
        bill.E1_VENCORI = bill.E1_VENCORI or bill.E1_VENCTO
    balances.store(session, balances.recount(session))
    _add_orders(session, today)


def _add_customer(session: Session, today: dt.date) -> None:
    for store, name, short, street, city, state, zip_code, risk, limit, due in STORES:
        session.add(SA1(
            A1_COD=PATAGONIA, A1_LOJA=store, A1_NOME=f"Distrib. Patagonia SRL - {name}", A1_NREDUZ=short,
            A1_PESSOA="J", A1_TIPO="R", A1_CGC="30715558889", A1_INSCR="930-715558-8", A1_PAIS="ARG",
            A1_EMAIL=f"compras{store}@patagonia.example", A1_HPAGE="www.patagonia.example",
            A1_END=street, A1_BAIRRO="Centro", A1_MUN=city, A1_EST=state, A1_CEP=zip_code,
            A1_ENDCOB="Av. Argentina, 250", A1_BAIRROC="Centro", A1_MUNC="Neuquén", A1_ESTC="NQ", A1_CEPC="Q8300AAA",
            A1_ENDREC=street, A1_BAIRROE="Centro", A1_MUNE=city, A1_ESTE=state, A1_CEPE=zip_code,
            A1_DDI="54", A1_DDD="299", A1_TEL=f"442-10{store}", A1_VEND="000002", A1_TRANSP="000002",
            A1_LC=Decimal(limit), A1_VENCLC=days(today, due), A1_RISCO=risk, A1_MOEDALC=Decimal(LOCAL_CURRENCY),
            A1_TABELA="001", A1_COND="002", A1_MSBLQL="2"))


def _add_bills(session: Session, today: dt.date) -> None:
    for prefix, number, kind, store, issued, due, value, history in BILLS:
        session.add(SE1(
            E1_PREFIXO=prefix, E1_NUM=number, E1_PARCELA="", E1_TIPO=kind, E1_NATUREZ=SALES_NATURE,
            E1_CLIENTE=PATAGONIA, E1_LOJA=store, E1_NOMCLI=STORES[int(store) - 1][2][:20],
            E1_EMISSAO=days(today, issued), E1_VENCTO=days(today, due), E1_VENCORI=days(today, due),
            E1_VENCREA=days(today, due), E1_VALOR=Decimal(value), E1_SALDO=Decimal(value), E1_BAIXA=None,
            E1_MOEDA=Decimal(LOCAL_CURRENCY), E1_STATUS="A", E1_ORIGEM="FINA040", E1_HIST=history))


def _add_orders(session: Session, today: dt.date) -> None:
    """The orders, as the portal places them, and the release of those released."""
    released = days(today, -1)
    for number, store, ago, whole, discounts, items, _released in ORDERS:
        header = {"C5_CLIENTE": PATAGONIA, "C5_LOJACLI": store, "C5_TIPLIB": whole,
                  **{f"C5_DESC{n}": Decimal(d) for n, d in enumerate(discounts, start=1)}}
        lines = [ItemInput(f"{n:02d}", product, Decimal(quantity), tes=tes, discount=Decimal(discount))
                 for n, (product, quantity, tes, discount) in enumerate(items, start=1)]
        add_order(session, build_order(session, Customer(PATAGONIA, store), header, lines, days(today, -ago)), number)
    last = max(number for number, *_ in ORDERS)
    sequence = session.scalars(select(ZSX).where(ZSX.ZSX_CHAVE == "SC5")).first()
    if sequence is not None and sequence.ZSX_ULTIMO < last:
        sequence.ZSX_ULTIMO = last
    for number, *_, release in ORDERS:
        if release:
            release_orders(session, released, number)
