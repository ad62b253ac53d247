"""Claims: what the text reports as alleged, feared or denied, with its claimant."""
from __future__ import annotations

from kg import cues
from kg.extract.common import subject_actor
from kg.records import Claim


def extract(ctx) -> list[Claim]:
    polarity_of = cues.load("events")["claim_verbs"]
    out = []
    for sent in ctx.doc.sents:
        for tok in sent:
            polarity = polarity_of.get(tok.lemma_)
            if polarity is None or tok.pos_ != "VERB":
                continue
            claimant = subject_actor(ctx, tok, ("Country", "Organization", "Person"))
            if claimant is None:
                continue
            text = " ".join(t.text for t in tok.subtree if t.i > tok.i).strip()
            if text:
                out.append(Claim(claimant=claimant, polarity=polarity, text=text, evidence=ctx.evidence(sent)))
    return out
