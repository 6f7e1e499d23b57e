"""The grids (GETHEADER) of the CRM services and of the order form's look-ups: customer, contact,
seller, task, payment plan, carrier and currency.

Each grid lists the columns Protheus' header builder gives for that structure, in its order, each
described like the dictionary field it comes from (size, decimals, picture, options, look-up;
the Portuguese title is the dictionary's). Where Protheus gives a description column the size of
the code it describes, the column here is as wide as the descriptions are.
"""
from model import lookups, tasks
from views.headers import C, D, Grid, M, N, options, options_from_messages

NOT_EDITED = ""  # the picture of a text field the dictionary leaves free (e-mail, home page)
TAX_ID = "@R 99.999.999/9999-99"

CUSTOMERVIEW = Grid("CUSTOMERVIEW", (
    C("CUSTOMERCODE", 6, "Código", "Codigo", "Code", required=True),
    C("UNITCUSTOMERCODE", 2, "Tienda", "Loja", "Store", required=True),
    C("NAME", 40, "Nombre", "Nome", "Name", required=True),
    C("NICKNAME", 20, "N. fantasía", "N Fantasia", "Trade name", required=True),
    C("FEDERALID", 14, "CNPJ/CPF", "CNPJ/CPF", "Tax id", picture=TAX_ID),
    C("STATEID", 18, "Insc. estatal", "Ins. Estad.", "State reg."),
    C("DISTRICTID", 18, "Insc. municipal", "Ins. Municip", "Municipal reg."),
    C("HOMEPAGE", 30, "Página web", "Home-Page", "Home page", picture=NOT_EDITED),
    C("EMAIL", 30, "E-mail", "E-Mail", "E-mail", picture=NOT_EDITED),
    # Protheus' grid stops at EMAIL; these fields of CUSTOMERVIEW follow, so a grid can show them
    C("PAYMENTPLANCODE", 3, "Cond. pago", "Cond. Pagto", "Payment plan", f3="SE4"),
    C("PRICETABLECODE", 3, "Lista de precios", "Tabela Preco", "Price list", picture=NOT_EDITED, f3="DA0"),
    C("SELLERCODE", 6, "Vendedor", "Vendedor", "Seller", f3="SA3"),
    C("PEOPLE", 1, "Física/Jurídica", "Fisica/Jurid", "Person type", required=True,
      combobox=options(("F", "Física", "Fisica", "Natural person"), ("J", "Jurídica", "Juridica", "Legal entity"))),
    C("TIPO", 1, "Tipo", "Tipo", "Type", required=True,
      combobox=options(("F", "Cons. final", "Cons.Final", "Final consumer"),
                       ("L", "Productor rural", "Produtor Rural", "Rural producer"),
                       ("R", "Revendedor", "Revendedor", "Reseller"), ("S", "Solidario", "Solidario", "Joint liability"),
                       ("X", "Exportación", "Exportacao", "Export"))),
))

CONTACTVIEW = Grid("CONTACTVIEW", (
    C("CONTACTID", 6, "Contacto", "Contato", "Contact"),
    C("NAME", 30, "Nombre", "Nome", "Name", required=True),
    C("FEDERALID", 14, "CPF", "CPF", "Tax id", picture="@R 999.999.999-99"),
    C("EMAIL", 60, "E-mail", "E-mail", "E-mail", picture=NOT_EDITED),
    C("HOMEPAGE", 60, "Página web", "Home Page", "Home page", picture=NOT_EDITED),
    C("POSITION", 6, "Cargo", "Funcao", "Position", f3="SUM"),
    C("POSITIONDESCRIPTION", 30, "Desc. cargo", "Desc.Funcao", "Position desc."),
    C("GROUP", 6, "Grupo", "Grupo", "Group", f3="SQ0"),
    C("GROUPDESCRIPTION", 30, "Desc. grupo", "Desc.Grupo", "Group desc."),
    C("DEPARTMENT", 9, "Departamento", "Departamento", "Department", f3="SQB"),
    C("DEPARTMENTDESCRIPTION", 30, "Desc. departamento", "Desc.Depto", "Department desc."),
))

