"""A learned check on the names the recogniser finds: an actor, and of which type?

The rules of kg.extract.actors propose names; those the gazetteer does not
know are the weak ones: a sentence start read as a name ("Bonjour"), a
surname typed as a place ("Traoré"), a title left on a name ("Capitaine
Ibrahim"). For each such name, a small spaCy text classifier trained on kg's
own annotated articles (eval/dev-*, see kg.learn) reads a description of the
name and its context — its words and their shapes, the recogniser's label,
the type the rules gave it, the words around it, its place in the sentence
and the line — and says Person, Country, Organization, Place or NONE.

The model ships as package data (kg/data/models/actors: config and weights);
`python -m kg.learn actors` retrains it reproducibly. Set KG_ACTOR_MODEL=off to
read with the rules alone (that is how the two are compared), KG_ACTOR_MODEL_DIR
to read another model.
"""
from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

from kg import cues, nlp, token_match
from kg.extract.common import doc_text

LABELS = ("Person", "Country", "Organization", "Place", "NONE")
#: A name is dropped when the model gives NONE at least this probability...
DROP_AT = 0.5
#: ...and retyped when it gives another type at least this probability.
RETYPE_AT = 0.6


def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "X"
    if text[:1].isupper():
        return "Xx"
    if text[:1].isdigit():
        return "d"
    if text.isalpha():
        return "x"
    return "p"


def _word(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower())


def features(doc, start: int, end: int, rule_type: str, ner: str | None) -> str:
    """The description the model reads for the name doc[start:end]: space-separated features."""
    span = doc[start:end]
    words = [t for t in span if not t.is_punct]
    given = cues.words("given_names", "given_names")
    out = [f"rule_{rule_type}", f"ner_{ner or 'none'}", f"len_{min(len(words), 4)}",
           "shape_" + "".join(_shape(t.text) for t in words[:4])]
    out += [f"w_{_word(t.text)}" for t in words[:4]]
    out.append(f"last3_{_word(words[-1].text[-3:])}" if words else "last3_")
    out.append(f"given_{int(bool(words) and words[0].text in given)}")
    out.append(f"lex_{sum(nlp.is_french_word(t.text) for t in words if t.is_alpha)}")
    out.append(f"hyphen_{int(any('-' in t.text for t in words))}")
    out.append(f"sentstart_{int(span[0].is_sent_start)}")
    for k in (1, 2):
        prev = doc[start - k] if start - k >= 0 else None
        nxt = doc[end + k - 1] if end + k - 1 < len(doc) else None
        out.append(f"p{k}_" + (_word(prev.text) if prev is not None and "\n" not in prev.text else "BOL"))
        out.append(f"n{k}_" + (_word(nxt.text) if nxt is not None and "\n" not in nxt.text else "EOL"))
    root = span.root
    out += [f"dep_{root.dep_.replace(':', '_')}", f"head_{_word(root.head.lemma_)}"]
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    out.append(f"line_{min(len(line.split()) // 5, 6)}")
    out.append(f"lineend_{_word(line.rstrip()[-1:]) or 'none'}")
    return " ".join(out)


def enabled() -> bool:
    return os.environ.get("KG_ACTOR_MODEL", "on").lower() not in ("off", "0", "no") and _model() is not None


def model_dir():
    """Where the model is read from: KG_ACTOR_MODEL_DIR, else kg's package data."""
    override = os.environ.get("KG_ACTOR_MODEL_DIR")
    return Path(override) if override else Path(str(resources.files("kg.data").joinpath("models", "actors")))


@functools.cache
def _model():
    import spacy

    path = model_dir()
    if not (path / "meta.json").is_file():
        return None
    token_match.prime(path / "tokenizer")
    return spacy.load(path)


def judge(descriptions: list[str]) -> list[dict[str, float]]:
    """The model's probability of each label, for each description (features())."""
    model = _model()
    return [dict(doc.cats) for doc in model.pipe(descriptions, batch_size=64)]


def decide(scores: dict[str, float], rule_type: str) -> str | None:
    """The type to keep for a name (None: no actor), from the model's scores and the rules' type."""
    if scores.get("NONE", 0.0) >= DROP_AT:
        return None
    best = max((label for label in LABELS if label != "NONE"), key=lambda label: scores.get(label, 0.0))
    if best != rule_type and scores.get(best, 0.0) >= RETYPE_AT:
        return best
    return rule_type
