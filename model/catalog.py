"""The product catalog: products (SB1) with their complement (SB5) and the descriptions of their
type, units and group."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from model import query
from model.columns import same_text
from model.database import live, records
from model.errors import PortalError
from model.tables import SAH, SB1, SB5, SBM, SX5

PRODUCT_TYPES_TABLE = "02"  # SX5 table of product types
X5_DESCRIPTION = {"es": SX5.X5_DESCSPA, "pt": SX5.X5_DESCRI, "en": SX5.X5_DESCENG}
AH_DESCRIPTION = {"es": "AH_DESCES", "pt": "AH_DESCPO", "en": "AH_DESCIN"}
PRODUCT_COLUMNS = query.browse_columns(SB1, SB5)
# What the seller portal sends as QUERYADDWHERE to stand for the filters of parameters MV_PVCODPV
# and MV_PVCODOC (SQL kept in parameters, empty by default): no filter here.
SELLER_PORTAL_FILTERS = {"MV_PVCODPV", "MV_PVCODOC"}
ZERO = Decimal(0)


@dataclass(frozen=True)
class CatalogFilter:
    types: list[str]
    groups: list[str]
    code_like: str | None
    description_like: str | None
    queryaddwhere: str | None
    indexkey: str | None


@dataclass(frozen=True)
class Complement:
    """What SB5 adds to a product: scientific description and storage dimensions."""

    science: str = ""
    length: Decimal = ZERO
    width: Decimal = ZERO
    height: Decimal = ZERO
    piling: Decimal = ZERO


@dataclass(frozen=True)
class CatalogEntry:
    product: SB1  # a record with every SB1 column
    complement: Complement
    type_description: str
    unit_description: str
    second_unit_description: str
    group_description: str


def without_seller_portal_filters(queryaddwhere: str | None) -> str | None:
    return None if (queryaddwhere or "").strip().upper() in SELLER_PORTAL_FILTERS else queryaddwhere


@cache
def _products_with_descriptions(lang: str, columns: tuple[str, ...] | None = None):
    """Unblocked products (``columns`` of SB1, every one by default) with their complement and the
    descriptions of their type, units and group in ``lang``: prepared once per language and
    columns (statements are immutable; each call adds its filters to a copy)."""
    unit, second_unit = aliased(SAH), aliased(SAH)
    wanted = [SB1.__table__.c[name] for name in columns] if columns else list(SB1.__table__.columns)
    return (
        select(*wanted, func.coalesce(SB5.B5_CEME, "").label("science"),
               func.coalesce(SB5.B5_COMPRLC, 0).label("length"), func.coalesce(SB5.B5_LARGLC, 0).label("width"),
               func.coalesce(SB5.B5_ALTURLC, 0).label("height"), func.coalesce(SB5.B5_FATARMA, 0).label("piling"),
               func.coalesce(X5_DESCRIPTION[lang], "").label("type_description"),
               func.coalesce(getattr(unit, AH_DESCRIPTION[lang]), "").label("unit_description"),
               func.coalesce(getattr(second_unit, AH_DESCRIPTION[lang]), "").label("second_unit_description"),
               func.coalesce(SBM.BM_DESC, "").label("group_description"))
        .outerjoin(SB5, (SB5.B5_COD == SB1.B1_COD) & live(SB5))
        .outerjoin(SX5, (SX5.X5_TABELA == PRODUCT_TYPES_TABLE) & same_text(SX5.X5_CHAVE, SB1.B1_TIPO) & live(SX5))
        .outerjoin(unit, (unit.AH_UNIMED == SB1.B1_UM) & live(unit))
        .outerjoin(second_unit, (second_unit.AH_UNIMED == SB1.B1_SEGUM) & live(second_unit))
        .outerjoin(SBM, (SBM.BM_GRUPO == SB1.B1_GRUPO) & live(SBM))
        .where(SB1.B1_MSBLQL != "1", live(SB1))
    )


@cache
def _prepared_page(lang: str, columns: tuple[str, ...] | None, types: bool, groups: bool, code_like: bool,
                   description_like: bool):
    """A catalog page without QUERYADDWHERE nor INDEXKEY, for the filters sent, built once."""
    stmt = _products_with_descriptions(lang, columns)
    if types:
        stmt = stmt.where(SB1.B1_TIPO.in_(bindparam("types", expanding=True)))
    if groups:
        stmt = stmt.where(SB1.B1_GRUPO.in_(bindparam("groups", expanding=True)))
    if code_like:
        stmt = stmt.where(func.upper(SB1.B1_COD).like(bindparam("code_like")))
    if description_like:
        stmt = stmt.where(func.upper(SB1.B1_DESC).like(bindparam("description_like")))
    return stmt.order_by(SB1.B1_COD, SB1.R_E_C_N_O_).offset(bindparam("offset")).limit(bindparam("limit"))


def products_statement(lang: str):
    """The catalog's statement before any filter: unblocked products with their descriptions in
    ``lang``. A caller narrows it (the customer's catalog joins its products) and hands it to
    :func:`catalog` as ``base``."""
    return _products_with_descriptions(lang)


def catalog_statement(filters: CatalogFilter, lang: str, columns: tuple[str, ...] | None = None, base=None):
    """The catalog query with QUERYADDWHERE and INDEXKEY, without paging: one statement, the
    descriptions joined in (``base``: a narrower statement of :func:`products_statement`)."""
    stmt = base if base is not None else _products_with_descriptions(lang, columns)
    if filters.types:
        stmt = stmt.where(SB1.B1_TIPO.in_(filters.types))
    if filters.groups:
        stmt = stmt.where(SB1.B1_GRUPO.in_(filters.groups))
    if pattern := query.like_pattern(filters.code_like):
        stmt = stmt.where(func.upper(SB1.B1_COD).like(pattern.upper()))
    if pattern := query.like_pattern(filters.description_like):
        stmt = stmt.where(func.upper(SB1.B1_DESC).like(pattern.upper()))
    stmt = query.where(stmt, filters.queryaddwhere, PRODUCT_COLUMNS)
    return query.order_by(stmt, filters.indexkey, PRODUCT_COLUMNS, [SB1.B1_COD], tiebreak=SB1.R_E_C_N_O_)


def catalog(session: Session, filters: CatalogFilter, lang: str, window: tuple[int, int],
            columns: tuple[str, ...] | None = None, base=None) -> list[CatalogEntry]:
    """One page of the catalog: ``window`` is its (offset, limit). The products are records with
    ``columns`` of SB1 (the names of those an answer shows; every column by default); ``base``
    narrows the products (see :func:`catalog_statement`)."""
    offset, limit = window
    if base is not None or (filters.queryaddwhere or "").strip() or (filters.indexkey or "").strip():
        rows = records(session, catalog_statement(filters, lang, columns, base).offset(offset).limit(limit))
    else:
        code_like, description_like = query.like_pattern(filters.code_like), query.like_pattern(filters.description_like)
        params = {name: value for name, value in (
            ("types", filters.types), ("groups", filters.groups),
            ("code_like", code_like and code_like.upper()),
            ("description_like", description_like and description_like.upper())) if value}
        statement = _prepared_page(lang, columns, *(name in params for name in ("types", "groups", "code_like",
                                                                                "description_like")))
        rows = records(session, statement, offset=offset, limit=limit, **params)
    return [CatalogEntry(row, Complement(row.science, Decimal(row.length), Decimal(row.width), Decimal(row.height),
                                        Decimal(row.piling)), row.type_description, row.unit_description,
                         row.second_unit_description, row.group_description) for row in rows]


def product_types(session: Session, lang: str) -> list[tuple[str, str]]:
    """(code, description) of every product type (SX5 table 02)."""
    return list(session.execute(
        select(SX5.X5_CHAVE, X5_DESCRIPTION[lang]).where(SX5.X5_TABELA == PRODUCT_TYPES_TABLE).order_by(SX5.X5_CHAVE)))


GROUP_COLUMNS = query.browse_columns(SBM)


def product_groups(session: Session, indexkey: str | None) -> list[SBM]:
    stmt = query.order_by(select(SBM), indexkey, GROUP_COLUMNS, [SBM.BM_GRUPO], tiebreak=SBM.R_E_C_N_O_)
    return list(session.scalars(stmt))


@cache
def _products_statement():
    return select(*SB1.__table__.columns).where(SB1.B1_COD.in_(bindparam("codes", expanding=True)),
                                                 SB1.B1_MSBLQL != "1", live(SB1))


def existing_products(session: Session, codes: list[str]) -> dict:
    """Which of ``codes`` are products (live, not blocked): code -> the product, a record with
    every SB1 column."""
    return {p.B1_COD: p for p in records(session, _products_statement(), codes=list(codes))}


def require_products(session: Session, codes: list[str]) -> list[str]:
    """``codes`` when every one is a product, else a Client fault naming the first that is not."""
    if not codes:
        raise PortalError("required", field="PRODUCTCODE")
    known = existing_products(session, codes)
    for code in codes:
        if code not in known:
            raise PortalError("unknown_code", field="PRODUCTCODE", value=code)
    return codes


def require_product(session: Session, code: str | None) -> SB1:
    """The product ``code`` (one code), else a Client fault."""
    code = (code or "").strip()
    if not code:
        raise PortalError("required", field="PRODUCTCODE")
    product = existing_products(session, [code]).get(code)
    if product is None:
        raise PortalError("unknown_code", field="PRODUCTCODE", value=code)
    return product
