"""The customer portal: a web front-end under ``/portal/`` whose pages get their data only by
calling this server's web services over HTTP, as a legacy Protheus portal does.

``app`` (WSGI, sessions, CSRF, how many pages at once), ``services`` (zeep over HTTP), ``menu``
(PRTLISTMENU to pages), ``grids`` (GETHEADER to columns), ``texts`` (the RpoLanguage catalog),
``pages/`` (one module per group of the menu), ``templates/`` and ``static/``.
"""
from portal.app import PortalApp

__all__ = ["PortalApp"]
