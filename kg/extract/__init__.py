"""Extraction: a parsed article becomes typed records, one module per fact type.

Each module exposes `extract(ctx) -> list[record]`, a pure function of the
`Context` (the parsed document, the article, the actors found in it, and
the reference date for relative dates). Actors come first: the other
extractors read them from the context.
"""
from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field

from kg import gazetteer
from kg.records import ActorRef, ArticleFacts, Evidence, Mention

#: Bump when any extractor changes what it produces (it keys the build cache).
EXTRACTOR_VERSION = "2"


@dataclass
class Context:
    doc: object  # spacy.tokens.Doc
    article: object  # kg.articles.Article
    reference: datetime.date | None = None
    published: datetime.date | None = None
    mentions: list[Mention] = field(default_factory=list)
    _by_token: dict[int, Mention] = field(default_factory=dict)
    _quotes: set | None = None  # token indices inside quotations
    _memo: dict = field(default_factory=dict)  # per-article results the extractors share (dates of a sentence…)

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._by_token = {}
        for m in self.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    self._by_token[tok.i] = m

    def mention_at(self, token) -> Mention | None:
        return self._by_token.get(token.i)

    def actor_at(self, token) -> ActorRef | None:
        m = self._by_token.get(token.i)
        return m.ref if m else None

    def last_actor_before(self, token, types=("Person",), within_sentences: int = 2) -> ActorRef | None:
        """The actor of the given types mentioned last before `token` (descriptions included), at most
        `within_sentences` sentences back: a simple antecedent for "il", "elle", "son homologue"."""
        sents = list(self.doc.sents) if within_sentences else []
        floor = 0
        if sents:
            idx = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), 0)
            floor = sents[max(0, idx - within_sentences)].start_char
        best = None
        for m in self.mentions:
            if m.start >= token.idx:
                break
            if m.start >= floor and m.ref.type in types:
                best = m.ref
        return best

    def title_holder(self, token) -> ActorRef | None:
        """The person a title word names in apposition ("l'ambassadeur sud-coréen auprès de l'ONU,
        Hwang Joon-kook" → Hwang Joon-kook at "ambassadeur"), set by the actors step; the title word
        itself is no mention, so that the roles can read it."""
        return getattr(self, "_titles", {}).get(token.i)

    def quoted(self, token) -> bool:
        """Is `token` inside a quotation (« », “ ”, " ")? What a quotation says is speech, not
        the article's narration."""
        if self._quotes is None:
            from kg.extract.common import doc_text
            from kg.extract.statements import quotations
            self._quotes = set()
            for a, b, _ in quotations(doc_text(self.doc)):
                span = self.doc.char_span(a, b, alignment_mode="expand")
                if span is not None:
                    self._quotes.update(range(span.start, span.end))
        return token.i in self._quotes

    def mentions_in(self, span) -> list[Mention]:
        return [m for m in self.mentions if span.start_char <= m.start and m.end <= span.end_char]

    def evidence(self, span) -> Evidence:
        sent = span.sent if hasattr(span, "sent") else span
        key = ("evidence", sent.start_char, sent.end_char)
        if key not in self._memo:  # (Span.text walks the tokens; the article's text is a slice away)
            from kg.extract.common import doc_text
            self._memo[key] = Evidence(article=self.article.id, start=sent.start_char, end=sent.end_char,
                                       sentence=doc_text(self.doc)[sent.start_char:sent.end_char].strip())
        return self._memo[key]


def extract(doc, article) -> ArticleFacts:
    """Every record of one parsed article."""
    from kg.extract import (actors, dates, gifts, meetings, metadata, roles, sanctions, statements,
                            visits, claims)
    published = dates.publication_date(article.text)
    ctx = Context(doc=doc, article=article, reference=dates.reference_date(article.text, published),
                  published=published)
    # (a name the user's knowledge file says is not an actor is never read as one)
    ctx.set_mentions([m for m in actors.extract(ctx)
                      if not gazetteer.not_an_actor(m.surface) and not gazetteer.not_an_actor(m.ref.name)])
    ctx._memo["roles"] = roles.extract(ctx)  # (read by the others: see common.article_roles)
    found_visits = visits.extract(ctx)
    found_meetings = meetings.placed_by_visits(ctx, meetings.extract(ctx), found_visits)
    found_meetings = meetings.placed_by_the_day(ctx, meetings.placed_by_dateline(ctx, found_meetings))
    found_meetings = meetings.placed_by_host(ctx, found_meetings, found_visits)
    facts = ArticleFacts(
        article=article,
        mentions=ctx.mentions,
        roles=ctx._memo["roles"],
        meetings=found_meetings,
        visits=visits.implied_by_meetings(ctx, found_meetings, found_visits),
        gifts=gifts.extract(ctx),
        statements=statements.extract(ctx),
        sanctions=sanctions.extract(ctx),
        claims=claims.extract(ctx),
        meta=metadata.describe(article.text, published),
    )
    return _without_not_actors(facts) if gazetteer.knowledge_state()[1] else facts


#: The fields a fact can do without: an actor there that is not one leaves it unknown.
_OPTIONAL_ACTORS = frozenset({"organization", "place", "host", "imposer"})


def _without_not_actors(facts: ArticleFacts) -> ArticleFacts:
    """`facts` without the names the user's knowledge file says are not actors, wherever an
    extractor read one (not only from a mention: "professeur à l'université X"): a fact that needs
    it goes, one that can do without it loses it, a meeting keeps its other participants (if two)."""
    def kept(record):
        changes = {}
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            if isinstance(value, ActorRef) and gazetteer.not_an_actor(value.name):
                if f.name not in _OPTIONAL_ACTORS:
                    return None
                changes[f.name] = None
            elif isinstance(value, tuple) and any(isinstance(v, ActorRef) for v in value):
                left = tuple(v for v in value if not gazetteer.not_an_actor(v.name))
                if len(left) < 2:
                    return None
                changes[f.name] = left
        return dataclasses.replace(record, **changes) if changes else record

    for name in ("roles", "meetings", "visits", "gifts", "statements", "sanctions", "claims"):
        setattr(facts, name, [r for r in map(kept, getattr(facts, name)) if r is not None])
    return facts
