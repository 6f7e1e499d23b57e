"""HTTPS as Protheus offers it: ``[HTTPS] Enable=1`` with a port, and ``[SSLConfigure]`` naming
the certificate (``CertificateServer``), its key (``KeyServer``), the key's ``PassPhrase`` and
the protocols (``TLS1_2``, ``TLS1_3``).

waitress, which serves plain HTTP, has no TLS of its own. The same WSGI application is served over
TLS by cheroot (the HTTP server of CherryPy: pure Python, threaded like waitress, its TLS from
the standard library's ``ssl``), in the same process, on the HTTPS port. Several worker processes
behind one port (gunicorn) take ``--certfile``/``--keyfile`` instead, or sit behind a proxy that
ends TLS (see docs/security.md).

Only TLS 1.2 and 1.3 are ever offered; SSL2, SSL3, TLS1_0 and TLS1_1 set to 1 are read, warned
about and not offered.
"""
from __future__ import annotations

import logging
import ssl
import threading

from appserver.ini import IniError, Settings

log = logging.getLogger("portal.tls")
VERSIONS = {"TLS1_2": ssl.TLSVersion.TLSv1_2, "TLS1_3": ssl.TLSVersion.TLSv1_3}


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """The server's TLS context: the certificate chain and key of [SSLConfigure], TLS 1.2/1.3 as
    set. A file that cannot be read, or a key that does not open, stops the start-up."""
    wanted = sorted(VERSIONS[name] for name in settings.ssl_protocols if name in VERSIONS)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version, context.maximum_version = wanted[0], wanted[-1]
    try:
        context.load_cert_chain(settings.ssl_certificate, settings.ssl_key, password=settings.ssl_passphrase or None)
    except (OSError, ssl.SSLError) as error:
        raise IniError(f"{settings.path}: [SSLConfigure] CertificateServer/KeyServer: cannot load "
                       f"{settings.ssl_certificate} with {settings.ssl_key}: {error.strerror or error}") from None
    old = [name for name in settings.ssl_protocols if name not in VERSIONS]
    if old:
        log.warning("[SSLConfigure] %s=1: not offered, only TLS 1.2 and 1.3 are", ", ".join(old))
    return context


def start(app, settings: Settings, host: str, background: bool = True):
    """Bind the HTTPS port now (so a bad certificate or a busy port stops the start-up) and serve
    ``app`` over TLS, from a thread (``background``) or until stopped; the cheroot server."""
    from cheroot import wsgi
    from cheroot.ssl.builtin import BuiltinSSLAdapter

    context = ssl_context(settings)
    server = wsgi.Server((host, settings.https_port), app, numthreads=settings.max_instances, server_name="Protheus")
    adapter = BuiltinSSLAdapter(settings.ssl_certificate, settings.ssl_key,
                                private_key_password=settings.ssl_passphrase or None)
    adapter.context = context
    server.ssl_adapter = adapter
    server.prepare()
    log.info("serving Protheus web services on https://%s:%d/ws/ (%d threads)", host, settings.https_port,
             settings.max_instances)
    if background:
        threading.Thread(target=server.serve, name="https", daemon=True).start()
    else:
        server.serve()
    return server
