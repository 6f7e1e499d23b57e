"""Every text the server sends to a portal, in the three languages of RpoLanguage.

One catalog: faults, status texts and menu captions are looked up here by key. Keys are plain
Python names; the texts are Protheus' own where Protheus has them (see docs/DECISIONS.md).
"""
from __future__ import annotations

LANGUAGES = {"spanish": "es", "portuguese": "pt", "english": "en"}
HELP_WORD = {"es": "AYUDA", "pt": "AJUDA", "en": "HELP"}

# key: (Spanish, Portuguese, English). ``{name}`` placeholders are filled from the error.
TEXTS: dict[str, tuple[str, str, str]] = {
    # --- access (PrtChkUser, PRTLOGIN) ---
    "login_failed": (
        "Usuario o contraseña inválidos",
        "Usuário ou senha inválidos",
        "Invalid user or password",
    ),
    "user_blocked": (
        "Usuario bloqueado",
        "Usuário bloqueado",
        "User blocked",
    ),
    "invalid_usercode": (
        "Código de usuario inválido o sesión expirada",
        "Código de usuário inválido ou sessão expirada",
        "Invalid user code or expired session",
    ),
    "no_right_to_service": (
        "Usuario sin acceso al servicio {service}",
        "Usuário sem acesso ao serviço {service}",
        "User has no access to service {service}",
    ),
    "customer_not_registered": (
        "Cliente y/o Tienda no registrados.",
        "Cliente e/ou Loja não cadastrados.",
        "Customer and/or Store not registered.",
    ),
    "invalid_customer": ("Cliente invalido", "Cliente invalido", "Invalid customer"),
    "portal_not_found": (
        "Portal {portal} no registrado",
        "Portal {portal} não cadastrado",
        "Portal {portal} not registered",
    ),
    # --- input ---
    "required": (
        "El campo {field} es obligatorio",
        "O campo {field} é obrigatório",
        "Field {field} is required",
    ),
    "bad_value": (
        "Valor inválido para {field}: {value}",
        "Valor inválido para {field}: {value}",
        "Invalid value for {field}: {value}",
    ),
    "field_read_only": (
        "El campo {field} no puede modificarse",
        "O campo {field} não pode ser alterado",
        "Field {field} cannot be changed",
    ),
    "contact_not_found": (
        "Contacto no encontrado",
        "Contato não encontrado",
        "Contact not found",
    ),
    "seller_not_found": (
        "Vendedor no encontrado",
        "Vendedor não encontrado",
        "Seller not found",
    ),
    "unknown_code": (
        "{field} {value} no registrado",
        "{field} {value} não cadastrado",
        "{field} {value} not registered",
    ),
    "bad_indexkey": (
        "INDEXKEY inválido, cerca de «{token}»",
        "INDEXKEY inválido, perto de «{token}»",
        "Invalid INDEXKEY near «{token}»",
    ),
    "bad_queryaddwhere": (
        "QUERYADDWHERE inválido, cerca de «{token}»",
        "QUERYADDWHERE inválido, perto de «{token}»",
        "Invalid QUERYADDWHERE near «{token}»",
    ),
    "unknown_header": (
        "HEADERTYPE {value} no existe",
        "HEADERTYPE {value} não existe",
        "HEADERTYPE {value} does not exist",
    ),
    "bad_date_range": (
        "Rango de fechas inválido: {field}",
        "Intervalo de datas inválido: {field}",
        "Invalid date range: {field}",
    ),
    "wrong_password": (
        "Contraseña actual incorrecta",
        "Senha atual incorreta",
        "Current password is wrong",
    ),
    "weak_password": (
        "La nueva contraseña debe tener al menos {length} caracteres",
        "A nova senha deve ter pelo menos {length} caracteres",
        "The new password must have at least {length} characters",
    ),
    "rights_admin_only": (
        "Solo un administrador del portal puede cambiar derechos",
        "Somente um administrador do portal pode alterar direitos",
        "Only a portal administrator can change rights",
    ),
    # --- transport ---
    "doctype_refused": (
        "Documento XML con DOCTYPE no permitido",
        "Documento XML com DOCTYPE não permitido",
        "XML documents with a DOCTYPE are not allowed",
    ),
    "body_too_large": (
        "Requisición demasiado grande (máximo {limit} bytes)",
        "Requisição grande demais (máximo {limit} bytes)",
        "Request too large (at most {limit} bytes)",
    ),
    "bad_encoding": (
        "El cuerpo no es texto válido en {charset}",
        "O corpo não é texto válido em {charset}",
        "The body is not valid {charset} text",
    ),
    "invalid_request": (
        "Requisición inválida: {detail}",
        "Requisição inválida: {detail}",
        "Invalid request: {detail}",
    ),
    "malformed": (
        "Sobre SOAP mal formado: {detail}",
        "Envelope SOAP mal formado: {detail}",
        "Malformed SOAP envelope: {detail}",
    ),
    # --- sales orders and quotes (MTCUSTOMERSALESORDER, MTCUSTOMERBUDGET) ---
    "a410vz": (
        "LOS CAMPOS CANTIDAD, PRECIO DE VENTA, PRECIO UNITARIO O TES ESTÁN EN BLANCO",
        "OS CAMPOS QUANTIDADE, PREÇO DE VENDA, PREÇO UNITÁRIO OU TES ESTÃO EM BRANCO",
        "THE FIELDS QUANTITY, SALES PRICE, UNIT PRICE OR TES ARE BLANK",
    ),
    "order_not_found": ("Pedido no encontrado", "Pedido nao encontrado", "Order not found"),
    "order_not_in_portfolio": (
        "El pedido {order} ya no está en cartera: no puede modificarse ni borrarse",
        "O pedido {order} não está mais em carteira: não pode ser alterado nem excluído",
        "Order {order} is no longer in portfolio: it cannot be changed or deleted",
    ),
    "blocked_code": (
        "{field} {value} bloqueado",
        "{field} {value} bloqueado",
        "{field} {value} is blocked",
    ),
    "price_list_not_in_force": (
        "Lista de precios {value} fuera de vigencia",
        "Tabela de preço {value} fora de vigência",
        "Price list {value} is not in force",
    ),
    "budget_not_found": ("Presupuesto no encontrado", "Orçamento não encontrado", "Quote not found"),
    "budget_not_open": (
        "El presupuesto {budget} no está abierto: no puede modificarse",
        "O orçamento {budget} não está em aberto: não pode ser alterado",
        "Quote {budget} is not open: it cannot be changed",
    ),
    # status of an order item (Protheus' legend of SC9)
    "order_status_1": ("Cartera", "Carteira", "Portfolio"),
    "order_status_2": ("Liberado", "Liberado", "Released"),
    "order_status_3": ("Blq. de Credito", "Blq. de Credito", "Credit Lock"),
    "order_status_4": ("Blq. de Stock", "Blq. de Estoque", "Stock Lock"),
    "order_status_5": ("Facturado", "Faturado", "Invoiced"),
    # status of a quote (CJ_STATUS)
    "budget_status_A": ("Abierto", "Em aberto", "Open"),
    "budget_status_B": ("Aprobado", "Aprovado", "Approved"),
    "budget_status_C": ("Cancelado", "Cancelado", "Cancelled"),
    "budget_status_D": ("No presupuestado", "Não orçado", "Not budgeted"),
}


def text(key: str, lang: str, **args) -> str:
    """The text of ``key`` in ``lang`` (es, pt, en) with its placeholders filled."""
    es, pt, en = TEXTS[key]
    template = {"es": es, "pt": pt, "en": en}[lang]
    return template.format(**args) if args else template


def help_text(code: str, key: str, lang: str, **args) -> str:
    """A Protheus help message: ``AYUDA:A410VZ <text>`` in Spanish, ``AJUDA:`` / ``HELP:`` otherwise."""
    return f"{HELP_WORD[lang]}:{code} {text(key, lang, **args)}"
