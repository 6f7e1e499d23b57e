"""The grids of the sales services (GETHEADER of MTCUSTOMERSALESORDER and MTCUSTOMERBUDGET): sales
orders, their items and releases, quotes and their items; in Protheus' order, described like the
dictionary fields they show."""
from views.headers import C, D, Grid, N, options

TIPO_CLIENTE = options(("F", "Cons. final", "Cons.Final", "Final consumer"), ("L", "Prod. rural", "Prod.Rural", "Rural producer"),
                       ("R", "Revendedor", "Revendedor", "Reseller"), ("S", "Solidario", "Solidario", "Solidary"),
                       ("X", "Exportación", "Exportacao/Importacao", "Export"))
TIPO_PEDIDO = options(("N", "Normal", "Normal", "Normal"), ("C", "Compl. precio/cantidad", "Compl.Preco/Quantidade", "Price/qty compl."),
                      ("I", "Compl. ICMS", "Compl.ICMS", "ICMS compl."), ("P", "Compl. IPI", "Compl.IPI", "IPI compl."),
                      ("D", "Dev. compras", "Dev.Compras", "Purchase return"), ("B", "Utiliza proveedor", "Utiliza Fornecedor", "Uses supplier"))
TIPO_FRETE = options(("C", "CIF", "CIF", "CIF"), ("F", "FOB", "FOB", "FOB"), ("T", "Por cuenta de terceros", "Por conta terceiros", "Third party"),
                     ("R", "Por cuenta del remitente", "Por conta remetente", "Sender"),
                     ("D", "Por cuenta del destinatario", "Por conta destinatário", "Addressee"), ("S", "Sin flete", "Sem frete", "No freight"))
TIPO_LIBERACAO = options(("1", "Libera por ítem", "Libera por Item", "Release by item"),
                         ("2", "Libera por pedido", "Libera por Pedido", "Release by order"))
SIM_NAO = options(("S", "Sí", "Sim", "Yes"), ("N", "No", "Não", "No"))
MOEDAS = options(("1", "Moneda 1", "Moeda 1", "Currency 1"), ("2", "Moneda 2", "Moeda 2", "Currency 2"),
                 ("3", "Moneda 3", "Moeda 3", "Currency 3"), ("4", "Moneda 4", "Moeda 4", "Currency 4"),
                 ("5", "Moneda 5", "Moeda 5", "Currency 5"))

