"""Claims: what the text reports as alleged, feared or denied, with its claimant.

- A claim verb (cue data in kg/data/cues/claims.json) with an actor as subject:
  "Washington craint que la Russie ne s'approvisionne…" (feared), "Moscou et
  Pyongyang ont nié toute transaction d'armes" (denied, one claim per
  claimant), "X accuse Y de…", "X affirme que…" (alleged). Verbs of assertion
  count only with a clause ("affirme que…"), not with a direct quotation
  (that is a statement).
- "selon X, …" where X is an actor and not an outlet relaying words, and the
  sentence quotes no one: the rest of the sentence is alleged by X.

The claimed text is the original span of the clause or object, without the
subordinator ("que") and without the expletive "ne" of fear verbs.
"""
from __future__ import annotations

import functools
import re

from kg import cues
from kg.extract.common import doc_tokens
from kg.extract.statements import _Doc, is_outlet, np_actor
from kg.records import ActorRef, Claim, Evidence

_CLAIMANT_TYPES = ("Person", "Organization", "Country")


@functools.cache
def _cue(section: str):
    return cues.load("claims")[section]


def _is_reflexive(verb) -> bool:
    return any(c.lower_ in ("se", "s'", "s’") for c in verb.children)


@functools.cache
def _forms() -> dict[str, str]:
    """Surface forms of the regular (-er) claim verbs, for tokens the lemmatiser misreads."""
    out = {}
    for verb in _cue("verbs"):
        if verb.endswith("er"):
            for end in ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "a"):
                out[verb[:-2] + end] = verb
    return out


def _lemma(tok) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in _cue("verbs"):
        return lemma
    return _forms().get(tok.lower_)


def _claimants(d: _Doc, verb) -> list[ActorRef]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in d.inside]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in d.inside]
    if not subjects:
        # the parser may cut the sentence after the subject ("Washington | craint que …")
        from kg.extract.statements import _preverbal_subject
        ref = _preverbal_subject(d, verb)
        if ref is None or ref.type not in _CLAIMANT_TYPES:
            return []
        m = next((m for m in reversed(d.ctx.mentions) if m.ref == ref and m.end <= verb.idx), None)
        tok = d.doc.char_span(m.start, m.end, alignment_mode="expand")[0] if m else None
        return [*(_coordinated_before(d, tok) if tok is not None else []), ref]
    out: list[ActorRef] = []
    for s in subjects:
        heads = [verb.head] if s.lower_ == "qui" and verb.dep_.startswith("acl") else [s]
        heads += [c for c in s.children if c.dep_ == "conj"]
        for h in heads:
            ref = np_actor(d, h)
            if ref is not None and ref.type in _CLAIMANT_TYPES and ref not in out:
                out.append(ref)
        out[:0] = [r for r in _coordinated_before(d, s) if r not in out]
    return out


def _coordinated_before(d: _Doc, tok) -> list[ActorRef]:
    """"Moscou et Pyongyang ont nié": actors joined to the subject by "et" or a comma, read on the
    text (the parser may cut the sentence after the first name)."""
    out = []
    m = d.ctx.mention_at(tok)
    i = (d.doc.char_span(m.start, m.end, alignment_mode="expand").start if m else tok.i) - 1
    while i >= 1 and d.doc[i].lower_ in ("et", ",") and "\n" not in d.doc[i - 1].whitespace_:
        prev = d.ctx.mention_at(d.doc[i - 1])
        if prev is None or prev.ref.type not in _CLAIMANT_TYPES:
            break
        out.insert(0, prev.ref)
        i = d.doc.char_span(prev.start, prev.end, alignment_mode="expand").start - 1
    return out


