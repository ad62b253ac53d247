"""Meetings: two or more actors meeting in person (sommet, rencontre, s'entretenir...)."""
from __future__ import annotations

from kg.extract.common import actors_in, cue_tokens, date_in, events_cues, place_after_preposition
from kg.records import Meeting


def extract(ctx) -> list[Meeting]:
    out = []
    cue = events_cues("meeting_verbs") | events_cues("meeting_nouns")
    planned = events_cues("planned_markers")
    for sent in ctx.doc.sents:
        if not cue_tokens(sent, cue):
            continue
        people = actors_in(ctx, sent, ("Person",))
        if len(people) < 2:
            continue
        status = "planned" if cue_tokens(sent, planned) else "occurred"
        out.append(Meeting(participants=tuple(sorted(people)), place=place_after_preposition(ctx, sent),
                           date=date_in(ctx, sent), status=status, evidence=ctx.evidence(sent)))
    return out
