"""Direct access to a test server's database, for what the back office (not the portal) does."""
from contextlib import contextmanager


@contextmanager
def back_office(server):
    """A write session on the server's own database."""
    with server.db.session(write=True) as session:
        yield session
