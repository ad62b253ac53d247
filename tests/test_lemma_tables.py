"""kg.lemma_tables reads the lemmatizer's tables exactly as spaCy does, faster."""
import pytest
from spacy.lookups import Lookups, Table

from kg import lemma_tables, nlp
from kg.token_match import tokenizer_file


def _same(a: Table, b: Table) -> bool:
    return (type(a) is type(b) and a.name == b.name and list(a.items()) == list(b.items())
            and a.bloom.to_bytes() == b.bloom.to_bytes())


def test_the_models_tables_read_faster_are_the_same_tables():
    folder = tokenizer_file(nlp.MODEL).parent / "lemmatizer" / "lookups"
    normal = Lookups().from_disk(folder)
    with lemma_tables.faster():
        fast = Lookups().from_disk(folder)
    assert normal.tables and sorted(fast.tables) == sorted(normal.tables)
    for name in normal.tables:
        assert _same(fast.get_table(name), normal.get_table(name)), name
    forms = fast.get_table("lemma_lookup")
    assert forms.get("abaissé") == ["abaisser"] and "abaissé" in forms and "zzqx" not in forms


@pytest.mark.parametrize("data", [{"chat": "chat", "chats": "chat"}, {1: "a", "b": "b"}, {}, {5: [1, 2]}])
def test_a_table_is_what_spacy_makes_of_the_same_data(data):
    assert _same(lemma_tables.table("t", dict(data)), Table("t", dict(data)))


def test_spacy_reads_the_normal_way_after_the_block_even_on_error():
    normal = Lookups.from_bytes
    with pytest.raises(RuntimeError):
        with lemma_tables.faster():
            assert Lookups.from_bytes is not normal
            raise RuntimeError
    assert Lookups.from_bytes is normal
