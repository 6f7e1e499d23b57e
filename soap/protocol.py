"""SOAP 1.1 as Protheus writes it, for what spyne still writes (the WSDL): the envelope's prefix
is ``soap``, as in Protheus' own documents."""
from __future__ import annotations

import spyne.const.xml as spyne_xml
from spyne.protocol.soap import Soap11

SOAP_ENV_PREFIX = "soap"
spyne_xml.NSMAP.pop("soap11env", None)
spyne_xml.NSMAP[SOAP_ENV_PREFIX] = spyne_xml.NS_SOAP11_ENV
spyne_xml.PREFMAP[spyne_xml.NS_SOAP11_ENV] = SOAP_ENV_PREFIX


class ProtheusSoap11(Soap11):
    soap_env = SOAP_ENV_PREFIX
