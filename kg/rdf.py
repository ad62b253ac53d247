"""The one place that writes triples: a resolved `Corpus` becomes RDF quads.

Terms are pyoxigraph's (`NamedNode`, `Literal`), made in Rust and handed to
Oxigraph's serialisers and stores as they are. Each article's assertions go
in the named graph of that article (`graphs`); `subjects` is their union.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

import pyoxigraph as ox
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg import iri
from kg.resolve import Actor, Corpus, Merged
from kg.vocab import KG

PREFIXES = iri.PREFIXES


@lru_cache(maxsize=1 << 16)
def node(value: str) -> ox.NamedNode:
    """The IRI `value` as a term (the same few thousand IRIs recur: one object each)."""
    return ox.NamedNode(value)


@lru_cache(maxsize=None)
def term(name: str) -> ox.NamedNode:
    """A kg vocabulary term: only the terms the ontology declares (kg.vocab.KG is closed)."""
    return node(str(getattr(KG, name)))


TYPE, LABEL, ALT_LABEL, SAME_AS = node(str(RDF.type)), node(str(RDFS.label)), node(str(SKOS.altLabel)), \
    node(str(OWL.sameAs))
COMMENT = node(str(RDFS.comment))
INTEGER, DATE = node(str(XSD.integer)), node(str(XSD.date))
DATATYPE = {"date": DATE, "gYearMonth": node(str(XSD.gYearMonth)), "gYear": node(str(XSD.gYear))}
CLASS = {kind: term(kind.capitalize()) for kind in
         ("role", "meeting", "visit", "gift", "statement", "sanction", "claim")}


def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def _french(value: str) -> ox.Literal:
    return ox.Literal(value, language="fr")


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=INTEGER)


def article_triples(article, meta=None, labels: dict | None = None) -> list[tuple]:
    """An article's description; `labels`: the resolved actors' labels by IRI, so that an outlet
    that is also an actor has its one label."""
    s = node(iri.article(article.id))
    out = [(s, TYPE, term("Article"))]
    if article.title:
        out.append((s, term("headline"), _french(article.title)))
    out.append((s, term("wordCount"), _integer(article.words)))
    if meta is not None:
        if meta.published:
            out.append((s, term("datePublished"), ox.Literal(meta.published, datatype=DATE)))
        if meta.author:
            out.append((s, term("author"), _text(meta.author)))
        if meta.publisher is not None:
            outlet = node(meta.publisher.iri)
            out += [(s, term("publisher"), outlet), (outlet, TYPE, term("Organization")),
                    (outlet, LABEL, _text((labels or {}).get(meta.publisher.iri, meta.publisher.label)))]
            if meta.publisher.wikidata:
                out.append((outlet, SAME_AS, node(iri.wikidata(meta.publisher.wikidata))))
    return out


def actor_triples(actor: Actor, article_id: str | None = None) -> list[tuple]:
    """An actor's description, with `kg:mentionedIn` every article (or only `article_id`, one
    of them: the actor as that article's graph holds it)."""
    s = node(actor.iri)
    out = [(s, TYPE, term(actor.type)), (s, LABEL, _text(actor.label))]
    out += [(s, ALT_LABEL, _text(name)) for name in actor.names]
    if actor.wikidata:
        out.append((s, SAME_AS, node(iri.wikidata(actor.wikidata))))
    out += [(s, term("mentionedIn"), node(iri.article(a)))
            for a in (actor.articles if article_id is None else (article_id,))]
    return out


def knowledge_triples(corpus: Corpus) -> list[tuple]:
    """What the user's knowledge file asserted, if one was applied: the file, and each actor it
    told of or merged, as it says (type, label, Wikidata id, description), `kg:assertedBy` it."""
    known = corpus.knowledge
    if known is None:
        return []
    source = node(known.iri)
    out = [(source, TYPE, term("KnowledgeFile")), (source, LABEL, _text(known.path.name))]
    for actor in corpus.actors:
        if actor.source is None:
            continue
        s = node(actor.iri)
        out += [(s, TYPE, term(actor.type)), (s, LABEL, _text(actor.label)), (s, term("assertedBy"), source)]
        if actor.wikidata:
            out.append((s, SAME_AS, node(iri.wikidata(actor.wikidata))))
        if actor.description:
            out.append((s, COMMENT, _french(actor.description)))
    return out


