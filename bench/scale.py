"""How the server's cost grows with the data, and how it scales with processes.

    python bench/scale.py [--backend postgresql] [--small 10000] [--large 1000000]
                          [--customers 1000] [--products 2000] [--requests 200]
                          [--seconds 5] [--clients 4] [--regenerate]

1. Latency against the size of the data. Two databases are filled by bench/generate.py (kept
   between runs as ``bench_<orders>``, or ``bench-<orders>.db`` beside this file; made again with
   ``--regenerate``), with the same customers and products and ``--small`` and ``--large``
   orders. On each, ``python server.py`` serves and one client calls every browse and get in turn,
   as the portal user ``bench`` for the first generated customer; the median (p50) of
   ``--requests`` calls each is printed for both sizes, with the ratio large/small (both servers
   run at once and take turns, so the machine's other work weighs on both alike). Each call asks
   for an answer of the same size at both sizes (a page of 5, BRWIDORDER's of 1; BRWRELEASE a
   period that holds the customer's last 5 orders), so the ratio shows what the size of the tables
   costs.
2. Processes. On the large database, ``python server.py --workers 1`` and then ``--workers 2``
   are loaded by ``--clients`` client processes for ``--seconds`` with a mix of those calls; a
   floor (gunicorn with the same workers and threads, an application that only parses the request
   with lxml and returns the server's answer) is loaded the same way. The figure is (2-process
   throughput / 1-process throughput) for the server and for the floor, and their ratio.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import multiprocessing
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.throughput import AUTH, envelope, free_port, wait_listening  # noqa: E402  (shared with the throughput bench)

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
CUSTOMER = "10000001"  # the first generated customer, linked to the bench user
ALL_TIME = ("2000-01-01", "2100-12-31")
WARM_UP = 20
THREADS = 8  # Instances max of the servers under test


class Client:
    """One keep-alive HTTP connection to a server."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def post(self, path: str, body: bytes) -> bytes:
        self.conn.request("POST", path, body, {"Content-Type": "text/xml; charset=utf-8", "Authorization": AUTH})
        response = self.conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}: {data[:300]!r}")
        return data

    def close(self) -> None:
        self.conn.close()


# --- the databases and the server -------------------------------------------------------------


def database_url(backend: str, orders: int) -> str:
    if backend == "sqlite":
        return f"sqlite:///{ROOT / 'bench' / f'bench-{orders}.db'}"
    return f"{PG_SERVER}/bench_{orders}"


