"""The one place that writes triples: a resolved `Corpus` becomes an RDF graph."""
from __future__ import annotations

from types import SimpleNamespace

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg import iri
from kg.resolve import Actor, Corpus, Merged
from kg.vocab import KG

PREFIXES = {
    "kg": KG._NS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "skos": SKOS, "xsd": XSD,
    "actor": iri.RESOURCE, "wd": iri.WIKIDATA,
}
DATATYPE = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}
CLASS = {"role": KG.Role, "meeting": KG.Meeting, "visit": KG.Visit, "gift": KG.Gift,
         "statement": KG.Statement, "sanction": KG.Sanction, "claim": KG.Claim}


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def _text(value: str) -> Literal:
    return Literal(value)


def _french(value: str) -> Literal:
    return Literal(value, lang="fr")


def add_article(g: Graph, article, meta=None) -> None:
    node = URIRef(iri.article(article.id))
    g.add((node, RDF.type, KG.Article))
    if article.title:
        g.add((node, KG.headline, _french(article.title)))
    g.add((node, KG.wordCount, Literal(article.words)))
    if meta is not None:
        if meta.published:
            g.add((node, KG.datePublished, Literal(meta.published.isoformat(), datatype=XSD.date)))
        if meta.author:
            g.add((node, KG.author, _text(meta.author)))
        if meta.publisher is not None:
            outlet = URIRef(meta.publisher.iri)
            g.add((node, KG.publisher, outlet))
            g.add((outlet, RDF.type, KG.Organization))
            g.add((outlet, RDFS.label, _text(meta.publisher.label)))
            if meta.publisher.wikidata:
                g.add((outlet, OWL.sameAs, URIRef(iri.wikidata(meta.publisher.wikidata))))


def add_actor(g: Graph, actor: Actor) -> None:
    node = URIRef(actor.iri)
    g.add((node, RDF.type, getattr(KG, actor.type)))
    g.add((node, RDFS.label, _text(actor.label)))
    for name in actor.names:
        g.add((node, SKOS.altLabel, _text(name)))
    if actor.wikidata:
        g.add((node, OWL.sameAs, URIRef(iri.wikidata(actor.wikidata))))
    for article_id in actor.articles:
        g.add((node, KG.mentionedIn, URIRef(iri.article(article_id))))


def add_evidence(g: Graph, fact: URIRef, merged: Merged) -> None:
    for ev in merged.evidence:
        node = URIRef(iri.evidence(ev.article, ev.start, ev.end))
        article = URIRef(iri.article(ev.article))
        g.add((fact, KG.evidence, node))
        g.add((fact, KG.source, article))
        g.add((node, RDF.type, KG.Evidence))
        g.add((node, KG.inArticle, article))
        g.add((node, KG.sentence, _french(ev.sentence)))
        g.add((node, KG.startOffset, Literal(ev.start)))
        g.add((node, KG.endOffset, Literal(ev.end)))


def _ref(actor: Actor | None) -> URIRef | None:
    return URIRef(actor.iri) if actor is not None else None


def fact_triples(m: Merged) -> list[tuple]:
    """The triples of one fact, without its evidence."""
    s, r = URIRef(m.iri), m.record
    out: list[tuple] = [(s, RDF.type, CLASS[m.kind])]

    def link(prop, actor):
        if actor is not None:
            out.append((s, prop, _ref(actor)))

    def lit(prop, value, lang=None):
        if value:
            out.append((s, prop, Literal(value, lang=lang)))

    if m.kind == "role":
        link(KG.holder, r.person)
        out.append((_ref(r.person), KG.hasRole, s))
        lit(KG.title, r.title, "fr")
        link(KG.roleIn, r.organization)
    elif m.kind == "meeting":
        for p in r.participants:
            link(KG.participant, p)
        link(KG.place, r.place)
        lit(KG.status, r.status)
    elif m.kind == "visit":
        link(KG.traveler, r.traveler)
        link(KG.destination, r.destination)
    elif m.kind == "gift":
        link(KG.giver, r.giver)
        link(KG.recipient, r.recipient)
        lit(KG.item, r.item, "fr")
    elif m.kind == "statement":
        link(KG.speaker, r.speaker)
        lit(KG.quote, r.quote, "fr")
    elif m.kind == "sanction":
        link(KG.imposer, r.imposer)
        link(KG.target, r.target)
        lit(KG.reason, r.reason, "fr")
    elif m.kind == "claim":
        link(KG.claimant, r.claimant)
        lit(KG.polarity, r.polarity)
        lit(KG.text, r.text, "fr")
    date = getattr(r, "date", None)
    if date is not None:
        out.append((s, KG.date, Literal(date.value, datatype=DATATYPE[date.precision])))
    return out


def to_graph(corpus: Corpus, metas: dict | None = None) -> Graph:
    g = new_graph()
    metas = metas or {}
    for article in corpus.articles:
        add_article(g, article, metas.get(article.id))
    for actor in corpus.actors:
        add_actor(g, actor)
    for m in corpus.facts:
        for triple in fact_triples(m):
            g.add(triple)
        add_evidence(g, URIRef(m.iri), m)
    return g


def to_dataset(corpus: Corpus, metas: dict | None = None) -> Dataset:
    """`to_graph` split by article: one named graph per article, named by the article's IRI.

    An article's graph holds what that article asserts: its own description,
    the actors it mentions (with `kg:mentionedIn` it), and the facts it
    sources with their evidence from it. A fact or actor from several
    articles is in each of their graphs; the union of the graphs is exactly
    `to_graph`, so provenance survives a load into a triple store.
    """
    ds = new_dataset()
    metas = metas or {}

    def graph(article_id: str) -> Graph:
        return ds.graph(URIRef(iri.article(article_id)))

    for article in corpus.articles:
        add_article(graph(article.id), article, metas.get(article.id))
    for actor in corpus.actors:
        triples = new_graph()
        add_actor(triples, actor)
        targets = [graph(a) for a in actor.articles] or [ds.default_graph]
        for target in targets:
            for t in triples:
                if t[1] != KG.mentionedIn or t[2] == target.identifier:
                    target.add(t)
    for m in corpus.facts:
        fact = URIRef(m.iri)
        articles = sorted({ev.article for ev in m.evidence})
        if not articles:
            for t in fact_triples(m):
                ds.default_graph.add(t)
        for article_id in articles:
            target = graph(article_id)
            for t in fact_triples(m):
                target.add(t)
            add_evidence(target, fact, SimpleNamespace(
                evidence=[ev for ev in m.evidence if ev.article == article_id]))
    return ds
