"""The CRM group's structures: prices, stock, customer, contacts, seller, tasks."""
from views.fields import View, C, D, N, S, options
from views.shared import ARRAYOFADDRESSVIEW, ARRAYOFPHONEVIEW, ARRAYOFUSERFIELD

PRICEVIEW = View("PRICEVIEW", (
    C("PRICELISTCODE", 3, "Lista de precios", "Tabela de preço", "Price list"),
    C("PRICELISTDESCRIPTION", 30, "Descripción", "Descrição", "Description"),
    N("PRICE", 14, 4, "Precio", "Preço", "Price"),
    N("CURRENCY", 1, 0, "Moneda", "Moeda", "Currency", integer=True),
    D("VALIDFROM", "Válida desde", "Válida de", "Valid from"),
    D("VALIDTO", "Válida hasta", "Válida até", "Valid to"),
    C("PRODUCTCODE", 15, "Producto", "Produto", "Product"),
))

STOCKVIEW = View("STOCKVIEW", (
    C("WAREHOUSE", 2, "Depósito", "Armazém", "Warehouse"),
    N("CURRENTQUANTITY", 14, 2, "Cantidad actual", "Quantidade atual", "Current quantity"),
    N("RESERVEDQUANTITY", 14, 2, "Cantidad reservada", "Quantidade reservada", "Reserved quantity"),
    N("AVAILABLEQUANTITY", 14, 2, "Cantidad disponible", "Quantidade disponível", "Available quantity"),
    C("PRODUCTCODE", 15, "Producto", "Produto", "Product"),
))

CUSTOMERVIEW = View("CUSTOMERVIEW", (
    C("CUSTOMERCODE", 6, "Cliente", "Cliente", "Customer"),
    C("UNITCUSTOMERCODE", 2, "Tienda", "Loja", "Unit"),
    C("NAME", 40, "Razón social", "Razão social", "Name"),
    C("NICKNAME", 20, "Nombre de fantasía", "Nome fantasia", "Nickname"),
    C("FEDERALID", 14, "RCPJ/RCPF", "CNPJ/CPF", "Tax id"),
    C("EMAIL", 60, "E-mail", "E-mail", "E-mail", picture=""),
    C("HOMEPAGE", 60, "Página web", "Home page", "Home page", picture=""),
    S("ADDRESSES", ARRAYOFADDRESSVIEW),
    S("PHONES", ARRAYOFPHONEVIEW),
    S("USERFIELDS", ARRAYOFUSERFIELD),
))

CONTACTVIEW = View("CONTACTVIEW", (
    C("CONTACTCODE", 6, "Contacto", "Contato", "Contact"),
    C("NAME", 30, "Nombre", "Nome", "Name"),
    C("EMAIL", 60, "E-mail", "E-mail", "E-mail", picture=""),
    S("PHONES", ARRAYOFPHONEVIEW),
    C("JOBTITLE", 30, "Cargo", "Cargo", "Job title"),
))

SELLERVIEW = View("SELLERVIEW", (
    C("SELLERCODE", 6, "Vendedor", "Vendedor", "Seller"),
    C("NAME", 40, "Nombre", "Nome", "Name"),
    C("NICKNAME", 15, "Nombre reducido", "Nome reduzido", "Nickname"),
    C("EMAIL", 60, "E-mail", "E-mail", "E-mail", picture=""),
    S("PHONES", ARRAYOFPHONEVIEW),
    S("ADDRESSES", ARRAYOFADDRESSVIEW),
))

TASKVIEW = View("TASKVIEW", (
    C("TASKCODE", 6, "Tarea", "Tarefa", "Task"),
    C("SUBJECT", 40, "Asunto", "Assunto", "Subject"),
    D("STARTDATE", "Fecha de inicio", "Data de início", "Start date"),
    D("ENDDATE", "Fecha de término", "Data de término", "End date"),
    C("STATUS", 1, "Estado", "Status", "Status",
      combobox=options(("1", "No iniciada", "Não iniciada", "Not started"), ("2", "En curso", "Em andamento", "In progress"),
                       ("3", "Completada", "Concluída", "Completed"), ("4", "En espera", "Aguardando", "Waiting"),
                       ("5", "Aplazada", "Adiada", "Postponed"))),
    C("PRIORITY", 1, "Prioridad", "Prioridade", "Priority",
      combobox=options(("1", "Alta", "Alta", "High"), ("2", "Normal", "Normal", "Normal"), ("3", "Baja", "Baixa", "Low"))),
    C("SELLERCODE", 6, "Vendedor", "Vendedor", "Seller"),
))