def ensure_database(url: str, orders: int, args) -> None:
    """Generate the database of ``url`` unless it holds a generated company already."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from bench.generate import BENCH_LOGIN, generate

    if not args.regenerate:
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                if conn.execute(text("SELECT 1 FROM \"AI3010\" WHERE RTRIM(\"AI3_LOGIN\") = :l"),  # stored padded
                                {"l": BENCH_LOGIN}).first():
                    return
        except OperationalError:
            pass
        finally:
            engine.dispose()
    print(f"generating {url} ({orders:,} orders)...", flush=True)
    generate(url, args.customers, args.products, orders, replace=True)


def start_server(url: str, folder: Path, workers: int | None = None) -> tuple[subprocess.Popen, int]:
    port = free_port()
    ini = folder / f"appserver-{port}.ini"
    ini.write_text(f"[HTTP]\nPort={port}\n[WebServices]\nEnvironment=P12\nSecurity=1\nInstances=2,{THREADS}\n"
                   f"Conout=0\n[P12]\nDBURL={url}\n")
    command = [sys.executable, str(ROOT / "server.py"), "--ini", str(ini), "--host", "127.0.0.1"]
    if workers:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_listening(port, server, seconds=120)
    return server, port


def stop(process) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()


def cases(url: str, client: Client) -> list[tuple[str, str, bytes]]:
    """(name, path, body) of every call measured, for the bench user and its first customer."""
    from sqlalchemy import create_engine, text

    answer = client.post("/ws/USERPORTAL.apw", envelope("USERPORTAL", "PRTLOGIN",
                                                         {"USERLOGIN": "bench", "USERPASSWORD": "bench01"}))
    code = re.search(rb"USERCODE>([^<]+)<", answer).group(1).decode()
    engine = create_engine(url)
    with engine.connect() as conn:
        recent = conn.execute(text(
            'SELECT "C5_NUM", "C5_EMISSAO" FROM "SC5010" WHERE "C5_FILIAL" = \'01\' AND "C5_CLIENTE" = :c '
            'AND "C5_LOJACLI" = \'01\' AND "D_E_L_E_T_" = \' \' ORDER BY "C5_EMISSAO" DESC, "C5_NUM" DESC LIMIT 5'),
            {"c": CUSTOMER[:6]}).all()
        invoiced = conn.execute(text(
            'SELECT "C5_NUM" FROM "SC5010" WHERE "C5_FILIAL" = \'01\' AND "C5_CLIENTE" = :c AND "C5_NOTA" <> \'\' '
            'AND "D_E_L_E_T_" = \' \' ORDER BY "C5_NUM" LIMIT 1'), {"c": CUSTOMER[:6]}).scalar()
        product = conn.execute(text('SELECT min("B1_COD") FROM "SB1010" WHERE "B1_COD" LIKE \'P0%\'')).scalar()
    engine.dispose()
    since = dt.datetime.strptime(recent[-1][1], "%Y%m%d").date().isoformat()
    who = {"USERCODE": code, "CUSTOMERID": CUSTOMER}
    page = {"PAGELEN": 5, "PAGEFIRST": 1}  # at 10,000 orders the customer has about 10 orders, one with a bid
    history = {"REGISTERDATEFROM": ALL_TIME[0], "REGISTERDATETO": ALL_TIME[1]}
    so = "MTCUSTOMERSALESORDER"
    calls = [
        (so, "BRWSALESORDER", {**who, **history, **page}),
        (so, "BRWTOTALSALESORDER", {**who, **history}),
        (so, "BRWIDORDER", {**who, "ORDERID": "", "PAGELEN": 1, "PAGEFIRST": 1}),
        (so, "GETSALESORDER", {**who, "ORDERID": invoiced}),
        (so, "GETRELEASE", {**who, "ORDERID": invoiced}),
        (so, "GETSTATUSRELEASE", {**who, "ORDERID": invoiced}),
        (so, "BRWRELEASE", {**who, "REGISTERDATEFROM": since, "REGISTERDATETO": ALL_TIME[1]}),
        ("MTCUSTOMER", "GETCUSTOMER", who),
        ("MTPRODUCT", "GETCATALOG", {"USERCODE": code, **page}),
        ("MTPRODUCT", "GETCATALOG", {"USERCODE": code, "TYPEOFPRODUCTIN": "PA", **page}),
        ("MTPRODUCT", "GETSTOCK", {"USERCODE": code, "PRODUCTCODE": product, "WAREHOUSE": ""}),
        ("MTPRODUCT", "GETPRICE", {"USERCODE": code, "PRODUCTCODE": product, "QUERYADDWHERE": ""}),
    ]
    found = []
    for service, operation, params in calls:
        name = f"{service}.{operation}" + (" (type)" if "TYPEOFPRODUCTIN" in params else "")
        body = envelope(service, operation, params)
        client.post(f"/ws/{service}.apw", body)  # must answer 200
        found.append((name, f"/ws/{service}.apw", body))
    return found


def latencies(ports: dict[int, int], calls: dict[int, list], requests: int) -> dict[int, dict[str, float]]:
    """Size -> case -> p50 in ms of ``requests`` sequential calls, after a warm-up. The servers of
    both sizes run at once and take turns by rounds of 10 calls, so that what else the machine
    does weighs on both alike."""
    clients = {size: Client(port) for size, port in ports.items()}
    found: dict[int, dict[str, float]] = {size: {} for size in ports}
    for n, (name, _, _) in enumerate(next(iter(calls.values()))):
        times: dict[int, list[float]] = {size: [] for size in ports}
        for size, client in clients.items():
            for _ in range(WARM_UP):
                client.post(*calls[size][n][1:])
        for _ in range(max(1, requests // 10)):
            for size, client in clients.items():
                _, path, body = calls[size][n]
                for _ in range(10):
                    started = time.perf_counter()
                    client.post(path, body)
                    times[size].append(time.perf_counter() - started)
        for size in ports:
            found[size][name] = statistics.median(times[size]) * 1000
    for client in clients.values():
        client.close()
    return found


# --- throughput -------------------------------------------------------------------------------


def _load_client(port: int, calls, seconds: float, out) -> None:
    client = Client(port)
    done, n = 0, 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        _, path, body = calls[n % len(calls)]
        client.post(path, body)
        done += 1
        n += 1
    client.close()
    out.put(done)


def throughput(port: int, calls, seconds: float, clients: int, rounds: int = 6) -> float:
    """Requests per second that ``clients`` processes get, each cycling through ``calls``: load
    is applied in rounds of ``seconds`` until two rounds in a row agree within 10 % (a cold
    worker compiles its schemas and statements, opens its connections, checks a password once),
    and the last round counts."""
    previous = 0.0
    for _ in range(rounds):
        rate = _round(port, calls, seconds, clients)
        if previous and abs(rate - previous) <= 0.1 * max(rate, previous):
            break
        previous = rate
    return rate


def _round(port: int, calls, seconds: float, clients: int) -> float:
    queue = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=_load_client, args=(port, calls[i:] + calls[:i], seconds, queue))
               for i in range(clients)]
    for w in workers:
        w.start()
    total = sum(queue.get() for _ in workers)
    for w in workers:
        w.join()
    return total / seconds


def floor_app(answers: dict[tuple[str, str], bytes]):
    """What any SOAP server on this stack must at least do: read the body, parse it with lxml,
    answer the bytes the real server answered for that operation."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)

    def app(environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        operation = etree.QName(etree.fromstring(body, parser)[0][0]).localname
        answer = answers[(environ["PATH_INFO"], operation)]
        start_response("200 OK", [("Content-Type", "text/xml; charset=utf-8"), ("Content-Length", str(len(answer)))])
        return [answer]

    return app


def _serve_floor(port: int, workers: int, answers) -> None:
    import os

    from appserver.workers import serve_workers

    sys.stderr = open(os.devnull, "w")  # gunicorn's start and stop lines

    serve_workers(lambda: floor_app(answers), "127.0.0.1", port, workers, THREADS)


def processes(url: str, folder: Path, calls, args) -> dict[str, float]:
    """Requests per second of the server and of the floor with 1 and with 2 worker processes."""
    rates = {}
    answers = {}
    for workers in (1, 2):
        server, port = start_server(url, folder, workers)
        try:
            client = Client(port)
            for _, path, body in calls:
                answers[(path, re.search(rb"<t:(\w+)>", body).group(1).decode())] = client.post(path, body)
            client.close()
            rates[f"server {workers}"] = throughput(port, calls, args.seconds, args.clients)
        finally:
            stop(server)
        port = free_port()
        floor = multiprocessing.Process(target=_serve_floor, args=(port, workers, answers), daemon=True)
        floor.start()
        try:
            wait_listening(port, seconds=120)
            rates[f"floor {workers}"] = throughput(port, calls, args.seconds, args.clients)
        finally:
            floor.terminate()
            floor.join(15)
    return rates


def machine() -> str:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.node()}: {multiprocessing.cpu_count()} cores {cpu}, Python {platform.python_version()}"


