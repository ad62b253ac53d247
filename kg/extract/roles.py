"""Roles: a person's title as the text gives it, and the body or country it belongs to."""
from __future__ import annotations

from kg import cues, gazetteer
from kg.records import Role


def _title_before(ctx, doc, start_tok):
    """"le président russe Vladimir Poutine": the title words just before a name."""
    titles = cues.words("roles", "titles")
    words, org = [], None
    i = start_tok - 1
    while i >= 0 and start_tok - i <= 6:
        tok = doc[i]
        if tok.is_punct or tok.is_space or ctx.actor_at(tok) and ctx.actor_at(tok).type == "Person":
            break
        country = gazetteer.country_of_demonym(tok.text)
        if country is not None:
            ref = ctx.actor_at(tok)
            org = org or ref
        else:
            words.insert(0, tok)
        if tok.lower_ in titles:
            title = " ".join(t.text for t in words if not t.is_stop or t.lower_ in ("de", "la", "des", "du"))
            return title.strip(), org
        i -= 1
    return None, None


def extract(ctx) -> list[Role]:
    out = []
    doc = ctx.doc
    for m in ctx.mentions:
        if m.ref.type != "Person":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        title, org = _title_before(ctx, doc, span.start)
        if title:
            out.append(Role(person=m.ref, title=title, organization=org, evidence=ctx.evidence(span)))
    return out
