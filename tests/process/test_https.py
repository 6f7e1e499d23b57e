"""HTTPS as Protheus offers it: [HTTPS] and [SSLConfigure] in appserver.ini; zeep calls the real
server.py over TLS with a certificate the test makes for itself."""
import socket
import ssl
import warnings

import pytest
import requests
from zeep import Client
from zeep.transports import Transport

from tests.support.certificates import PASSPHRASE, certificate
from tests.support.servers import ProcessServer, free_port, write_ini


def https_ini(folder, db_url, passphrase=PASSPHRASE):
    port, tls_port = free_port(), free_port()
    ini = write_ini(folder, db_url, port)
    ini.write_text(ini.read_text() + f"\n[HTTPS]\nEnable=1\nPort={tls_port}\n\n[SSLConfigure]\nSSL2=0\nSSL3=0\n"
                   f"TLS1_0=0\nTLS1_1=0\nTLS1_2=1\nTLS1_3=1\nCertificateServer=server.crt\nKeyServer=server.key\n"
                   f"PassPhrase={passphrase}\n", encoding="utf-8")
    return ini, port, tls_port


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory, databases):
    folder = tmp_path_factory.mktemp("https")
    cert = certificate(folder)
    url = databases.copy("sqlite")
    ini, port, tls_port = https_ini(folder, url)
    server = ProcessServer(ini, port, url, "sqlite")
    yield server, f"https://127.0.0.1:{tls_port}", cert
    server.stop()


def test_zeep_calls_the_server_over_https(tls_server):
    server, base, cert = tls_server
    http = requests.Session()
    http.auth, http.verify = ("wsadmin", "wsadmin"), str(cert)
    http.trust_env = False  # else REQUESTS_CA_BUNDLE, when set, overrides verify
    transport = Transport(session=http, timeout=30)
    portal = Client(f"{base}/ws/USERPORTAL.apw?WSDL", transport=transport).service
    code = portal.PRTLOGIN(USERLOGIN="cliente01", USERPASSWORD="cliente01").USERCODE
    products = Client(f"{base}/ws/MTPRODUCT.apw?WSDL", transport=transport)
    assert products.wsdl.services["MTPRODUCT"].ports["MTPRODUCT"].binding_options["address"].startswith(base)
    assert products.service.GETCATALOG(USERCODE=code, PAGELEN=2)
    assert requests.get(f"{server.url}/ws/", auth=("wsadmin", "wsadmin")).status_code == 200  # plain HTTP beside it


def test_only_tls_1_2_and_newer_and_only_the_right_certificate(tls_server):
    _server, base, cert = tls_server
    host, port = base.removeprefix("https://").split(":")
    old = ssl.create_default_context(cafile=str(cert))
    old.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        old.maximum_version = ssl.TLSVersion.TLSv1_1
    with pytest.raises((ssl.SSLError, OSError)), socket.create_connection((host, int(port)), timeout=10) as raw, \
            old.wrap_socket(raw, server_hostname=host):
        pass
    good = ssl.create_default_context(cafile=str(cert))
    with socket.create_connection((host, int(port)), timeout=10) as raw, good.wrap_socket(raw, server_hostname=host) as s:
        assert s.version() in ("TLSv1.2", "TLSv1.3")
    with pytest.raises(requests.exceptions.SSLError):  # a client that checks against the system's authorities
        requests.get(f"{base}/ws/", auth=("wsadmin", "wsadmin"), timeout=10)