def _complement(d: _Doc, verb, lemma: str):
    """Token bounds (first, last) of what is claimed, and the tokens to leave out."""
    deps = {c.dep_: c for c in verb.children if c.i > verb.i and c.i not in d.inside}
    clause = deps.get("ccomp")
    if lemma in _cue("clause_only"):
        min_words = cues.load("statements")["min_words"]
        if clause is None or any(len(q.words.split()) >= min_words and clause.left_edge.i <= q.first
                                 and q.last <= clause.right_edge.i for q in d.quotes):
            return None
    if clause is not None:
        parts = [clause]  # "craint que …", "affirme que …": the clause alone, not the addressee
    else:
        parts = [c for c in verb.children if c.i > verb.i and c.i not in d.inside
                 and c.dep_ in ("obj", "xcomp", "obl:arg")]
        if parts:
            # what the parser hung on the verb right after the object ("démenti toute livraison … à Moscou")
            end = max(t.i for p in parts for t in p.subtree)
            for c in sorted(verb.children, key=lambda c: c.i):
                if c.i > end and c.dep_.startswith("obl") and c.i not in d.inside \
                        and not any(t.text == "," for t in d.doc[end + 1:c.left_edge.i]):
                    parts.append(c)
                    end = max(t.i for t in c.subtree)
    if not parts:
        return None
    tokens = sorted({t for p in parts for t in p.subtree}, key=lambda t: t.i)
    skip = set()
    first = tokens[0]
    if first.lower_ in ("que", "qu'", "qu’"):
        skip.add(first.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].i in skip):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].i in skip):
        tokens.pop(0)
    if not tokens:
        return None
    span = d.doc[tokens[0].i:tokens[-1].i + 1]
    if _cue("verbs").get(lemma) == _cue("fear_polarity"):
        # the expletive "ne" of a fear verb ("craint que la Russie ne s'approvisionne") is no negation
        skip.update(t.i for t in span if t.lower_ in ("ne", "n'", "n’")
                    and not any(x.lower_ in _cue("negations") for x in d.doc[t.i + 1:t.i + 5]))
    return tokens[0].i, tokens[-1].i, skip


def _span_text(doc, first: int, last: int, skip=frozenset()) -> str:
    out = []
    for tok in doc[first:last + 1]:
        if tok.i in skip:
            continue
        out.append(tok.text + (tok.whitespace_ if tok.i < last else ""))
    return _tidy("".join(out))


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return text.strip(" ,;:.")


def _evidence(d: _Doc, tok) -> Evidence:
    for k, (a, b) in enumerate(d.segments):
        if a <= tok.i < b:
            seg = d.span(k)
            return Evidence(article=d.ctx.article.id, start=seg.start_char, end=seg.end_char,
                            sentence=seg.text.strip())
    return d.ctx.evidence(d.doc[tok.i:tok.i + 1])


def _verb_claims(d: _Doc) -> list[Claim]:
    verbs = _cue("verbs")
    out = []
    for tok in doc_tokens(d.doc):
        lemma = _lemma(tok)
        if tok.i in d.inside or tok.pos_ != "VERB" or lemma is None:
            continue
        if lemma in _cue("reflexive_only") and not _is_reflexive(tok):
            continue
        comp = _complement(d, tok, lemma)
        if comp is None:
            continue
        text = _span_text(d.doc, comp[0], comp[1], comp[2])
        if len(text.split()) < 2:
            continue
        for claimant in _claimants(d, tok):
            out.append(Claim(claimant=claimant, polarity=verbs[lemma], text=text, evidence=_evidence(d, tok)))
    return out


def _source_claims(d: _Doc) -> list[Claim]:
    markers = _cue("source_markers")
    min_words = cues.load("statements")["min_words"]
    quoted = {q.segment for q in d.quotes if len(q.words.split()) >= min_words}
    out = []
    for k, (a, b) in enumerate(d.segments):
        if k in quoted:
            continue
        for tok in doc_tokens(d.doc)[a:b]:
            if tok.i in d.inside or tok.lower_ not in markers or tok.dep_ != "case" or tok.head.i <= tok.i:
                continue
            head = tok.head
            ref = np_actor(d, head)
            if ref is None or ref.type not in _CLAIMANT_TYPES or is_outlet(d.ctx, head):
                continue
            if any(is_outlet(d.ctx, t) or t.lower_ in cues.words("statements", "outlet_nouns")
                   for t in d.doc[tok.i + 1: head.i + 1]):
                continue
            last = max(t.i for t in head.subtree if a <= t.i < b)
            before = _span_text(d.doc, a, tok.i - 1) if tok.i > a else ""
            stop = b
            for t in d.doc[last + 1:b]:
                # ", rapporte Ouest-France": an incise naming who relays it ends the claim
                if t.text == "," and t.i + 1 < b and d.doc[t.i + 1].pos_ in ("VERB", "AUX") and t.i not in d.inside:
                    stop = t.i
                    break
            after = _span_text(d.doc, last + 1, stop - 1) if last + 1 < stop else ""
            text = _tidy(f"{before} {after}") if before and after else (before or after)
            if text.startswith(("Mais ", "Et ")):
                text = text.split(" ", 1)[1]
            if len(text.split()) >= 3:
                out.append(Claim(claimant=ref, polarity="alleged", text=text, evidence=_evidence(d, tok)))
    return out


def extract(ctx) -> list[Claim]:
    d = _Doc(ctx)
    seen, out = set(), []
    for c in _verb_claims(d) + _source_claims(d):
        key = (c.claimant, c.polarity, c.text)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
