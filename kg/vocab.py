"""The kg vocabulary as a closed namespace: a term the ontology does not declare is an error.

`tests/test_ontology.py` checks that this list and `ontology/kg.ttl` agree.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from kg import iri


class KG(DefinedNamespace):
    _NS = Namespace(iri.ONTOLOGY)
    _fail = True

    # classes
    Fact: URIRef
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Role: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Gift: URIRef
    Statement: URIRef
    Sanction: URIRef
    Claim: URIRef
    Article: URIRef
    Evidence: URIRef
    KnowledgeFile: URIRef
    # provenance
    source: URIRef
    evidence: URIRef
    inArticle: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    mentionedIn: URIRef
    assertedBy: URIRef
    # articles
    headline: URIRef
    publisher: URIRef
    author: URIRef
    datePublished: URIRef
    wordCount: URIRef
    # roles
    holder: URIRef
    hasRole: URIRef
    title: URIRef
    roleIn: URIRef
    # events
    participant: URIRef
    place: URIRef
    date: URIRef
    status: URIRef
    traveler: URIRef
    destination: URIRef
    giver: URIRef
    recipient: URIRef
    item: URIRef
    speaker: URIRef
    quote: URIRef
    imposer: URIRef
    target: URIRef
    reason: URIRef
    claimant: URIRef
    polarity: URIRef
    text: URIRef
