"""The errors the model raises; the SOAP layer turns each into a Client fault."""
from __future__ import annotations

from model import messages


class PortalError(Exception):
    """A business or input error, described by a message key of :mod:`model.messages`.

    ``help_code`` makes it a Protheus help (``AYUDA:<code> ...``).
    """

    def __init__(self, key: str, help_code: str | None = None, **args):
        super().__init__(key, args)
        self.key = key
        self.help_code = help_code
        self.params = args

    def text(self, lang: str, field_names: dict[str, str] | None = None) -> str:
        """The message in ``lang``. The model names a field by its column (``C5_DESC2``);
        ``field_names`` gives the wire name a service shows instead (``DISCOUNT2``)."""
        args = dict(self.params)
        if field_names and args.get("field") in field_names:
            args["field"] = field_names[args["field"]]
        if self.help_code:
            return messages.help_text(self.help_code, self.key, lang, **args)
        return messages.text(self.key, lang, **args)


class NotFound(PortalError):
    """Not found, or not the caller's: the same message either way."""


class AccessDenied(PortalError):
    """The USERCODE is not valid or lacks the right."""
