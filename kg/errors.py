"""Domain errors. Library code raises these; the CLI turns them into one line and an exit code."""


class KgError(Exception):
    """An error a user can act on: the message says what is wrong and what to do."""

    exit_code = 1


class InputError(KgError):
    """An article, graph or query file that cannot be used."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""

    exit_code = 2


class EndpointError(KgError):
    """A remote SPARQL endpoint or graph store that refused or failed."""


class OutputError(KgError):
    """A file kg cannot write (permission denied, disk full, a folder in the way)."""
