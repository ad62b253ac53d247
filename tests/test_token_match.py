"""The French tokenizer's word regex, grouped: the same strings match, and loading uses it."""
import random
import re

import pytest
import srsly

from kg import nlp, token_match


@pytest.mark.parametrize("pattern, grouped", [
    ("(?iu)(?:^[a-z]x[0-9]+$)|(?:^[a-z]y[0-9]+$)|(?:^z$)",
     "(?iu)(?:^[a-z](?:x|y)[0-9]+$)|(?:^(?:z)$)"),
    ("(?i)(?:^a(?:b|c)?[d]*$)|(?:^e[d]*$)", "(?i)(?:^(?:a(?:b|c)?|e)[d]*$)"),
    ("(?i)(?:^\\[x[y]$)", "(?i)(?:^(?:\\[x)[y]$)"),
])
def test_alternatives_sharing_their_classes_are_one(pattern, grouped):
    assert token_match.grouped(pattern) == grouped


@pytest.mark.parametrize("pattern", [
    "^a$|^b$",  # no flags
    "(?i)(?:^a$)|b",  # an alternative not in a group
    "(?i)(?:a$)",  # not anchored
    "(?i)(?:^a|b$)",  # an alternation inside
    "(?i)(?:^(a$)",  # unbalanced
])
def test_other_forms_are_left_alone(pattern):
    assert token_match.grouped(pattern) is None


def _words(pattern: str) -> list[str]:
    """Strings near what the expression matches: its literal parts joined by hyphens, elisions and
    letters, in several cases, with and without endings."""
    rnd = random.Random(7)
    literals = sorted({lit for lit in re.findall(r"[a-zà-ÿ]{2,}", re.sub(r"\[[^\]]*\]", " ", pattern))})
    words = ["peut-être", "Kim", "Jong-un", "aujourd'hui", "porte-parole", "États-Unis", "saut-de-ski",
             "entr'ouvert", "New-York", "rock-n-roll", "-", "'", ""]
    for lit in literals:
        other = rnd.choice(literals)
        for joint in ("-", "‐", "'", "’", "", "-de-", "-en-l'", "-saint-"):
            word = lit + joint + other
            words += [word, word.upper(), word.title(), word + "s", word + "-" + rnd.choice(literals)]
    return words


def test_the_french_expression_matches_what_it_matched():
    path = token_match.tokenizer_file(nlp.MODEL)
    pattern = srsly.read_msgpack(path)["token_match"]
    faster = re.compile(token_match.grouped(pattern))
    original = re.compile(pattern, re.UNICODE)  # (a flag it already has: not the primed entry)
    words = _words(pattern)
    matched = [w for w in words if original.match(w)]
    assert len(matched) > 1000
    assert [w for w in words if bool(faster.match(w)) != bool(original.match(w))] == []


def test_the_loaded_tokenizer_uses_the_grouped_expression():
    tokenizer = nlp.load().tokenizer
    assert len(tokenizer.token_match.__self__.pattern) < 100_000
    assert [t.text for t in tokenizer("Il est peut-être parti entr'temps à New-York.")][:4] == \
        ["Il", "est", "peut-être", "parti"]


def test_priming_again_puts_back_what_the_cache_dropped():
    path = token_match.tokenizer_file(nlp.MODEL)
    pattern = srsly.read_msgpack(path)["token_match"]
    re.purge()
    assert token_match.prime(path)
    assert len(re.compile(pattern).pattern) < 100_000
