"""Small helpers the fact extractors share."""
from __future__ import annotations

from kg import cues
from kg.extract import dates
from kg.records import ActorRef, DateValue

LOCATION_PREPS = {"à", "au", "aux", "en", "dans", "vers"}


def cue_tokens(sent, lemmas: frozenset[str]):
    return [t for t in sent if t.lemma_.lower() in lemmas or t.lower_ in lemmas]


def actors_in(ctx, sent, types=("Person",)) -> list[ActorRef]:
    """Distinct actors of the given types named in `sent`, in text order."""
    seen, out = set(), []
    for m in ctx.mentions_in(sent):
        if m.ref.type in types and m.ref not in seen:
            seen.add(m.ref)
            out.append(m.ref)
    return out


def place_after_preposition(ctx, sent, types=("Place", "Country")) -> ActorRef | None:
    for tok in sent:
        if tok.lower_ in LOCATION_PREPS:
            for nxt in sent.doc[tok.i + 1: min(tok.i + 5, sent.end)]:
                ref = ctx.actor_at(nxt)
                if ref is not None:
                    if ref.type in types:
                        return ref
                    break
    return None


def date_in(ctx, sent) -> DateValue | None:
    found = dates.find_dates(sent.text, ctx.reference)
    if not found:
        return None
    value = found[0].value
    return DateValue(value.value, value.precision)


def subject_actor(ctx, verb, types=("Person", "Country", "Organization")) -> ActorRef | None:
    for child in verb.children:
        if child.dep_.startswith("nsubj"):
            for tok in [child, *child.subtree]:
                ref = ctx.actor_at(tok)
                if ref is not None and ref.type in types:
                    return ref
    return None


def events_cues(section: str) -> frozenset[str]:
    return cues.words("events", section)
