"""MTPRODUCT's and MTGROUPOFPRODUCT's structures."""
from views.fields import View, C, N, options

PRODUCTVIEW = View("PRODUCTVIEW", (
    C("PRODUCTCODE", 15, "Producto", "Produto", "Product"),
    C("DESCRIPTION", 30, "Descripción", "Descrição", "Description"),
    C("SCIENCEDESCRIPTION", 60, "Desc. científica", "Desc. científica", "Scientific desc."),
    C("MEASUREUNIT", 2, "Unidad", "Unidade", "Unit"),
    C("DESCRIPTIONMEASUREUNIT", 30, "Desc. unidad", "Desc. unidade", "Unit desc."),
    C("SECONDMEASUREUNIT", 2, "Segunda unidad", "Segunda unidade", "Second unit"),
    C("DESCRIPTIONSECONDMEASUREUNIT", 30, "Desc. 2a unidad", "Desc. 2a unidade", "Second unit desc."),
    C("TYPEOFPRODUCT", 2, "Tipo", "Tipo", "Type"),
    C("DESCRIPTIONTYPEOFPRODUCT", 55, "Desc. tipo", "Desc. tipo", "Type desc."),
    C("GROUPOFPRODUCT", 4, "Grupo", "Grupo", "Group"),
    C("DESCRIPTIONGROUPOFPRODUCT", 30, "Desc. grupo", "Desc. grupo", "Group desc."),
    C("NCM", 10, "Pos. IPI/NCM", "Pos. IPI/NCM", "NCM"),
    N("QUANTITYPERPACKAGE", 9, 0, "Cant. por embalaje", "Qtd. por embalagem", "Qty. per package"),
    N("ORDERPOINT", 12, 2, "Punto de pedido", "Ponto de pedido", "Order point"),
    N("NETWEIGHT", 11, 4, "Peso neto", "Peso líquido", "Net weight"),
    N("GROSSWEIGHT", 11, 4, "Peso bruto", "Peso bruto", "Gross weight"),
    N("LEADTIME", 5, 0, "Plazo de entrega", "Prazo de entrega", "Lead time"),
    C("TYPEOFLEADTIME", 1, "Tipo de plazo", "Tipo de prazo", "Lead time type",
      combobox=options(("H", "Horas", "Horas", "Hours"), ("D", "Días", "Dias", "Days"), ("S", "Semanas", "Semanas", "Weeks"),
                       ("M", "Meses", "Meses", "Months"), ("A", "Años", "Anos", "Years"))),
    N("ECONOMICLOT", 12, 2, "Lote económico", "Lote econômico", "Economic lot"),
    N("MINIMUMLOT", 12, 2, "Lote mínimo", "Lote mínimo", "Minimum lot"),
    N("MINIMUMGRADE", 2, 0, "Nota mínima", "Nota mínima", "Minimum grade"),
    N("TERMOFVALIDATY", 4, 0, "Plazo de validez", "Prazo de validade", "Term of validity"),
    C("BARCODE", 15, "Código de barras", "Código de barras", "Barcode"),
    N("STORAGELENGHT", 8, 2, "Largo", "Comprimento", "Length"),
    N("STORAGEWIDTH", 8, 2, "Ancho", "Largura", "Width"),
    N("STORAGEHEIGHT", 8, 2, "Alto", "Altura", "Height"),
    N("STORAGEMAXIMUMPILING", 3, 0, "Apilado máximo", "Empilhamento máximo", "Maximum piling"),
    C("STANDARDWAREHOUSE", 2, "Depósito estándar", "Armazém padrão", "Standard warehouse"),
))

GROUPOFPRODUCTVIEW = View("GROUPOFPRODUCTVIEW", (
    C("GROUPCODE", 4, "Grupo", "Grupo", "Group"),
    C("DESCRIPTION", 30, "Descripción", "Descrição", "Description"),
))
