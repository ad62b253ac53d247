"""Sanctions: restrictive measures imposed, or in force, on an actor."""
from __future__ import annotations

from kg.extract.common import actors_in, cue_tokens, events_cues
from kg.records import Sanction


def extract(ctx) -> list[Sanction]:
    out = []
    for sent in ctx.doc.sents:
        if not cue_tokens(sent, events_cues("sanction_nouns")):
            continue
        countries = actors_in(ctx, sent, ("Country",))
        bodies = actors_in(ctx, sent, ("Organization",))
        if not countries:
            continue
        out.append(Sanction(imposer=bodies[0] if bodies else None, target=countries[-1], reason=None,
                            evidence=ctx.evidence(sent)))
    return out
