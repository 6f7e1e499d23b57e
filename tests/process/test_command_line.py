"""server.py on the command line: a bad appserver.ini stops it before it listens, with one line
that names the file, the line, the key and what was expected."""
from tests.model.test_ini import GOOD, write
from tests.support.servers import run_server_py


def test_server_stops_before_listening_on_a_bad_file(tmp_path):
    path = write(tmp_path, GOOD.replace("Security=1        ; comment", "Security=maybe"))
    done = run_server_py(ini=path, check=False)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"{path}: line 9: [WebServices] Security: expected 0 or 1; got 'maybe'"]


def test_missing_file(tmp_path):
    done = run_server_py(ini=tmp_path / "nope.ini", check=False)
    assert done.returncode == 2 and "file not found" in done.stderr and done.stderr.count("\n") == 1


