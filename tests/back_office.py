"""Direct access to a test server's database, for what the back office (not the portal) does."""
from contextlib import contextmanager

from model.database import Company, Database

_databases: dict[str, Database] = {}


@contextmanager
def back_office(server):
    """A write session on the server's database (branch 01)."""
    if server.db_url not in _databases:
        _databases[server.db_url] = Database(server.db_url, Company("01", "01"))
    with _databases[server.db_url].session(write=True) as session:
        yield session
