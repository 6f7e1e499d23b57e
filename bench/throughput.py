"""Throughput of the hot operations against a floor measured in the same run.

The floor is the same WSGI server (waitress, same threads) running an application that reads the
request, parses it with lxml and returns the bytes the real server answered to it: what any SOAP
server on this stack must at least pay. The real server runs as users run it (``python server.py``)
on a fresh demo SQLite database. For each operation the floor and then the server are loaded the
same way: by wrk (16 connections, keep-alive) when it is installed, else by client processes of
this script.

    python bench/throughput.py [--seconds 5] [--connections 16] [--rounds 1] [--driver wrk|python]

Prints, per operation, requests per second, the median and 99th-percentile latency of the floor
and of the server, and the ratio server/floor. With ``--rounds N`` each operation is measured N
times (floor, server, floor, server...) and the best round of each is kept: on a machine that
other work shares, the best round is the nearest to a quiet one.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import multiprocessing
import re
import shutil
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
THREADS = 8  # Instances=2,8: waitress runs 8 threads, and so does the floor
CUSTOMER = "00000101"
ORDER_WITH_THREE_ITEMS = "000105"  # a demo order of CUSTOMER
PAGE = 20  # the orders BRWSALESORDER lists; as many are placed before measuring


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port: int, process=None, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError("server exited early")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


def xml(value) -> str:
    """Parameters as elements: a dict nests, a list repeats (as (name, dict) pairs)."""
    if isinstance(value, dict):
        return "".join(f"<t:{k}>{xml(v)}</t:{k}>" for k, v in value.items())
    if isinstance(value, list):
        return "".join(f"<t:{name}>{xml(v)}</t:{name}>" for name, v in value)
    return str(value)


def envelope(service: str, operation: str, params: dict) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/'
            f'envelope/" xmlns:t="{NS}{service.lower()}.apw"><soap:Body><t:{operation}>{xml(params)}'
            f"</t:{operation}></soap:Body></soap:Envelope>").encode()


def post(port: int, path: str, body: bytes) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("POST", path, body, {"Content-Type": "text/xml; charset=utf-8", "Authorization": AUTH})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


def new_order(usercode: str) -> bytes:
    items = [("SALESORDERITEMVIEW", {"ORDERITEM": f"{n:02d}", "PRODUCTID": code, "QUANTITY": quantity})
             for n, (code, quantity) in enumerate((("PA0002", 10), ("PA0006", 20), ("PA0007", 5)), start=1)]
    return envelope("MTCUSTOMERSALESORDER", "PUTSALESORDER", {
        "USERCODE": usercode, "CUSTOMERID": CUSTOMER,
        "SALESORDER": {"SOHEADER": {"CUSTOMERCODE": CUSTOMER[:6], "CUSTOMERUNIT": CUSTOMER[6:]}, "SOITEM": items}})


def cases(usercode: str) -> list[tuple[str, str, bytes]]:
    """(name, path, request) of each operation measured."""
    today = dt.date.today()
    return [
        ("MTPRODUCT.GETCATALOG(10)", "/ws/MTPRODUCT.apw", envelope(
            "MTPRODUCT", "GETCATALOG", {"USERCODE": usercode, "PAGELEN": 10, "PAGEFIRST": 1})),
        ("MTPRODUCT.GETSTOCK(3)", "/ws/MTPRODUCT.apw", envelope(
            "MTPRODUCT", "GETSTOCK", {"USERCODE": usercode, "PRODUCTCODE": "PA0001,PA0002,ME0001", "WAREHOUSE": ""})),
        (f"BRWSALESORDER({PAGE})", "/ws/MTCUSTOMERSALESORDER.apw", envelope(
            "MTCUSTOMERSALESORDER", "BRWSALESORDER", {
                "USERCODE": usercode, "CUSTOMERID": CUSTOMER, "REGISTERDATEFROM": today - dt.timedelta(days=90),
                "REGISTERDATETO": today, "PAGELEN": PAGE, "PAGEFIRST": 1})),
        ("GETSALESORDER(3 items)", "/ws/MTCUSTOMERSALESORDER.apw", envelope(
            "MTCUSTOMERSALESORDER", "GETSALESORDER", {
                "USERCODE": usercode, "CUSTOMERID": CUSTOMER, "ORDERID": ORDER_WITH_THREE_ITEMS})),
        ("PUTSALESORDER(3 items)", "/ws/MTCUSTOMERSALESORDER.apw", new_order(usercode)),
        ("USERPORTAL.PRTLISTMENU", "/ws/USERPORTAL.apw", envelope(
            "USERPORTAL", "PRTLISTMENU", {"USERPORTALCODE": "000001", "USERCODE": usercode,
                                          "USERLOGIN": "cliente01"})),
    ]


# --- load: wrk, or client processes ----------------------------------------------------------------

WRK_SCRIPT = """wrk.method = "POST"
local f = io.open("{body}", "rb")
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["Authorization"] = "{auth}"
"""
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * _UNITS[unit]


def load_wrk(port: int, path: str, body: bytes, seconds: float, connections: int, folder: Path):
    """(requests per second, p50 ms, p99 ms) under wrk."""
    (folder / "body.xml").write_bytes(body)
    (folder / "post.lua").write_text(WRK_SCRIPT.format(body=folder / "body.xml", auth=AUTH))
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "30s", "--latency", "-s",
                          str(folder / "post.lua"), f"http://127.0.0.1:{port}{path}"],
                         capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out or "Socket errors" in out or "Latency Distribution" not in out:  # refused, or over 30 s
        raise RuntimeError(out)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    return rate, p50, p99


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


def load_python(port: int, path: str, body: bytes, seconds: float, connections: int, folder: Path):
    """(requests per second, p50 ms, p99 ms) with ``connections`` client processes."""
    queue = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=_client, args=(port, path, body, seconds, queue))
               for _ in range(connections)]
    for w in workers:
        w.start()
    latencies = sorted(x for _ in workers for x in queue.get())
    for w in workers:
        w.join()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / seconds, statistics.median(latencies) * 1000, p99 * 1000


# --- the floor -------------------------------------------------------------------------------------


def floor_app(answers: dict[bytes, bytes]):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)

    def app(environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        etree.fromstring(body, parser)
        answer = answers[body]
        start_response("200 OK", [("Content-Type", "text/xml; charset=utf-8"), ("Content-Length", str(len(answer)))])
        return [answer]

    return app


def _serve_floor(port: int, answers: dict[bytes, bytes]) -> None:
    import waitress

    waitress.serve(floor_app(answers), host="127.0.0.1", port=port, threads=THREADS, _quiet=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--driver", choices=("wrk", "python"), default="wrk" if shutil.which("wrk") else "python")
    args = parser.parse_args()
    load = load_wrk if args.driver == "wrk" else load_python

    folder = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    port = free_port()
    (folder / "appserver.ini").write_text(
        f"[HTTP]\nPort={port}\n[WebServices]\nEnvironment=P12\nSecurity=1\nInstances=2,{THREADS}\nConout=0\n"
        f"[P12]\nDBURL=sqlite:///{folder}/p12.db\n")
    server = subprocess.Popen([sys.executable, str(ROOT / "server.py"), "--ini", str(folder / "appserver.ini"),
                               "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_listening(port, server)
        status, answer = post(port, "/ws/USERPORTAL.apw", envelope(
            "USERPORTAL", "PRTLOGIN", {"USERLOGIN": "cliente01", "USERPASSWORD": "cliente01"}))
        usercode = answer.split(b"USERCODE>")[1].split(b"<")[0].decode()
        for _ in range(PAGE):  # BRWSALESORDER lists a full page
            status, answer = post(port, "/ws/MTCUSTOMERSALESORDER.apw", new_order(usercode))
            assert status == 200, answer[:300]
        measured = cases(usercode)
        answers = {}
        for name, path, body in measured:
            status, answers[body] = post(port, path, body)
            assert status == 200, (name, answers[body][:300])

        floor_port = free_port()
        floor = multiprocessing.Process(target=_serve_floor, args=(floor_port, answers), daemon=True)
        floor.start()
        wait_listening(floor_port)
        print(f"{args.driver}, {args.connections} connections, {args.seconds:g} s each, best of {args.rounds}, "
              f"{THREADS} server threads, {multiprocessing.cpu_count()} cores")
        print(f"{'operation':26} {'floor req/s':>11} {'server req/s':>12} {'ratio':>6} "
              f"{'floor p50':>9} {'p99':>7} {'server p50':>10} {'p99':>7} {'p99/p50':>7}")
        try:
            for name, path, body in measured:
                floors, servers = [], []
                for _ in range(args.rounds):
                    floors.append(load(floor_port, path, body, args.seconds, args.connections, folder))
                    time.sleep(1)  # what the last load left queued drains
                    servers.append(load(port, path, body, args.seconds, args.connections, folder))
                    time.sleep(1)
                floor_rate, floor_p50, floor_p99 = max(floors)
                rate, p50, p99 = max(servers)
                print(f"{name:26} {floor_rate:11.0f} {rate:12.0f} {rate / floor_rate:6.2f} {floor_p50:9.2f} "
                      f"{floor_p99:7.2f} {p50:10.2f} {p99:7.2f} {p99 / max(p50, 1e-3):7.1f}", flush=True)
        finally:
            floor.terminate()
            floor.join()
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
