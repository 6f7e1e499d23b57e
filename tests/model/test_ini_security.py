"""The security keys of appserver.ini: the brute-force lock and HTTPS ([HTTPS], [SSLConfigure])."""
import pytest

from appserver.ini import IniError, read_settings
from model.lockout import Policy
from tests.model.test_ini import GOOD, write

TLS = "\n[HTTPS]\nEnable=1\nPort=8443\n\n[SSLConfigure]\nCertificateServer=certs/server.crt\nKeyServer=/keys/server.key\n"


def test_the_lock_policy_and_its_defaults(tmp_path):
    assert read_settings(write(tmp_path, GOOD)).lockout == Policy(5, 900)
    text = GOOD.replace("Instances=2,8", "Instances=2,8\nLoginAttempts=0\nLoginLockSeconds=60")
    assert read_settings(write(tmp_path, text)).lockout == Policy(0, 60)
    with pytest.raises(IniError, match=r"\[WebServices\] LoginLockSeconds: expected a whole number from 1"):
        read_settings(write(tmp_path, GOOD.replace("Instances=2,8", "Instances=2,8\nLoginLockSeconds=0")))


def test_https_as_protheus_writes_it(tmp_path):
    text = GOOD + TLS + "SSL2=1\nSSL3=0\nTLS1_0=0\nTLS1_1=0\nTLS1_2=1\nTLS1_3=0\nVerbose=0\nBugs=1\nState=1\nCacheSize=32\n"
    settings = read_settings(write(tmp_path, text))
    assert (settings.https_enable, settings.https_port) == (True, 8443)
    assert settings.ssl_certificate == str(tmp_path / "certs" / "server.crt")  # from the ini's folder
    assert settings.ssl_key == "/keys/server.key"
    assert settings.ssl_protocols == ("SSL2", "TLS1_2")
    assert read_settings(write(tmp_path, GOOD)).https_enable is False


def test_https_needs_a_certificate_its_key_and_a_tls_version_it_offers(tmp_path):
    with pytest.raises(IniError, match=r"line \d+: \[SSLConfigure\] KeyServer: \[HTTPS\] Enable=1 needs"):
        read_settings(write(tmp_path, GOOD + TLS.replace("KeyServer=/keys/server.key\n", "")))
    with pytest.raises(IniError, match=r"TLS 1.2 and 1.3 only"):
        read_settings(write(tmp_path, GOOD + TLS + "TLS1_2=0\nTLS1_3=0\n"))


def test_a_key_that_does_not_open_stops_the_start_with_one_line(tmp_path):
    from appserver.tls import ssl_context
    from tests.support.certificates import certificate

    certificate(tmp_path)
    text = GOOD + TLS.replace("certs/server.crt", "server.crt").replace("/keys/server.key", "server.key")
    settings = read_settings(write(tmp_path, text + "PassPhrase=not-it\n"))
    with pytest.raises(IniError, match=r"\[SSLConfigure\] CertificateServer/KeyServer: cannot load") as refused:
        ssl_context(settings)
    assert "not-it" not in str(refused.value) and "\n" not in str(refused.value)
    settings = read_settings(write(tmp_path, text + "PassPhrase=frase-de-prueba\n"))
    assert ssl_context(settings).minimum_version.name == "TLSv1_2"