def print_latencies(p50, calls, small: int, large: int) -> None:
    print(f"\n{'operation':40} {'p50 ' + format(small, ','):>14} {'p50 ' + format(large, ','):>16} {'ratio':>7}")
    for name, _, _ in calls[small]:
        print(f"{name:40} {p50[small][name]:11.2f} ms {p50[large][name]:13.2f} ms "
              f"{p50[large][name] / p50[small][name]:7.2f}")
    worst = max(p50[large][n] / p50[small][n] for n, _, _ in calls[small])
    print(f"{'worst ratio (goal <= 1.20)':40} {'':14} {'':16} {worst:7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200, help="calls of each operation for its p50")
    parser.add_argument("--seconds", type=float, default=5, help="of load for each throughput figure")
    parser.add_argument("--clients", type=int, default=4, help="client processes for the throughput figures")
    parser.add_argument("--regenerate", action="store_true", help="generate the databases again")
    parser.add_argument("--skip-processes", action="store_true", help="only the latency figures")
    parser.add_argument("--skip-latency", action="store_true", help="only the process figures")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="portal-scale-"))
    print(f"{dt.date.today().isoformat()}  {machine()}  backend {args.backend}", flush=True)
    calls, ports, servers = {}, {}, []
    try:
        for size in (args.small, args.large):
            url = database_url(args.backend, size)
            ensure_database(url, size, args)
            server, ports[size] = start_server(url, folder)
            servers.append(server)
            client = Client(ports[size])
            calls[size] = cases(url, client)
            client.close()
        p50 = None if args.skip_latency else latencies(ports, calls, args.requests)
    finally:
        for server in servers:
            stop(server)

    if p50 is not None:
        print_latencies(p50, calls, args.small, args.large)
    if not args.skip_processes:
        rates = processes(database_url(args.backend, args.large), folder, calls[args.large], args)
        server_ratio = rates["server 2"] / rates["server 1"]
        floor_ratio = rates["floor 2"] / rates["floor 1"]
        print(f"\n{'':10} {'1 process req/s':>16} {'2 processes req/s':>18} {'2/1':>6}")
        for who, ratio in (("server", server_ratio), ("floor", floor_ratio)):
            print(f"{who:10} {rates[who + ' 1']:16.0f} {rates[who + ' 2']:18.0f} {ratio:6.2f}")
        print(f"server's 2/1 over the floor's 2/1 (goal >= 0.90): {server_ratio / floor_ratio:.2f}")


if __name__ == "__main__":
    main()
