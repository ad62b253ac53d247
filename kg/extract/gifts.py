"""Gifts: something given by one actor to another (offrir, remettre, cadeau...)."""
from __future__ import annotations

from kg.extract.common import cue_tokens, events_cues, subject_actor
from kg.records import Gift


def _object_text(verb) -> str | None:
    for child in verb.children:
        if child.dep_ == "obj":
            return " ".join(t.text for t in child.subtree).strip()
    return None


def _recipient(ctx, verb):
    for child in verb.children:
        if child.dep_ in ("iobj", "obl", "obl:arg"):
            for tok in child.subtree:
                ref = ctx.actor_at(tok)
                if ref is not None and ref.type in ("Person", "Country", "Organization"):
                    return ref
    return None


def extract(ctx) -> list[Gift]:
    out = []
    for sent in ctx.doc.sents:
        for verb in cue_tokens(sent, events_cues("gift_verbs")):
            giver, recipient, item = subject_actor(ctx, verb), _recipient(ctx, verb), _object_text(verb)
            if giver and recipient and item and giver != recipient:
                out.append(Gift(giver=giver, recipient=recipient, item=item, evidence=ctx.evidence(sent)))
    return out
