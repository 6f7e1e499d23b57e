"""The SOAP structures: their shapes come from the real contract (:mod:`views.contract`); the
grids GETHEADER describes live beside them, one module per area of the portal."""
from views.fields import ArrayOf, Field, View

__all__ = ["ArrayOf", "Field", "View"]