SALESORDERHEADERVIEW = Grid("SALESORDERHEADERVIEW", (
    C("ORDERID", 6, "Número", "Numero", "Number", picture="@X"),
    C("ORDERTYPECODE", 1, "Tipo pedido", "Tipo Pedido", "Order type", required=True, combobox=TIPO_PEDIDO),
    C("CUSTOMERCODE", 6, "Cliente", "Cliente", "Customer", required=True, f3="SA1"),
    C("CUSTOMERUNIT", 2, "Tienda", "Loja", "Store", required=True),
    C("DELIVERYCUSTOMER", 6, "Cli. entrega", "Cli.Entrega", "Delivery cust.", f3="SA1"),
    C("DELIVERYUNITCODE", 2, "Tienda entrega", "Loja Entrega", "Delivery store"),
    C("CARRIERCODE", 6, "Transp.", "Transp.", "Carrier", picture="@X", f3="SA4"),
    C("CUSTOMERTYPE", 1, "Tipo cliente", "Tipo Cliente", "Customer type", combobox=TIPO_CLIENTE),
    C("PAYMENTPLANCODE", 3, "Cond. pago", "Cond. Pagto", "Payment plan", required=True, f3="SE4"),
    C("PRICELISTCODE", 3, "Lista precios", "Tabela", "Price list", picture="", f3="DA0"),
    N("DISCOUNT1", 5, 2, "Descuento 1", "Desconto 1", "Discount 1"),
    N("DISCOUNT2", 5, 2, "Descuento 2", "Desconto 2", "Discount 2"),
    N("DISCOUNT3", 5, 2, "Descuento 3", "Desconto 3", "Discount 3"),
    N("DISCOUNT4", 5, 2, "Descuento 4", "Desconto 4", "Discount 4"),
    C("BANKCODE", 3, "Banco", "Banco", "Bank", f3="BCO"),
    N("FINANCIALDISCOUNT", 5, 2, "Desc. financ.", "Desc.Financ.", "Financial disc."),
    D("REGISTERDATE", "Fch emisión", "DT Emissao", "Issue date"),
    C("BIDNUMBER", 6, "Licitación", "Licitacao", "Bid", picture="@X", f3="AH9"),
    C("FREIGHTTYPE", 1, "Tipo flete", "Tipo Frete", "Freight type", picture="X", combobox=TIPO_FRETE),
    N("FREIGHTVALUE", 12, 2, "Flete", "Frete", "Freight"),
    N("INSURANCEVALUE", 12, 2, "Seguro", "Seguro", "Insurance"),
    N("ADDITIONALEXPENSEVALUE", 14, 2, "Gastos", "Despesa", "Expenses"),
    N("INDEPENDENTFREIGHT", 12, 2, "Flete autón.", "Frete Auton.", "Indep. freight"),
    C("ADJUSTMENTTYPE", 3, "Tipo reajuste", "Tipo Reajust", "Adjustment", picture="@X", f3="SM4"),
    N("SALESORDERCURRENCY", 2, 0, "Moneda", "Moeda", "Currency", picture="@E 99", combobox=MOEDAS),
    N("NETWEIGHT", 11, 4, "Peso neto", "Peso Liquido", "Net weight"),
    N("GROSSWEIGHT", 11, 4, "Peso bruto", "Peso Bruto", "Gross weight"),
    C("REDELIVERYCARRIERCODE", 6, "Redespacho", "Redespacho", "Redelivery", picture="@X", f3="SA4"),
    N("FINANCIALINCREASE", 6, 2, "Recargo financ.", "Acr. Financ", "Financial incr."),
    C("INVOICEMESSAGE", 60, "Mens. p/ factura", "Mens.p/ Nota", "Invoice message", picture=""),
    C("STANDARDMESSAGE1", 3, "Mens. estándar", "Mens. Padrao", "Std. message", f3="SM4"),
    C("PRICEWITHSERVICETAX", 1, "ISS incluido", "ISS Incluso", "Service tax incl.", combobox=SIM_NAO),
    C("APROBATIONTYPE", 1, "Tp liberación", "Tp Liberação", "Release type", combobox=TIPO_LIBERACAO),
    N("INDEMNITYVALUE", 14, 2, "Indemnización", "Indenizacao", "Indemnity"),
    N("INDEMNITYPERCENTAGE", 5, 2, "% Indemnización", "%Indenizacao", "Indemnity %", picture="@e 99.99"),
))

# The priced fields an order item (SC6) and a quote item (SCK) share, as both grids show them: the
# same rules price both (model.sales_rules).
PRICED_ITEM = (
    C("PRODUCTID", 15, "Producto", "Produto", "Product", required=True, f3="SB1"),
    C("UNITOFMEASURE", 2, "Unidad", "Unidade", "Unit", f3="SAH"),
    N("QUANTITY", 9, 2, "Cantidad", "Quantidade", "Quantity", required=True),
    N("NETUNITPRICE", 11, 2, "Precio unitario", "Prc Unitario", "Unit price", required=True),
    N("NETTOTAL", 12, 2, "Valor total", "Vlr.Total", "Total", required=True),
)

