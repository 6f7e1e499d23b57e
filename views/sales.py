"""Sales and distribution structures: sales orders, their releases and totals, quotes and the
look-ups of the order form (MTCUSTOMERSALESORDER, MTCUSTOMERBUDGET, MTPAYMENTPLAN, MTCARRIER)."""
from views.fields import ArrayOf, View, C, D, N, S, options, options_from_messages
from views.shared import ARRAYOFGENERICSTRUCT, ARRAYOFUSERFIELD

STATUS_COMBO = options_from_messages("order_status_", "12345")
BUDGET_STATUS_COMBO = options_from_messages("budget_status_", "ABCD")

# The fields every priced item shares, order (SC6) or quote (SCK), in wire order: both are
# checked and priced by the same rules (model.order_items).
PRICED_ITEM = (
    C("ORDERITEM", 2, "Ítem", "Item", "Item", required=True),
    C("PRODUCTID", 15, "Producto", "Produto", "Product", required=True),
    N("QUANTITY", 12, 2, "Cantidad", "Quantidade", "Quantity", required=True),
    C("ITEMOUTFLOWTYPE", 3, "TES", "TES", "TES"),
    N("NETUNITPRICE", 14, 4, "Precio de venta", "Preço de venda", "Sales price"),
    N("NETTOTAL", 14, 2, "Total", "Valor total", "Total"),
    N("UNITLISTPRICE", 14, 4, "Precio de lista", "Preço de lista", "List price"),
    N("DISCOUNTPERCENTAGE", 5, 2, "% Descuento", "% Desconto", "Discount %"),
)

SALESORDERHEADERVIEW = View("SALESORDERHEADERVIEW", (
    C("ORDERID", 6, "Pedido", "Pedido", "Order"),
    C("CUSTOMERCODE", 6, "Cliente", "Cliente", "Customer", required=True),
    C("CUSTOMERUNIT", 2, "Tienda", "Loja", "Unit", required=True),
    N("ADDITIONALEXPENSEVALUE", 14, 2, "Gastos", "Despesas", "Expenses"),
    C("ADJUSTMENTTYPE", 3, "Reajuste", "Reajuste", "Adjustment"),
    C("APROBATIONTYPE", 1, "Tipo de liberación", "Tipo de liberação", "Approval type",
      combobox=options(("1", "Por ítem", "Por item", "By item"), ("2", "Por pedido", "Por pedido", "By order"))),
    C("BANKCODE", 3, "Banco", "Banco", "Bank"),
    C("BIDNUMBER", 15, "Licitación", "Licitação", "Bid number"),
    C("CARRIERCODE", 6, "Transportadora", "Transportadora", "Carrier"),
    C("CUSTOMERTYPE", 1, "Tipo de cliente", "Tipo de cliente", "Customer type"),
    C("DELIVERYCUSTOMER", 6, "Cliente de entrega", "Cliente de entrega", "Delivery customer"),
    C("DELIVERYUNITCODE", 2, "Tienda de entrega", "Loja de entrega", "Delivery unit"),
    N("DISCOUNT1", 5, 2, "Descuento 1", "Desconto 1", "Discount 1"),
    N("DISCOUNT2", 5, 2, "Descuento 2", "Desconto 2", "Discount 2"),
    N("DISCOUNT3", 5, 2, "Descuento 3", "Desconto 3", "Discount 3"),
    N("DISCOUNT4", 5, 2, "Descuento 4", "Desconto 4", "Discount 4"),
    N("FINANCIALDISCOUNT", 5, 2, "Desc. financiero", "Desc. financeiro", "Financial discount"),
    N("FINANCIALINCREASE", 5, 2, "Recargo financiero", "Acrésc. financeiro", "Financial increase"),
    C("FREIGHTTYPE", 1, "Tipo de flete", "Tipo de frete", "Freight type",
      combobox=options(("C", "CIF", "CIF", "CIF"), ("F", "FOB", "FOB", "FOB"),
                       ("T", "Por cuenta de terceros", "Por conta de terceiros", "Third party"),
                       ("S", "Sin flete", "Sem frete", "No freight"))),
    N("FREIGHTVALUE", 14, 2, "Flete", "Frete", "Freight"),
    N("GROSSWEIGHT", 11, 4, "Peso bruto", "Peso bruto", "Gross weight"),
    N("NETWEIGHT", 11, 4, "Peso neto", "Peso líquido", "Net weight"),
    N("INDEMNITYPERCENTAGE", 5, 2, "% Indemnización", "% Indenização", "Indemnity %"),
    N("INDEMNITYVALUE", 14, 2, "Indemnización", "Indenização", "Indemnity"),
    N("INDEPENDENTFREIGHT", 14, 2, "Flete autónomo", "Frete autônomo", "Independent freight"),
    N("INSURANCEVALUE", 14, 2, "Seguro", "Seguro", "Insurance"),
    C("INVOICEMESSAGE", 60, "Mensaje para la factura", "Mensagem para nota", "Invoice message"),
    C("STANDARDMESSAGE1", 3, "Mensaje estándar", "Mensagem padrão", "Standard message"),
    C("ORDERTYPECODE", 1, "Tipo de pedido", "Tipo de pedido", "Order type", combobox=options(("N", "Normal", "Normal", "Normal"))),
    C("PAYMENTPLANCODE", 3, "Condición de pago", "Condição de pagamento", "Payment plan"),
    C("PRICELISTCODE", 3, "Lista de precios", "Tabela de preço", "Price list"),
    C("PRICEWITHSERVICETAX", 1, "Precio con ISS", "Preço com ISS", "Price with service tax",
      combobox=options(("S", "Sí", "Sim", "Yes"), ("N", "No", "Não", "No"))),
    C("REDELIVERYCARRIERCODE", 6, "Redespacho", "Redespacho", "Redelivery carrier"),
    D("REGISTERDATE", "Emisión", "Emissão", "Issue date"),
    N("SALESORDERCURRENCY", 1, 0, "Moneda", "Moeda", "Currency", integer=True),
    S("SELLERS", ARRAYOFGENERICSTRUCT, "Vendedores", "Vendedores", "Sellers"),
    S("PACKAGESVOLUMES", ARRAYOFGENERICSTRUCT, "Volúmenes", "Volumes", "Volumes"),
    S("USERFIELDS", ARRAYOFUSERFIELD, "Campos de usuario", "Campos de usuário", "User fields"),
))

