"""The image repository: pictures kept in the database under the name a product's B1_BITMAP
gives (Protheus keeps them in its own repository; here a table of ours, ZIM)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.tables import SB1, ZIM


def product_image(session: Session, product: SB1) -> bytes | None:
    """The bytes of the product's picture, or None when it has none."""
    if not product.B1_BITMAP:
        return None
    return session.scalars(select(ZIM.ZIM_IMAGEM).where(ZIM.ZIM_NOME == product.B1_BITMAP)).first()