SALESORDERITEMVIEW = Grid("SALESORDERITEMVIEW", (
    C("ORDERID", 6, "Núm. pedido", "Num. Pedido", "Order"),
    C("ORDERITEM", 2, "Ítem", "Item", "Item", required=True),
    *PRICED_ITEM,
    N("QUANTITYAPPROVED", 9, 2, "Cant. liberada", "Qtd.Liberada", "Qty released"),
    N("QUANTITYRELEASEDSECONDUNIT", 9, 2, "Cant. lib. 2a UM", "Qtd.Lib 2aUM", "Qty rel. 2nd unit"),
    C("SECONDUNITOFMEASURE", 2, "Segunda UM", "Segunda UM", "Second unit", f3="SAH"),
    C("ITEMOUTFLOWTYPE", 3, "Tipo salida", "Tipo Saida", "Outflow type", required=True, f3="SF4"),
    N("SECONDMEASUREUNITQUANTITY", 9, 2, "Cant. ven. 2a UM", "Qtd Ven 2 UM", "Qty 2nd unit"),
    C("WAREHOUSE", 2, "Depósito", "Armazem", "Warehouse", f3="NNR"),
    C("FISCALOPERATION", 5, "Cód. fiscal", "Cod. Fiscal", "Fiscal code", f3="13"),
    N("DISCOUNTPERCENTAGE", 5, 2, "% Descuento", "% Desconto", "Discount %"),
    N("ITEMDISCOUNTVALUE", 14, 2, "Valor descuento", "Vlr Desconto", "Discount value"),
    D("DELIVERYDATE", "Entrega", "Entrega", "Delivery"),
    C("CUSTOMERORDERNUMBER", 9, "Ped. cliente", "Ped Cliente", "Customer order"),
    C("PRODUCTDESCRIPTION", 30, "Descripción", "Descricao", "Description"),
    N("UNITLISTPRICE", 11, 2, "Precio lista", "Prc Lista", "List price"),
    C("ORIGINALINVOICE", 9, "Factura original", "N.F.Original", "Original invoice"),
    C("ORIGINALINVOICESERIALID", 3, "Serie original", "Serie Orig.", "Original series"),
    C("ORIGINALINVOICEITEM", 4, "Ítem fact. orig.", "Item NF.Orig", "Original item"),
    C("LOTNUMBER", 10, "Lote", "Lote", "Lot"),
    C("SUBLOT", 6, "Sublote", "Sub-Lote", "Sublot"),
    C("LOCATION", 15, "Ubicación", "Endereco", "Location"),
    C("PRODUCTSERIALNUMBER", 20, "Núm. de serie", "Num de Serie", "Serial number"),
    C("MANUFACTURERCODE", 6, "Fabricante", "Fabricante", "Manufacturer"),
    C("MANUFACTURERUNIT", 2, "Tienda fabric.", "Loja Fabric.", "Manufacturer store"),
    C("OPERATIONTYPE", 2, "Tp. operación", "Tp. Operacao", "Operation type", f3="DJ"),
))

SALESORDERRELEASE = Grid("SALESORDERRELEASE", (
    C("ORDERID", 6, "Pedido", "Pedido", "Order"),
    C("ORDERITEM", 2, "Ítem", "Item", "Item"),
    C("CUSTOMERCODE", 6, "Cliente", "Cliente", "Customer"),
    C("CUSTOMERUNIT", 2, "Tienda", "Loja", "Store"),
    C("PRODUCTID", 15, "Producto", "Produto", "Product"),
    N("QUANTITYAPPROVED", 9, 2, "Cant. liberada", "Qtd.Liberada", "Qty released"),
    C("STATUS", 20, "Estatus", "Status", "Status"),
))

# Asked of MTCUSTOMERSALESORDER by the order pages for the sellers and packages of an order
COMISSION = Grid("COMISSION", (
    C("CODE", 6, "Vendedor 1", "Vendedor 1", "Seller 1", picture="@X"),
    C("DESCRIPTION", 20, "Descripción", "Descrição", "Description"),
    N("VALUE", 5, 2, "Comisión 1", "Comissao 1", "Commission 1"),
), structure="GENERICSTRUCT")

PACKAGESVIEW = Grid("PACKAGESVIEW", (
    C("CODE", 10, "Especie 1", "Especie 1", "Kind 1"),
    C("DESCRIPTION", 20, "Descripción", "Descrição", "Description"),
    N("VALUE", 5, 0, "Volumen 1", "Volume 1", "Volume 1"),
), structure="GENERICSTRUCT")

