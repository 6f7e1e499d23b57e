"""GETHEADER/PRTHEADER: the grid header of a view, made from its description."""
from __future__ import annotations

from views.fields import View


def brw_headers(view: View, lang: str) -> list[dict]:
    """One BRWHEADER per scalar field of ``view``, titles in ``lang``."""
    return [
        {
            "HEADERCOMBOBOX": f.options(lang),
            "HEADERDEC": f.decimals,
            "HEADERFIELD": f.name,
            "HEADEROBLIG": f.required,
            "HEADERPICTURE": f.header_picture(),
            "HEADERSIZE": f.size,
            "HEADERTITLE": f.title(lang),
            "HEADERTYPE": f.kind,
        }
        for f in view.fields
        if f.is_scalar
    ]
