"""The portal's texts: the server's one catalog (model.messages), in RpoLanguage."""
from model.messages import text

__all__ = ["text"]
