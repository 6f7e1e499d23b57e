"""The product catalog: products with the descriptions of their type, units and group."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from model import query
from model.errors import PortalError
from model.tables import SAH, SB1, SBM, SX5

PRODUCT_TYPES_TABLE = "02"  # SX5 table of product types
X5_DESCRIPTION = {"es": SX5.X5_DESCSPA, "pt": SX5.X5_DESCRI, "en": SX5.X5_DESCENG}
AH_DESCRIPTION = {"es": "AH_DESCES", "pt": "AH_DESCPO", "en": "AH_DESCIN"}
PRODUCT_COLUMNS = query.columns_of(SB1)


@dataclass(frozen=True)
class CatalogFilter:
    types: list[str]
    groups: list[str]
    code_like: str | None
    description_like: str | None
    queryaddwhere: str | None
    indexkey: str | None


@dataclass(frozen=True)
class CatalogEntry:
    product: SB1
    type_description: str
    unit_description: str
    second_unit_description: str
    group_description: str


@lru_cache(maxsize=None)
def _products_with_descriptions(lang: str):
    """Unblocked products with the descriptions of their type, units and group in ``lang``: built
    once per language (statements are immutable; each call adds its filters to a copy)."""
    unit, second_unit = aliased(SAH), aliased(SAH)
    return (
        select(SB1, func.coalesce(X5_DESCRIPTION[lang], ""), func.coalesce(getattr(unit, AH_DESCRIPTION[lang]), ""),
               func.coalesce(getattr(second_unit, AH_DESCRIPTION[lang]), ""), func.coalesce(SBM.BM_DESC, ""))
        .outerjoin(SX5, (SX5.X5_TABELA == PRODUCT_TYPES_TABLE) & (SX5.X5_CHAVE == SB1.B1_TIPO))
        .outerjoin(unit, unit.AH_UNIMED == SB1.B1_UM)
        .outerjoin(second_unit, second_unit.AH_UNIMED == SB1.B1_SEGUM)
        .outerjoin(SBM, SBM.BM_GRUPO == SB1.B1_GRUPO)
        .where(SB1.B1_MSBLQL != "1")
    )


def catalog_statement(filters: CatalogFilter, lang: str):
    """The catalog query, without paging: one statement, the descriptions joined in."""
    stmt = _products_with_descriptions(lang)
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


def catalog(session: Session, filters: CatalogFilter, lang: str, paginate) -> list[CatalogEntry]:
    """One page of the catalog (``paginate`` applies PAGELEN/PAGEFIRST)."""
    rows = session.execute(paginate(catalog_statement(filters, lang))).all()
    return [CatalogEntry(*row) for row in rows]


def product_types(session: Session, lang: str) -> list[tuple[str, str]]:
    """(code, description) of every product type (SX5 table 02)."""
    return list(session.execute(
        select(SX5.X5_CHAVE, X5_DESCRIPTION[lang]).where(SX5.X5_TABELA == PRODUCT_TYPES_TABLE).order_by(SX5.X5_CHAVE)))


GROUP_COLUMNS = query.columns_of(SBM)


def product_groups(session: Session, indexkey: str | None) -> list[SBM]:
    stmt = query.order_by(select(SBM), indexkey, GROUP_COLUMNS, [SBM.BM_GRUPO], tiebreak=SBM.R_E_C_N_O_)
    return list(session.scalars(stmt))


def existing_products(session: Session, codes: list[str]) -> set[str]:
    """Which of ``codes`` are products (live, not blocked)."""
    return set(session.scalars(select(SB1.B1_COD).where(SB1.B1_COD.in_(codes), SB1.B1_MSBLQL != "1")))


def require_products(session: Session, codes: list[str]) -> list[str]:
    """``codes`` when every one is a product, else a Client fault naming the first that is not."""
    if not codes:
        raise PortalError("required", field="PRODUCTCODE")
    known = existing_products(session, codes)
    for code in codes:
        if code not in known:
            raise PortalError("unknown_code", field="PRODUCTCODE", value=code)
    return codes
