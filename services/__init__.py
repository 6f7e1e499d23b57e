"""One module per Protheus web service; ALL lists the services this server publishes."""
from services import ftcustomertask, mtcustomer, mtcustomerseller, mtgroupofproduct, mtproduct, userportal

ALL = [
    userportal.SERVICE,
    mtproduct.SERVICE,
    mtgroupofproduct.SERVICE,
    mtcustomer.SERVICE,
    mtcustomerseller.SERVICE,
    ftcustomertask.SERVICE,
]