BUDGETHEADERVIEW = Grid("BUDGETHEADERVIEW", (
    C("BUDGETID", 6, "Presupuesto", "Orcamento", "Quote"),
    D("REGISTERDATE", "Fch emisión", "DT Emissao", "Issue date"),
    C("CUSTOMERCODE", 6, "Cliente", "Cliente", "Customer", required=True, f3="SA1"),
    C("CUSTOMERUNIT", 2, "Tienda", "Loja", "Store", required=True),
    C("DELIVERYCUSTOMER", 6, "Cli. entrega", "Cli.Entrega", "Delivery cust.", f3="SA1"),
    C("DELIVERYUNITCODE", 2, "Tienda entrega", "Loja Entrega", "Delivery store"),
    C("PAYMENTPLANCODE", 3, "Cond. pago", "Cond. Pagto", "Payment plan", required=True, f3="SE4"),
    C("PRICELISTCODE", 3, "Lista precios", "Tabela", "Price list", picture="", f3="DA0"),
    N("DISCOUNT1", 5, 2, "Descuento 1", "Desconto 1", "Discount 1"),
    N("DISCOUNT2", 5, 2, "Descuento 2", "Desconto 2", "Discount 2"),
    N("DISCOUNT3", 5, 2, "Descuento 3", "Desconto 3", "Discount 3"),
    N("DISCOUNT4", 5, 2, "Descuento 4", "Desconto 4", "Discount 4"),
    C("QUOTATIONORORDERID", 6, "Cot./pedido cliente", "Cotacao Clie", "Customer ref."),
    N("FREIGHTVALUE", 12, 2, "Flete", "Frete", "Freight"),
    N("INSURANCEVALUE", 12, 2, "Seguro", "Seguro", "Insurance"),
    N("ADDITIONALEXPENSEVALUE", 12, 2, "Gastos", "Despesa", "Expenses"),
    N("INDEPENDENTFREIGHT", 12, 2, "Flete autón.", "Frete Auton.", "Indep. freight"),
    D("EXPIRATIONDATE", "Validez", "Validade", "Valid until"),
    C("APROBATIONTYPE", 1, "Tp liberación", "Tp Liberação", "Release type", combobox=TIPO_LIBERACAO),
    C("LOAD", 1, "Tipo carga", "Tipo Carga", "Load type"),
    N("INDEMNITYVALUE", 14, 2, "Indemnización", "Indenizacao", "Indemnity"),
    N("INDEMNITYPERCENTAGE", 5, 2, "% Indemnización", "%Indenizacao", "Indemnity %"),
    C("DESCRIPTIONSTATUS", 20, "Estatus", "Status", "Status"),
))

BUDGETITENSVIEW = Grid("BUDGETITENSVIEW", (
    C("BUDGETID", 6, "Presupuesto", "Orcamento", "Quote"),
    C("BUDGETITEM", 2, "Ítem", "Item", "Item", required=True),
    *PRICED_ITEM,
    C("OPERATIONTYPE", 2, "Tp. operación", "Tp. Operacao", "Operation type", f3="DJ"),
    C("ITEMOUTFLOWTYPE", 3, "Tipo salida", "Tipo Saida", "Outflow type", f3="SF4"),
    C("WAREHOUSE", 2, "Depósito", "Armazem", "Warehouse", f3="NNR"),
    N("DISCOUNTPERCENTAGE", 5, 2, "% Descuento", "% Desconto", "Discount %"),
    N("ITEMDISCOUNTVALUE", 14, 2, "Valor descuento", "Vlr Desconto", "Discount value"),
    C("CUSTOMERBUDGETID", 9, "Ped. cliente", "Ped Cliente", "Customer order"),
    C("PRODUCTDESCRIPTION", 30, "Descripción", "Descricao", "Description"),
    N("UNITLISTPRICE", 11, 2, "Precio lista", "Prc Lista", "List price"),
    C("NOTE", 60, "Observación", "Observacao", "Note", picture=""),
    D("FORECASTDELIVERY", "Entrega", "Entrega", "Delivery"),
    C("TAXSITUATION", 3, "Sit. tributaria", "Sit.Tribut.", "Tax situation"),
    C("SALESBRANCH", 2, "Sucursal venta", "Filial Venda", "Sales branch"),
    C("DELIVERYBRANCH", 2, "Sucursal entrega", "Filial Entr.", "Delivery branch"),
))
