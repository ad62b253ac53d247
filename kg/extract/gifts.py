"""Gifts: something given by one actor to another (offrir, remettre, donner; recevoir; cadeau).

"X a offert à Y un Z" / "X a offert un Z à son homologue": giver = subject,
recipient = "à ..." (an "homologue" is the other of the article's pair), item =
the object. "Y a reçu un Z de X": the subject receives. "En retour, il a reçu
un Z": the gift goes back, from the previous gift's recipient to its giver.
"Il a (aussi) offert...": "il" is the previous giver in the same passage.
"""
from __future__ import annotations

from kg.extract.common import (case_of, events_cues, lemma, main_pair, people_of, subject_of,
                               verb_lemma)
from kg.records import Gift

WHO = ("Person", "Country", "Organization")
_STOP_ITEM = {",", ";", ":", "(", "«", "»", '"'}


def _item(verb) -> str | None:
    for child in verb.children:
        if child.dep_ == "obj":
            toks = [t for t in child.subtree if t.i >= child.left_edge.i]
            # stop at a relative clause or a comma ending the noun phrase
            words = []
            for t in toks:
                if t.text in _STOP_ITEM and words:
                    break
                words.append(t.text_with_ws)
            text = "".join(words).strip(" ,;:\"«»")
            return text or None
    return None


def _people(ctx, tok, giver=None) -> list:
    if tok.lower_ in ("homologue", "hôte", "invité") or lemma(tok) in ("homologue", "hôte", "invité"):
        others = [p for p in main_pair(ctx) if p != giver]
        if others:
            return others[:1]
    return people_of(ctx, tok, WHO)


def _recipient(ctx, verb, giver):
    for child in verb.children:
        if child.dep_ in ("iobj", "obl", "obl:arg", "obl:mod") and case_of(child).split()[:1] in (["à"], ["a"],
                                                                                              ["au"], ["aux"]):
            found = _people(ctx, child, giver)
            if found and found[0] != giver:
                return found[0]
        if child.dep_ == "iobj" and child.pos_ == "PRON":  # "il lui a offert"
            return None
    return None


def _recipient_after(ctx, sent, verb, giver):
    """Fallback when the parse loses the "à ..." phrase: "à / au" + a person or "son homologue"
    later in the sentence."""
    toks = list(sent)
    for k, t in enumerate(toks):
        if t.i <= verb.i or t.lower_ not in ("à", "a", "au", "aux"):
            continue
        for u in toks[k + 1: k + 5]:
            found = _people(ctx, u, giver) if u.pos_ in ("NOUN", "PROPN", "PRON") else []
            found = [p for p in found if p != giver and p.type == "Person"]
            if found:
                return found[0]
    return None


def _left_subject(ctx, verb):
    """A subject the parse missed: "Il a (aussi) offert", a name or "il/elle" just before the verb."""
    for t in reversed(list(verb.doc[max(verb.sent.start, verb.i - 6): verb.i])):
        if t.lower_ in ("il", "elle") and t.pos_ == "PRON":
            return t
        ref = ctx.actor_at(t)
        if ref is not None and ref.type in WHO:
            return t
        if t.pos_ not in ("AUX", "ADV", "PUNCT", "PRON"):
            return None
    return None


def _giver_of_received(ctx, verb):
    for child in verb.children:
        if child.dep_.startswith("obl") and case_of(child).split()[:1] in (["de"], ["d'"], ["des"], ["du"],
                                                                             ["par"]):
            found = _people(ctx, child)
            if found:
                return found[0]
    for child in verb.children:  # "a reçu un tableau de X": the parse hangs "de X" on the object
        if child.dep_ == "obj":
            for sub in child.children:
                if sub.dep_ == "nmod" and case_of(sub).split()[:1] in (["de"], ["d'"]):
                    found = [p for p in _people(ctx, sub) if p.type == "Person"]
                    if found:
                        return found[0]
    return None


def _return_marker(sent, verb) -> bool:
    text = sent.doc.text[sent.start_char: verb.idx].lower()
    return any(m in text for m in events_cues("gift_return_markers"))


def extract(ctx) -> list[Gift]:
    out: list[Gift] = []
    give, receive = events_cues("gift_verbs"), events_cues("gift_received_verbs")
    last: Gift | None = None
    for sent in ctx.doc.sents:
        for verb in sent:
            lem = verb_lemma(verb)
            if lem not in give and lem not in receive:
                continue
            item = _item(verb)
            if not item:
                continue
            subj = subject_of(verb) or _left_subject(ctx, verb)
            subj_people = people_of(ctx, subj, WHO) if subj is not None else []
            if subj is not None and subj.lower_ in ("il", "elle") and last is not None:
                # "Il a (aussi) offert...": the giver (or recipient) of the passage's last gift
                subj_people = [last.recipient if lem in receive else last.giver]
            if not subj_people:
                continue
            if lem in give:
                giver = subj_people[0]
                recipient = _recipient(ctx, verb, giver) or _recipient_after(ctx, sent, verb, giver)
            else:
                recipient = subj_people[0]
                giver = _giver_of_received(ctx, verb)
                if giver is None and last is not None and _return_marker(sent, verb):
                    # "En retour, il a reçu ...": back from the last gift's recipient
                    giver, recipient = last.recipient, last.giver
                if lem == "recevoir" and giver is None:
                    continue
            if giver is None or recipient is None or giver == recipient:
                continue
            last = Gift(giver=giver, recipient=recipient, item=item, evidence=ctx.evidence(sent))
            out.append(last)
    return out
