"""USERPRESENTATION: the portal's home page (presentation text, news, photo, logo). Open to any
caller past the HTTP layer: the portal shows it before anyone logs in."""
from model import presentation
from soap.service import Service

SERVICE = Service("USERPRESENTATION", "Presentación del portal: texto, noticias, foto y logo")


@SERVICE.operation()
def GETPRESENTATION(call):
    """The presentation text (HTML allowed) of the file MV_PORTAL1 names."""
    return presentation.presentation_text(call.session, call.lang)


@SERVICE.operation()
def GETDAILYNEWS(call):
    """The news of the file MV_PORTAL3 names: CODE its title, DESCRIPTION its text."""
    return [{"CODE": item.title, "DESCRIPTION": item.text} for item in presentation.news(call.session, call.lang)]


@SERVICE.operation()
def GETPHOTO(call):
    """The company's photo, the image MV_PORTAL2 names."""
    return presentation.photo(call.session, call.lang)


@SERVICE.operation()
def GETLOGO(call):
    """The company's logo, the image MV_PORTAL4 names (``LGRL<company>.BMP`` when blank)."""
    return presentation.logo(call.session, call.lang, call.settings.company)


@SERVICE.operation()
def GETKEYAUTUSR(call):
    """Always empty: Protheus publishes no source for it and no portal page calls it (see
    docs/decisions/framework.md)."""
    return ""
