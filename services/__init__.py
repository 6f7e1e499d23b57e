"""One module per Protheus web service; ALL lists the services this server publishes."""
from services import (ftcustomertask, mtcarrier, mtcurrency, mtcustomer, mtcustomerbudget, mtcustomersalesorder,
                      mtcustomerseller, mtgroupofproduct, mtpaymentplan, mtproduct, userportal)

ALL = [
    userportal.SERVICE,
    mtproduct.SERVICE,
    mtgroupofproduct.SERVICE,
    mtcustomer.SERVICE,
    mtcustomerseller.SERVICE,
    ftcustomertask.SERVICE,
    mtcustomersalesorder.SERVICE,
    mtcustomerbudget.SERVICE,
    mtpaymentplan.SERVICE,
    mtcarrier.SERVICE,
    mtcurrency.SERVICE,
]
