"""MTPRODUCT's and MTGROUPOFPRODUCT's grids: products, prices, stock and inventory, groups."""
from views.headers import C, Grid, N, options

PRODUCTVIEW = Grid("PRODUCTVIEW", (
    C("PRODUCTCODE", 15, "Producto", "Codigo", "Product", required=True, f3="SB1"),
    C("DESCRIPTION", 30, "Descripción", "Descricao", "Description", required=True),
    C("SCIENCEDESCRIPTION", 250, "Desc. científica", "Desc.Cientif", "Scientific desc."),
    C("MEASUREUNIT", 2, "Unidad", "Unidade", "Unit", required=True, f3="SAH"),
    C("DESCRIPTIONMEASUREUNIT", 30, "Unidad", "Unidade", "Unit"),
    C("SECONDMEASUREUNIT", 2, "Segunda unidad", "Seg.Un.Medi.", "Second unit", f3="SAH"),
    C("DESCRIPTIONSECONDMEASUREUNIT", 30, "Segunda unidad", "Seg.Un.Medi.", "Second unit"),
    C("TYPEOFPRODUCT", 2, "Tipo", "Tipo", "Type", required=True, f3="02"),
    C("DESCRIPTIONTYPEOFPRODUCT", 30, "Tipo", "Tipo", "Type"),
    C("GROUPOFPRODUCT", 4, "Grupo", "Grupo", "Group", f3="SBM"),
    C("DESCRIPTIONGROUPOFPRODUCT", 30, "Desc. grupo", "Desc. grupo", "Group desc."),
    C("NCM", 10, "Pos. IPI/NCM", "Pos.IPI/NCM", "NCM", picture="@R 9999.99.99", f3="SYD"),
    N("QUANTITYPERPACKAGE", 9, 0, "Cant. embalaje", "Qtd.Embalag.", "Qty. per package"),
    N("ORDERPOINT", 12, 2, "Punto de pedido", "Ponto Pedido", "Order point"),
    N("NETWEIGHT", 11, 4, "Peso neto", "Peso Liquido", "Net weight"),
    N("GROSSWEIGHT", 11, 4, "Peso bruto", "Peso Bruto", "Gross weight"),
    N("LEADTIME", 5, 0, "Plazo de entrega", "Entrega", "Lead time"),
    C("TYPEOFLEADTIME", 1, "Tipo de plazo", "Tipo Prazo", "Lead time type",
      combobox=options(("H", "Horas", "Horas", "Hours"), ("D", "Días", "Dias", "Days"), ("S", "Semanas", "Semanas", "Weeks"),
                       ("M", "Meses", "Meses", "Months"), ("A", "Años", "Anos", "Years"))),
    N("ECONOMICLOT", 12, 2, "Lote económico", "Lote Econom.", "Economic lot"),
    N("MINIMUMLOT", 12, 2, "Lote mínimo", "Lote Minimo", "Minimum lot"),
    N("MINIMUMGRADE", 1, 0, "Nota mínima", "Nota Minima", "Minimum grade"),
    N("TERMOFVALIDATY", 3, 0, "Plazo de validez", "Prazo Valid.", "Shelf life"),
    C("BARCODE", 15, "Código de barras", "Cod Barras", "Barcode"),
    N("STORAGELENGHT", 8, 2, "Largo", "Comprimento", "Length"),
    N("STORAGEWIDTH", 8, 2, "Ancho", "Largura", "Width"),
    N("STORAGEHEIGHT", 8, 2, "Alto", "Altura", "Height"),
    N("STORAGEMAXIMUMPILING", 3, 0, "Apilado máximo", "Fator Armaz.", "Maximum piling"),
    C("STANDARDWAREHOUSE", 2, "Depósito estándar", "Armazem Pad.", "Standard warehouse"),
))

CURRENCY_COMBO = options(("1", "Moneda 1", "Moeda 1", "Currency 1"), ("2", "Moneda 2", "Moeda 2", "Currency 2"),
                         ("3", "Moneda 3", "Moeda 3", "Currency 3"), ("4", "Moneda 4", "Moeda 4", "Currency 4"),
                         ("5", "Moneda 5", "Moeda 5", "Currency 5"))

PRICEVIEW = Grid("PRICEVIEW", (
    C("PRODUCTCODE", 15, "Producto", "Cod. Produto", "Product", f3="SB1"),
    C("PAYMENTPLANCODE", 3, "Cond. pago", "Cond. Pagto", "Payment plan", f3="SE4"),
    C("PRICETABLECODE", 3, "Lista de precios", "Cod. Tabela", "Price list", f3="DA0"),
    N("PRICE", 11, 2, "Precio", "Preco Venda", "Price"),
    N("QUANTITYLIMIT", 9, 2, "Cantidad hasta", "Faixa", "Up to quantity"),
    N("CURRENCY", 2, 0, "Moneda", "Moeda", "Currency", combobox=CURRENCY_COMBO),
    C("CURRENCYSIMBOL", 10, "Moneda", "Moeda", "Currency"),
))

INVENTORYVIEW = Grid("INVENTORYVIEW", (
    C("PRODUCTCODE", 15, "Producto", "Codigo", "Product", f3="SB1"),
    N("QUANTITY", 14, 2, "Cantidad", "Saldo Atual", "Quantity"),
    N("COST", 14, 2, "Costo", "C Unitario", "Cost"),
    N("CURRENCY", 2, 0, "Moneda", "Moeda", "Currency", combobox=CURRENCY_COMBO),
    C("CURRENCYSIMBOL", 10, "Moneda", "Moeda", "Currency"),
    N("TYPEOFBALANCE", 1, 0, "Situación", "Situacao", "Situation", picture="9"),
    C("DESCRIPTIONTYPEOFBALANCE", 15, "Desc. situación", "Descricao da Situacao", "Situation desc."),
    C("WAREHOUSE", 2, "Depósito", "Armazem", "Warehouse"),
))

# Asked of MTPRODUCT by the standard catalog page (the customer's own stock in our hands): the
# same columns as INVENTORYVIEW without the kind of balance.
INVENTORYCUSTOMERVIEW = Grid("INVENTORYCUSTOMERVIEW", tuple(
    c for c in INVENTORYVIEW.columns if c.field not in ("TYPEOFBALANCE", "DESCRIPTIONTYPEOFBALANCE")),
    structure="INVENTORYVIEW")

GROUPOFPRODUCTVIEW = Grid("GROUPOFPRODUCTVIEW", (
    C("GROUPCODE", 4, "Grupo", "Grupo", "Group", required=True),
    C("DESCRIPTION", 30, "Descripción", "Descricao", "Description", required=True),
))