SALESORDERITEMVIEW = View("SALESORDERITEMVIEW", (
    *PRICED_ITEM,
    N("ITEMDISCOUNTVALUE", 14, 2, "Valor descuento", "Valor desconto", "Discount value"),
    C("OPERATIONTYPE", 2, "Tipo de operación", "Tipo de operação", "Operation type"),
    C("FISCALOPERATION", 5, "Código fiscal", "Código fiscal", "Fiscal operation"),
    C("WAREHOUSE", 2, "Depósito", "Armazém", "Warehouse"),
    C("LOCATION", 15, "Ubicación", "Endereço", "Location"),
    C("LOTNUMBER", 10, "Lote", "Lote", "Lot"),
    C("SUBLOT", 6, "Sublote", "Sublote", "Sublot"),
    D("DELIVERYDATE", "Entrega", "Entrega", "Delivery date"),
    C("CUSTOMERORDERNUMBER", 9, "Pedido del cliente", "Pedido do cliente", "Customer order"),
    N("QUANTITYAPPROVED", 12, 2, "Cant. liberada", "Qtd. liberada", "Quantity released"),
    N("QUANTITYDELIVERED", 12, 2, "Cant. entregada", "Qtd. entregue", "Quantity delivered"),
    N("QUANTITYRELEASEDSECONDUNIT", 12, 2, "Cant. liberada 2a UM", "Qtd. liberada 2a UM", "Released (2nd unit)"),
    N("SECONDMEASUREUNITQUANTITY", 12, 2, "Cant. 2a UM", "Qtd. 2a UM", "Quantity (2nd unit)"),
    C("SECONDUNITOFMEASURE", 2, "Segunda unidad", "Segunda unidade", "Second unit"),
    C("UNITOFMEASURE", 2, "Unidad", "Unidade", "Unit"),
    C("ORIGINALINVOICE", 9, "Factura original", "Nota original", "Original invoice"),
    C("ORIGINALINVOICEITEM", 4, "Ítem factura orig.", "Item nota orig.", "Original invoice item"),
    C("ORIGINALINVOICESERIALID", 3, "Serie factura orig.", "Série nota orig.", "Original invoice series"),
    C("MANUFACTURERCODE", 6, "Fabricante", "Fabricante", "Manufacturer"),
    C("MANUFACTURERUNIT", 2, "Tienda fabricante", "Loja fabricante", "Manufacturer unit"),
    C("PRODUCTDESCRIPTION", 30, "Descripción", "Descrição", "Description"),
    C("PRODUCTSERIALNUMBER", 20, "Número de serie", "Número de série", "Serial number"),
    C("POID", 6, "Orden de producción", "Ordem de produção", "Production order"),
    C("POITEM", 2, "Ítem OP", "Item OP", "PO item"),
    C("POGRADEITEM", 1, "Grade", "Grade", "Grade"),
    C("POSEQUENCE", 3, "Secuencia OP", "Sequência OP", "PO sequence"),
    S("COMMISSIONSPERCENTAGE", ARRAYOFGENERICSTRUCT, "Comisiones", "Comissões", "Commissions"),
    S("USERFIELDS", ARRAYOFUSERFIELD, "Campos de usuario", "Campos de usuário", "User fields"),
))

