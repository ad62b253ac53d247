"""The one place that mints IRIs. Deterministic: the same thing always gets the same IRI.

Actors get readable IRIs from their type and name; events, statements and
roles get a short hash of what identifies them, so that a rebuild, another
machine, or another order of the input files gives the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

BASE = "https://w3id.org/kg-news/"
ONTOLOGY = BASE + "ontology#"
RESOURCE = BASE + "id/"
WIKIDATA = "http://www.wikidata.org/entity/"
#: The prefixes kg's Turtle, TriG and SHACL reports write.
PREFIXES = {
    "kg": ONTOLOGY, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": WIKIDATA,
}

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 60) -> str:
    """ASCII, lower case, hyphen-separated; a hash when nothing of the text survives."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    out = _NON_SLUG.sub("-", folded).strip("-")[:limit].strip("-")
    return out or "h" + digest(text)


def digest(*parts: object) -> str:
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def actor(type_: str, name: str) -> str:
    return f"{RESOURCE}{type_.lower()}/{slug(name)}"


def article(article_id: str) -> str:
    return f"{RESOURCE}article/{article_id}"


def evidence(article_id: str, start: int, end: int) -> str:
    return f"{RESOURCE}evidence/{article_id}-{start}-{end}"


def fact(kind: str, *key: object) -> str:
    """An event, statement, role or claim, from the parts that identify it."""
    return f"{RESOURCE}{kind}/{digest(kind, *key)}"


def knowledge(file_name: str) -> str:
    """A user's knowledge file, by its name ("kg.toml"): the same IRI however its entries change."""
    return f"{RESOURCE}knowledge/{slug(file_name)}"


def wikidata(qid: str) -> str:
    return WIKIDATA + qid
