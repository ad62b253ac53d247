"""Statements: direct quotations and the speaker they are attributed to.

Quotations in « », “ ” and " " of four words or more. The speaker is the
actor a speech verb attributes them to ("a déclaré X", "X a estimé que «…»"),
the source of "selon X", the last speaker for "a-t-il ajouté" and for a
quotation continued without a new speaker, else the nearest person named
in the sentence.
"""
from __future__ import annotations

import re

from kg import cues
from kg.records import ActorRef, Statement

QUOTES = re.compile(r"«\s*(?P<a>[^«»]+?)\s*»|“(?P<b>[^“”]+?)”|\"(?P<c>[^\"\n]+?)\"")
_PRONOUNS = {"il", "elle", "ils", "elles"}


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each quotation in `text`, marks excluded from the words."""
    out = []
    for m in QUOTES.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g) is not None)
        out.append((m.start(group), m.end(group), m.group(group).strip()))
    return out


def _outside(tok, start: int, end: int) -> bool:
    return not (start <= tok.idx < end)


def _speaker_of_verb(ctx, verb, q_start: int, q_end: int) -> ActorRef | None:
    candidates = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:agent") \
                and _outside(child, q_start, q_end):
            candidates.append(child)
    candidates.sort(key=lambda t: (t.dep_ != "nsubj", abs(t.i - verb.i)))
    for cand in candidates:
        for tok in [cand, *cand.subtree]:
            ref = ctx.actor_at(tok)
            if ref is not None and ref.type in ("Person", "Organization", "Country"):
                return ref
    return None


def _speech_verbs(sent, q_start: int, q_end: int):
    verbs = cues.words("statements", "speech_verbs")
    return [t for t in sent if t.lemma_ in verbs and t.pos_ in ("VERB", "AUX") and _outside(t, q_start, q_end)]


def _pronoun_after(verb) -> bool:
    """"a-t-il ajouté", "a-t-elle dit": a subject pronoun attached to the verb or its auxiliary."""
    for tok in [verb, *verb.children]:
        if tok.lower_.strip("-") in _PRONOUNS or tok.lower_ in ("-t-il", "-t-elle", "-il", "-elle"):
            return True
    return False


def find_speaker(ctx, sent, q_start: int, q_end: int, last: ActorRef | None) -> ActorRef | None:
    for verb in _speech_verbs(sent, q_start, q_end):
        ref = _speaker_of_verb(ctx, verb, q_start, q_end)
        if ref is not None:
            return ref
        if _pronoun_after(verb) and last is not None:
            return last
    markers = cues.words("statements", "source_markers")
    for tok in sent:
        if tok.lower_ in markers and _outside(tok, q_start, q_end):
            for nxt in sent.doc[tok.i + 1: min(tok.i + 6, sent.end)]:
                ref = ctx.actor_at(nxt)
                if ref is not None:
                    return ref
    people = [m for m in ctx.mentions_in(sent) if m.ref.type == "Person" and not (q_start <= m.start < q_end)]
    if people:
        return min(people, key=lambda m: min(abs(m.start - q_end), abs(m.end - q_start))).ref
    return None


def extract(ctx) -> list[Statement]:
    doc = ctx.doc
    min_words = cues.load("statements")["min_words"]
    out: list[Statement] = []
    last: ActorRef | None = None
    for q_start, q_end, words in quotations(doc.text):
        span = doc.char_span(q_start, q_end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        speaker = find_speaker(ctx, sent, q_start, q_end, last)
        if len(words.split()) < min_words:
            if speaker is not None:
                last = speaker
            continue
        if speaker is None:
            continue
        last = speaker
        out.append(Statement(speaker=speaker, quote=words, evidence=ctx.evidence(sent)))
    return out