def evidence_triples(fact: ox.NamedNode, evidence) -> list[tuple]:
    out = []
    for ev in evidence:
        ev_node, article = node(iri.evidence(ev.article, ev.start, ev.end)), node(iri.article(ev.article))
        out += [(fact, term("evidence"), ev_node), (fact, term("source"), article),
                (ev_node, TYPE, term("Evidence")), (ev_node, term("inArticle"), article),
                (ev_node, term("sentence"), _french(ev.sentence)),
                (ev_node, term("startOffset"), _integer(ev.start)), (ev_node, term("endOffset"), _integer(ev.end))]
    return out


def fact_triples(m: Merged) -> list[tuple]:
    """The triples of one fact, without its evidence."""
    s, r = node(m.iri), m.record
    out: list[tuple] = [(s, TYPE, CLASS[m.kind])]

    def link(prop, actor):
        if actor is not None:
            out.append((s, term(prop), node(actor.iri)))

    def lit(prop, value, lang=None):
        if value:
            out.append((s, term(prop), ox.Literal(value, language=lang)))

    if m.kind == "role":
        link("holder", r.person)
        out.append((node(r.person.iri), term("hasRole"), s))
        lit("title", r.title, "fr")
        link("roleIn", r.organization)
    elif m.kind == "meeting":
        for p in r.participants:
            link("participant", p)
        link("place", r.place)
        lit("status", r.status)
    elif m.kind == "visit":
        link("traveler", r.traveler)
        link("destination", r.destination)
    elif m.kind == "gift":
        link("giver", r.giver)
        link("recipient", r.recipient)
        lit("item", r.item, "fr")
    elif m.kind == "statement":
        link("speaker", r.speaker)
        lit("quote", r.quote, "fr")
    elif m.kind == "sanction":
        link("imposer", r.imposer)
        link("target", r.target)
        lit("reason", r.reason, "fr")
    elif m.kind == "claim":
        link("claimant", r.claimant)
        lit("polarity", r.polarity)
        lit("text", r.text, "fr")
    date = getattr(r, "date", None)
    if date is not None:
        out.append((s, term("date"), ox.Literal(date.value, datatype=DATATYPE[date.precision])))
    return out


def graphs(corpus: Corpus, metas: dict | None = None) -> Iterator[tuple]:
    """The corpus split by article: (graph name, triples) for each article, by IRI, then the default graph.

    An article's graph holds what that article asserts: its own description,
    the actors it mentions (with `kg:mentionedIn` it), and the facts it
    sources with their evidence from it. A fact or actor from several
    articles is in each of their graphs; the union of the graphs is
    `subjects`, so provenance survives a load into a triple store. What the
    user's knowledge file asserted is in the graph named by its IRI; what no
    article sources is in the default graph. Made one graph at a time, so a
    large corpus is never held as quads.
    """
    metas = metas or {}
    labels = {a.iri: a.label for a in corpus.actors}
    actors, facts, default = defaultdict(list), defaultdict(list), []
    for actor in corpus.actors:
        for article_id in actor.articles:
            actors[article_id].append(actor)
        if not actor.articles:
            default += actor_triples(actor)
    for m in corpus.facts:
        told: dict = defaultdict(list)  # article → the evidence from it
        for ev in m.evidence:
            told[ev.article].append(ev)
        for article_id in sorted(told):
            facts[article_id].append((m, told[article_id]))
        if not told:
            default += fact_triples(m)
    for article in sorted(corpus.articles, key=lambda a: iri.article(a.id)):
        triples = article_triples(article, metas.get(article.id), labels)
        for actor in actors[article.id]:
            triples += actor_triples(actor, article.id)
        for m, evidence in facts[article.id]:
            triples += fact_triples(m)
            triples += evidence_triples(node(m.iri), evidence)
        yield node(iri.article(article.id)), triples
    if corpus.knowledge is not None:
        yield node(corpus.knowledge.iri), knowledge_triples(corpus)
    if default:
        yield ox.DefaultGraph(), default


def subjects(corpus: Corpus, metas: dict | None = None) -> dict:
    """The union of `graphs`, by subject: subject → its (predicate, object) pairs, once each."""
    metas = metas or {}
    labels = {a.iri: a.label for a in corpus.actors}
    out: dict = defaultdict(dict)  # subject → {(predicate, object): None}, an ordered set

    def put(triples):
        for s, p, o in triples:
            out[s][(p, o)] = None

    for article in corpus.articles:
        put(article_triples(article, metas.get(article.id), labels))
    for actor in corpus.actors:
        put(actor_triples(actor))
    for m in corpus.facts:
        put(fact_triples(m))
        put(evidence_triples(node(m.iri), m.evidence))
    put(knowledge_triples(corpus))
    return {s: list(pairs) for s, pairs in out.items()}
