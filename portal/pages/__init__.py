"""The portal's pages, one module per group of the menu; importing them registers their routes."""
from portal.pages import access, crm, documents, finance, industrial, sales, user  # noqa: F401
