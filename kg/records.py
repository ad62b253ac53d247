"""Typed records that flow from the extractors to resolution and the RDF mapping.

Extractors return these, one module per fact type; each carries the evidence
of where in which article it was read. Actors inside facts are referred to by
an `ActorRef` (the name as the article resolves it, and a type); the
resolution step maps those to one node per real actor across articles.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_TYPES = ("Person", "Country", "Organization", "Place")


@dataclass(frozen=True, order=True)
class Evidence:
    """A span of an article's text: the sentence a fact was read from."""

    article: str  # the article's id (see kg.articles)
    start: int  # character offsets of the sentence in the article's text
    end: int
    sentence: str


@dataclass(frozen=True, order=True)
class ActorRef:
    """An actor as a fact names it: the resolved name in its article and a type."""

    name: str
    type: str  # one of ACTOR_TYPES
    key: str | None = None  # gazetteer key, when the gazetteer knows the actor


@dataclass(frozen=True, order=True)
class Mention:
    """One mention of an actor in an article."""

    ref: ActorRef
    surface: str  # the text as written ("M. Kim", "Moscou")
    start: int
    end: int
    kind: str = "name"  # "name", or "description" ("le dirigeant nord-coréen" resolved to its person)


@dataclass(frozen=True)
class Outlet:
    """The outlet an article names in its header or footer."""

    iri: str
    label: str
    wikidata: str | None


@dataclass(frozen=True)
class ArticleMeta:
    """What an article's text says about itself (kg.extract.metadata)."""

    published: str | None = None  # ISO date
    author: str | None = None
    publisher: Outlet | None = None
    month: str | None = None  # "2025-10": the month a page without a publication date gives in its header


@dataclass(frozen=True, order=True)
class DateValue:
    value: str  # "2023-09-13", "2023-09", "2019"
    precision: str  # "date", "gYearMonth", "gYear"


@dataclass(frozen=True, order=True)
class Role:
    person: ActorRef
    title: str
    organization: ActorRef | None
    evidence: Evidence


@dataclass(frozen=True, order=True)
class Meeting:
    participants: tuple[ActorRef, ...]
    place: ActorRef | None
    date: DateValue | None
    status: str  # "occurred" | "planned"
    evidence: Evidence
    # undated, told as the article's own news: its publication day, a guess the merge takes only
    # when no article dates the meeting
    news_day: DateValue | None = None
    # the one who received the others ("X a reçu Y", "Y a été accueilli par X"): the meeting is in
    # the host's country when nothing else places it
    host: ActorRef | None = None


@dataclass(frozen=True, order=True)
class Visit:
    traveler: ActorRef
    destination: ActorRef
    date: DateValue | None
    evidence: Evidence
    # a stop before the trip the sentence tells ("arrivé à Tianjin en provenance du Japon"): no
    # place for that sentence's meetings
    stop: bool = False


@dataclass(frozen=True, order=True)
class Gift:
    giver: ActorRef
    recipient: ActorRef
    item: str
    evidence: Evidence
    earlier: bool = False  # recalled as given before ("avait déjà offert"): not the present of the news


@dataclass(frozen=True, order=True)
class Statement:
    speaker: ActorRef
    quote: str
    evidence: Evidence


@dataclass(frozen=True, order=True)
class Sanction:
    imposer: ActorRef | None
    target: ActorRef
    reason: str | None
    evidence: Evidence


@dataclass(frozen=True, order=True)
class Claim:
    """What the text reports as alleged, feared or denied, rather than as fact."""

    claimant: ActorRef
    polarity: str  # "alleged" | "feared" | "denied"
    text: str
    evidence: Evidence


FACT_TYPES = (Role, Meeting, Visit, Gift, Statement, Sanction, Claim)


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article: "object"  # kg.articles.Article
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    gifts: list[Gift] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    sanctions: list[Sanction] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    meta: ArticleMeta | None = None  # outlet, byline, publication date

    def facts(self) -> list:
        return [*self.roles, *self.meetings, *self.visits, *self.gifts,
                *self.statements, *self.sanctions, *self.claims]
