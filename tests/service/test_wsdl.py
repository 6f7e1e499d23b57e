"""The committed WSDLs (wsdl/) are what the server serves: this fails when they drift apart.
Regenerate with ``python server.py dump-wsdl wsdl/`` after a deliberate change."""
import re
from pathlib import Path

import pytest
import requests

WSDL_DIR = Path(__file__).resolve().parents[2] / "wsdl"
LOCATION = re.compile(rb'(<wsdlsoap11:address location=")[^"]*(")')


def normalized(wsdl: bytes) -> bytes:
    return LOCATION.sub(rb"\1ENDPOINT\2", wsdl)


def served_services(server) -> list[str]:
    index = requests.get(f"{server.url}/ws/", auth=("wsadmin", "wsadmin")).text
    return sorted(set(re.findall(r"/ws/([A-Z0-9]+)\.apw\?WSDL", index)))


def test_every_served_service_has_a_committed_wsdl(sqlite_server):
    committed = sorted(p.stem for p in WSDL_DIR.glob("*.wsdl"))
    assert committed == served_services(sqlite_server)


@pytest.mark.parametrize("path", sorted(WSDL_DIR.glob("*.wsdl")), ids=lambda p: p.stem)
def test_served_wsdl_matches_the_committed_one(sqlite_server, path):
    served = requests.get(f"{sqlite_server.url}/ws/{path.stem}.apw?WSDL", auth=("wsadmin", "wsadmin"))
    assert served.status_code == 200
    assert normalized(served.content) == normalized(path.read_bytes()), (
        f"{path.name} drifted from the served WSDL: run python server.py dump-wsdl wsdl/")
    assert f'location="{sqlite_server.url}/ws/{path.stem}.apw"'.encode() in served.content