SALESORDERVIEW = View("SALESORDERVIEW", (
    S("SOHEADER", SALESORDERHEADERVIEW, "Encabezado", "Cabeçalho", "Header"),
    S("SOITEM", ArrayOf(SALESORDERITEMVIEW), "Ítems", "Itens", "Items"),
))

SALESORDERRELEASEVIEW = View("SALESORDERRELEASEVIEW", (
    C("ORDERITEM", 2, "Ítem", "Item", "Item"),
    C("PRODUCTID", 15, "Producto", "Produto", "Product"),
    N("QUANTITY", 12, 2, "Cantidad", "Quantidade", "Quantity"),
    D("RELEASEDATE", "Liberación", "Liberação", "Release date"),
    C("STATUSCODE", 1, "Código de estado", "Código do status", "Status code", combobox=STATUS_COMBO),
    C("STATUS", 20, "Estado", "Status", "Status"),
))

ORDERSTATUSTOTALVIEW = View("ORDERSTATUSTOTALVIEW", (
    C("STATUSCODE", 1, "Código de estado", "Código do status", "Status code", combobox=STATUS_COMBO),
    C("STATUS", 20, "Estado", "Status", "Status"),
    N("QUANTITY", 6, 0, "Pedidos", "Pedidos", "Orders", integer=True),
    N("VALUE", 16, 2, "Valor", "Valor", "Value"),
))

ORDERTOTALVIEW = View("ORDERTOTALVIEW", (
    N("QUANTITY", 6, 0, "Pedidos", "Pedidos", "Orders", integer=True),
    N("VALUE", 16, 2, "Valor", "Valor", "Value"),
    S("STATUSES", ArrayOf(ORDERSTATUSTOTALVIEW), "Por estado", "Por status", "By status"),
))

BUDGETHEADERVIEW = View("BUDGETHEADERVIEW", (
    C("BUDGETID", 6, "Presupuesto", "Orçamento", "Quote"),
    C("CUSTOMERCODE", 6, "Cliente", "Cliente", "Customer", required=True),
    C("CUSTOMERUNIT", 2, "Tienda", "Loja", "Unit", required=True),
    D("REGISTERDATE", "Emisión", "Emissão", "Issue date"),
    D("VALIDITYDATE", "Validez", "Validade", "Valid until"),
    C("PAYMENTPLANCODE", 3, "Condición de pago", "Condição de pagamento", "Payment plan"),
    C("PRICELISTCODE", 3, "Lista de precios", "Tabela de preço", "Price list"),
    N("CURRENCY", 1, 0, "Moneda", "Moeda", "Currency", integer=True),
    C("STATUSCODE", 1, "Código de estado", "Código do status", "Status code", combobox=BUDGET_STATUS_COMBO),
    C("STATUS", 20, "Estado", "Status", "Status"),
    N("TOTALVALUE", 16, 2, "Total", "Valor total", "Total"),
))

BUDGETITEMVIEW = View("BUDGETITEMVIEW", (
    *PRICED_ITEM,
    D("DELIVERYDATE", "Entrega", "Entrega", "Delivery date"),
    C("PRODUCTDESCRIPTION", 30, "Descripción", "Descrição", "Description"),
))

BUDGETVIEW = View("BUDGETVIEW", (
    S("BDHEADER", BUDGETHEADERVIEW, "Encabezado", "Cabeçalho", "Header"),
    S("BDITEM", ArrayOf(BUDGETITEMVIEW), "Ítems", "Itens", "Items"),
))

PAYMENTPLANVIEW = View("PAYMENTPLANVIEW", (
    C("PAYMENTPLANCODE", 3, "Condición de pago", "Condição de pagamento", "Payment plan"),
    C("DESCRIPTION", 15, "Descripción", "Descrição", "Description"),
    C("PAYMENTPLANTYPE", 1, "Tipo", "Tipo", "Type"),
    C("INSTALLMENTDAYS", 40, "Días de las cuotas", "Dias das parcelas", "Installment days"),
))

GENERICVIEW = View("GENERICVIEW", (
    C("CODE", 6, "Código", "Código", "Code"),
    C("DESCRIPTION", 40, "Descripción", "Descrição", "Description"),
))