SELLERVIEW = Grid("SELLERVIEW", (
    C("SELLERCODE", 6, "Código", "Codigo", "Code", required=True),
    C("NAME", 40, "Nombre", "Nome", "Name", picture=NOT_EDITED, required=True),
    C("NICKNAME", 25, "Nombre reducido", "Nome Reduzid", "Short name", picture=NOT_EDITED),
    C("FEDERALID", 14, "CNPJ/CPF", "CNPJ/CPF", "Tax id", picture=TAX_ID),
    C("STATEID", 18, "Insc. estatal", "Ins. Estad.", "State reg."),
    C("DISTRICTID", 18, "Insc. municipal", "Ins. Municip", "Municipal reg."),
    C("HOMEPAGE", 30, "Página web", "Home-Page", "Home page", picture=NOT_EDITED),
    C("EMAIL", 80, "E-mail", "E-Mail", "E-mail", picture=NOT_EDITED),
    C("SALESSUPERVISORCODE", 6, "Supervisor", "Supervisor", "Supervisor", picture=NOT_EDITED, f3="SA3"),
    C("SALESMANAGERCODE", 6, "Gerente", "Gerente", "Manager", picture=NOT_EDITED, f3="SA3"),
))

# Read by position by the portal's task list: TASKID first, SUBJECT second.
TASKVIEW = Grid("TASKVIEW", (
    C("TASKID", 6, "Tarea", "Tarefa", "Task", required=True),
    C("SUBJECT", 40, "Asunto", "Topico", "Subject", required=True),
    D("STARTDATE", "Fecha inicio", "Data Inicio", "Start date", required=True),
    D("ENDDATE", "Fecha fin", "Data Fim", "End date"),
    C("STATUSCODE", 1, "Estado", "Status", "Status", combobox=options_from_messages("task_status_", tasks.STATUSES)),
    C("STATUSDESCRIPTION", 15, "Estado", "Status", "Status"),
    C("PRIORITY", 1, "Prioridad", "Prioridade", "Priority",
      combobox=options_from_messages("task_priority_", tasks.PRIORITIES)),
    C("PRIORITYDESCRIPTION", 15, "Prioridad", "Prioridade", "Priority"),
    N("PERCENTCOMPLETE", 6, 2, "% completado", "% Completo", "% complete"),
    M("NOTE", "Observación", "Observacao", "Note"),
))

PAYMENTPLANVIEW = Grid("PAYMENTPLANVIEW", (
    C("PAYMENTPLANCODE", 3, "Código", "Codigo", "Code", required=True),
    C("TYPEOFPAYMENTPLAN", 1, "Tipo", "Tipo", "Type", required=True),
    C("RULEOFPAYMENTPLAN", 40, "Cond. pago", "Cond. Pagto", "Terms", required=True),
    C("DESCRIPTIONPAYMENTPLAN", 15, "Descripción", "Descricao", "Description", required=True),
    C("DAYSOFPAYMENTPLAN", 1, "Días de la cond.", "Dias da Cond", "Days of the terms",
      combobox=options_from_messages("plan_days_", lookups.PLAN_DAYS)),
    C("DESCRIPTIONDAYSOFPAYMENTPLAN", 20, "Días de la cond.", "Dias da Cond", "Days of the terms"),
    N("FINANCIALDISCOUNT", 6, 2, "Desc. financiero", "Desc.Financ.", "Cash discount"),
    N("DAYSFORFINANCIALDISCOUNT", 3, 0, "Días desc.", "Dias p/Desc.", "Discount days"),
    N("FINANCIALINCREASE", 6, 2, "Recargo financiero", "Acres.Financ.", "Finance charge"),
))

CARRIERVIEW = Grid("CARRIERVIEW", (
    C("CARRIERCODE", 6, "Código", "Codigo", "Code", required=True),
    C("NAME", 40, "Nombre", "Nome", "Name", required=True),
    C("NICKNAME", 15, "N. fantasía", "N Fantasia", "Trade name"),
    C("MEANSOFTRANSPORTATION", 15, "Vía de transporte", "Via Transp.", "Means of transport"),
    C("FEDERALID", 14, "CNPJ/CPF", "CNPJ/CPF", "Tax id", picture=TAX_ID),
    C("STATEID", 18, "Insc. estatal", "Ins. Estad.", "State reg."),
    C("HOMEPAGE", 30, "Página web", "Home-Page", "Home page", picture=NOT_EDITED),
    C("EMAIL", 30, "E-mail", "E-Mail", "E-mail", picture=NOT_EDITED),
    # Protheus describes these two with the seller's fields (A3_SUPER, A3_GEREN) and never fills them
    C("SALESSUPERVISORCODE", 6, "Supervisor", "Supervisor", "Supervisor", picture=NOT_EDITED, f3="SA3"),
    C("SALESMANAGERCODE", 6, "Gerente", "Gerente", "Manager", picture=NOT_EDITED, f3="SA3"),
))

# MTCURRENCY's GETHEADER(): built by hand in Protheus, CODE like E1_MOEDA but of type C.
CURRENCY = Grid("CURRENCY", (
    C("CODE", 2, "Moneda", "Moeda", "Currency", picture="99"),
    C("DESCRIPTION", 30, "Descripción", "Descricao", "Description", picture=""),
), structure="GENERICSTRUCT")
