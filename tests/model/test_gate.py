"""The SQLite gate: one unit of work at a time per process, opened around work that needs no database."""
import threading

from model import gate
from model.database import Database
from model.gate import Gate


def _in_thread(fn) -> threading.Thread:
    thread = threading.Thread(target=fn, daemon=True)
    thread.start()
    return thread


def _passes(g: Gate, write: bool, timeout: float = 0.3) -> bool:
    """Whether another thread gets through ``g`` within ``timeout``."""
    through = threading.Event()

    def enter():
        with g.entered(write):
            through.set()

    _in_thread(enter)
    return through.wait(timeout)


def test_one_unit_of_work_at_a_time_and_the_same_thread_may_enter_again():
    g = Gate()
    with g.entered():
        with g.entered(write=True):  # a nested unit of work of the same thread
            assert not _passes(g, write=False, timeout=0.1)
        assert not _passes(g, write=False, timeout=0.1)
    assert _passes(g, write=False)


def test_opened_lets_readers_through_while_the_thread_waits_on_something_else():
    g = Gate()
    with g.entered():
        with gate.opened():
            assert _passes(g, write=False)
            assert _passes(g, write=True)
        assert not _passes(g, write=False, timeout=0.1)


def test_a_writer_that_opened_the_gate_keeps_the_other_writers_out_but_not_the_readers():
    """The writer holds SQLite's write lock: a second writer let in would wait for it in SQLite
    while the first waits for the gate."""
    g = Gate()
    second_writer_in = threading.Event()
    with g.entered(write=True):
        with gate.opened():
            assert _passes(g, write=False)

            def write():
                with g.entered(write=True):
                    second_writer_in.set()

            _in_thread(write)
            assert not second_writer_in.wait(0.1)
    assert second_writer_in.wait(1)


def test_opened_outside_a_gate_does_nothing():
    with gate.opened():
        pass


def test_the_sessions_of_an_sqlite_database_take_turns(tmp_path):
    sqlite = Database(f"sqlite:///{tmp_path / 'gate.db'}")
    with sqlite.session():
        assert not _passes(sqlite._sqlite_gate, write=False, timeout=0.1)
    assert _passes(sqlite._sqlite_gate, write=False)
    sqlite.dispose()


def test_a_thread_waiting_at_the_gate_goes_before_one_that_comes_back_at_once():
    """A plain lock lets the thread that just left take it again ahead of the one waiting; some
    requests then wait many turns."""
    g, order = Gate(), []

    def wait_for_a_turn():
        with g.entered():
            order.append("waiting one")

    with g.entered():
        waiting = _in_thread(wait_for_a_turn)
        threading.Event().wait(0.1)  # it is at the gate now
    for _ in range(20):  # leaves, and comes back at once, again and again
        with g.entered():
            order.append("busy one")
    waiting.join(1)
    assert order[0] == "waiting one"


def test_a_reader_turned_writer_and_a_writer_waiting_on_argon2_do_not_wait_for_each_other():
    g = Gate()
    hashing, reader_in, done = threading.Event(), threading.Event(), threading.Event()

    def writer():
        with g.entered(write=True):
            with gate.opened():  # argon2
                hashing.set()
                reader_in.wait(1)
                threading.Event().wait(0.05)  # the reader now asks to write

    def reader_then_writer():
        hashing.wait(1)
        with g.entered():
            reader_in.set()
            with g.entered(write=True):
                done.set()

    threads = [_in_thread(writer), _in_thread(reader_then_writer)]
    assert done.wait(2)
    for thread in threads:
        thread.join(1)
