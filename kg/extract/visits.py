"""Visits: an actor travelling to a place or country (se rendre, arriver, visite, voyage...)."""
from __future__ import annotations

from kg.extract.common import actors_in, cue_tokens, date_in, events_cues, place_after_preposition, subject_actor
from kg.records import Visit


def extract(ctx) -> list[Visit]:
    out = []
    verbs, nouns = events_cues("visit_verbs"), events_cues("visit_nouns")
    for sent in ctx.doc.sents:
        cues_found = cue_tokens(sent, verbs | nouns)
        if not cues_found:
            continue
        destination = place_after_preposition(ctx, sent)
        if destination is None:
            continue
        traveler = None
        for tok in cues_found:
            traveler = subject_actor(ctx, tok, ("Person",))
            if traveler:
                break
        if traveler is None:
            people = actors_in(ctx, sent, ("Person",))
            traveler = people[0] if people else None
        if traveler is None:
            continue
        out.append(Visit(traveler=traveler, destination=destination, date=date_in(ctx, sent),
                         evidence=ctx.evidence(sent)))
    return out
