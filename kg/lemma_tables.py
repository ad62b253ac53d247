"""The lemmatizer's lookup tables, read in a tenth of the time spaCy takes.

The French model's lemmatizer reads 216,871 entries (its lookups.bin) into spaCy `Table`s, an
`OrderedDict` whose `__setitem__`, written in Python, hashes each key and adds it to a Bloom
filter: about 0.5 s in every process that loads the model. The keys in the file are already
hashes, so `read` puts them in with the dictionary's own `__setitem__` and fills the filter in the
same loop: the same tables, found in the same way. A table with any other key is read the
normal way.
"""
from __future__ import annotations

import contextlib
from collections import OrderedDict


def table(name: str, data: dict):
    """A spaCy `Table` named `name` holding `data`, as `Table(name, data)` makes it."""
    from spacy.lookups import Table

    if not all(type(key) is int for key in data):
        return Table(name, data)
    made = Table(name)  # an empty table, its filter sized for a million keys: resized below
    from preshed.bloom import BloomFilter

    made.bloom = bloom = BloomFilter.from_error_rate(max(len(data), 1))
    put, add = OrderedDict.__setitem__, bloom.add
    for key, value in data.items():
        put(made, key, value)
        add(key)
    return made


def _from_bytes(self, bytes_data: bytes, **_kwargs):
    import srsly

    self._tables = {name: table(name, data) for name, data in srsly.msgpack_loads(bytes_data).items()}
    return self


@contextlib.contextmanager
def faster():
    """spaCy's `Lookups.from_bytes` reading tables with `table`, in the block."""
    from spacy.lookups import Lookups

    normal = Lookups.from_bytes
    Lookups.from_bytes = _from_bytes
    try:
        yield
    finally:
        Lookups.from_bytes = normal
