"""Throughput of hot operations against a floor measured in the same run.

The floor is the same WSGI server (waitress, same threads) running an application that reads the
request, parses it with lxml and returns the bytes the real server answered: what any SOAP server
on this stack must at least pay. The real server runs as users run it (``python server.py``) on a
fresh demo SQLite database. Both are loaded the same way, by client processes over keep-alive
connections, one after the other.

    python bench/throughput.py [--seconds 5] [--clients 4] [--pagelen 10]

Prints requests per second, median latency, and the ratio server/floor for each operation.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AUTH = "Basic d3NhZG1pbjp3c2FkbWlu"  # wsadmin:wsadmin, the demo system user
NS = "http://webservices.microsiga.com.br/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port: int, process=None) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError("server exited early")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


def envelope(service: str, operation: str, params: dict) -> bytes:
    body = "".join(f"<t:{k}>{v}</t:{k}>" for k, v in params.items())
    return (f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/'
            f'envelope/" xmlns:t="{NS}{service.lower()}.apw"><soap:Body><t:{operation}>{body}</t:{operation}>'
            f"</soap:Body></soap:Envelope>").encode()


def post(port: int, path: str, body: bytes) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("POST", path, body, {"Content-Type": "text/xml; charset=utf-8", "Authorization": AUTH})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


def _client(port: int, path: str, body: bytes, seconds: float, out) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Content-Type": "text/xml; charset=utf-8", "Authorization": AUTH}
    latencies = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.perf_counter()
        conn.request("POST", path, body, headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}")
        latencies.append(time.perf_counter() - started)
    conn.close()
    out.put(latencies)


def load(port: int, path: str, body: bytes, seconds: float, clients: int) -> tuple[float, float]:
    """(requests per second, median latency in ms) with ``clients`` processes for ``seconds``."""
    queue = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=_client, args=(port, path, body, seconds, queue)) for _ in range(clients)]
    for w in workers:
        w.start()
    latencies = [x for _ in workers for x in queue.get()]
    for w in workers:
        w.join()
    return len(latencies) / seconds, statistics.median(latencies) * 1000


def floor_app(answers: dict[str, bytes]):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)

    def app(environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        etree.fromstring(body, parser)
        answer = answers[environ["PATH_INFO"]]
        start_response("200 OK", [("Content-Type", "text/xml; charset=utf-8"), ("Content-Length", str(len(answer)))])
        return [answer]

    return app


def _serve_floor(port: int, threads: int, answers: dict[str, bytes]) -> None:
    import waitress

    waitress.serve(floor_app(answers), host="127.0.0.1", port=port, threads=threads, _quiet=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--pagelen", type=int, default=10)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    port = free_port()
    (folder / "appserver.ini").write_text(
        f"[HTTP]\nPort={port}\n[WebServices]\nEnvironment=P12\nSecurity=1\nInstances=2,8\nConout=0\n"
        f"[P12]\nDBURL=sqlite:///{folder}/p12.db\n")
    server = subprocess.Popen([sys.executable, str(ROOT / "server.py"), "--ini", str(folder / "appserver.ini"),
                               "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_listening(port, server)
        status, answer = post(port, "/ws/USERPORTAL.apw", envelope(
            "USERPORTAL", "PRTLOGIN", {"USERLOGIN": "cliente01", "USERPASSWORD": "cliente01"}))
        usercode = answer.split(b"USERCODE>")[1].split(b"<")[0].decode()
        page = {"USERCODE": usercode, "PAGELEN": args.pagelen, "PAGEFIRST": 1}
        cases = [
            ("MTPRODUCT.GETCATALOG", "/ws/MTPRODUCT.apw", envelope("MTPRODUCT", "GETCATALOG", page)),
            ("MTPRODUCT.GETSTOCK", "/ws/MTPRODUCT.apw",
             envelope("MTPRODUCT", "GETSTOCK", {"USERCODE": usercode, "PRODUCTCODE": "PA0001,PA0002,ME0001"})),
            ("USERPORTAL.PRTLISTMENU", "/ws/USERPORTAL.apw",
             envelope("USERPORTAL", "PRTLISTMENU", {"PORTALCODE": "000001", "USERCODE": usercode})),
        ]
        answers = {}
        for name, path, body in cases:
            status, answers[name] = post(port, path, body)
            assert status == 200, (name, answers[name][:300])

        floor_port = free_port()
        print(f"{'operation':26} {'floor req/s':>12} {'server req/s':>13} {'ratio':>7} {'floor ms':>9} {'server ms':>10}")
        for name, path, body in cases:
            floor = multiprocessing.Process(target=_serve_floor, args=(floor_port, 8, {path: answers[name]}), daemon=True)
            floor.start()
            wait_listening(floor_port)
            floor_rate, floor_ms = load(floor_port, path, body, args.seconds, args.clients)
            floor.terminate()
            floor.join()
            rate, ms = load(port, path, body, args.seconds, args.clients)
            print(f"{name:26} {floor_rate:12.0f} {rate:13.0f} {rate / floor_rate:7.2f} {floor_ms:9.2f} {ms:10.2f}")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
