"""One module per Protheus web service; ALL lists the services this server publishes."""
from services import mtgroupofproduct, mtproduct, userportal

ALL = [
    userportal.SERVICE,
    mtproduct.SERVICE,
    mtgroupofproduct.SERVICE,
]
