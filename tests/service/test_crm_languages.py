"""The CRM services speak RpoLanguage: their lists of kinds, statuses and options, their grids and
their faults."""
import pytest
from zeep.exceptions import Fault

from tests.support.portal_client import Portal

EXPECTED = {
    "Spanish": {"address": ["COMERCIAL", "COBRANZA", "ENTREGA"], "status": "En curso", "days": "Fecha del día",
                "fault": "BRWCONTACT : No hay contactos registrados para este cliente", "title": "Prioridad"},
    "Portuguese": {"address": ["COMERCIAL", "COBRANÇA", "ENTREGA"], "status": "Em andamento", "days": "Data do dia",
                   "fault": "BRWCONTACT : Não há contatos cadastrados para este cliente", "title": "Prioridade"},
    "English": {"address": ["BUSINESS", "BILLING", "DELIVERY"], "status": "In progress", "days": "Day's date",
                "fault": "BRWCONTACT : There are no contacts registered for this customer", "title": "Priority"},
}


@pytest.mark.parametrize("language", EXPECTED)
def test_labels_grids_and_faults_in_the_servers_language(start_server, language):
    expected = EXPECTED[language]
    portal = Portal(start_server("sqlite", language=language).url)
    usercode = portal.login("cliente01", "cliente01")
    assert [t.DESCRIPTION for t in portal.service("MTCUSTOMER").GETTYPEOFADDRESS()] == expected["address"]
    assert portal.service("FTCUSTOMERTASK").GETSTATUS()[1].DESCRIPTION == expected["status"]
    task = portal.service("FTCUSTOMERTASK").GETTASK(USERCODE=usercode, CUSTOMERID="00000101", TASKID="000002")
    assert task.STATUSDESCRIPTION == expected["status"]
    assert portal.service("MTPAYMENTPLAN").BRWPAYMENTPLAN()[0].DESCRIPTIONDAYSOFPAYMENTPLAN == expected["days"]
    priority = next(h for h in portal.service("FTCUSTOMERTASK").GETHEADER() if h.HEADERFIELD == "PRIORITY")
    assert priority.HEADERTITLE == expected["title"]
    with pytest.raises(Fault) as fault:
        portal.service("CRMCUSTOMERCONTACT").BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000102")
    assert fault.value.message == expected["fault"]
