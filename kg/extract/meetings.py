"""Meetings: two or more people meeting in person (rencontrer, s'entretenir, sommet, tête-à-tête...).

Read from the dependency parse, never from co-occurrence: the participants are
the subject and the object of a meeting verb ("X a rencontré Y", "X et Y se
sont retrouvés", "X s'est entretenu avec Y"), or the people a meeting noun
names ("la rencontre des deux dirigeants", "leur tête-à-tête", "lors d'un
sommet avec Y" said of X). People who "take part in the discussions" are not
read as the meeting's participants. Status: planned when the verb is future,
conditional or under "doit / devrait / va"; otherwise occurred.
"""
from __future__ import annotations

from kg.extract.common import (attached_place, case_of, date_near, events_cues, governing_verb,
                               has_reflexive, is_planned, lemma, people_of, possessive_pair,
                               subject_of, subject_people, verb_lemma)
from kg.records import Meeting

PERSON = ("Person",)


def _verb_participants(ctx, verb) -> list:
    people = list(subject_people(ctx, verb, PERSON))
    if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "obj" for c in verb.head.children):
        # "Le président russe et le dirigeant nord-coréen se sont rencontrés": the parser
        # hangs the verb on the first subject as a conjunct
        for p in people_of(ctx, verb.head, PERSON):
            if p not in people:
                people.append(p)
    reflexive = has_reflexive(verb)
    if lemma(verb) in events_cues("meeting_reflexive_only") and not reflexive:
        # "retrouver" / "revoir" / "voir" need a person object to be a meeting
        if not any(c.dep_ == "obj" and people_of(ctx, c, PERSON) for c in verb.children):
            return []
    for child in verb.children:
        if child.dep_ == "obj" or (child.dep_.startswith("obl") and case_of(child).split()[:1] == ["avec"]):
            for p in people_of(ctx, child, PERSON):
                if p not in people:
                    people.append(p)
    if lemma(verb) in ("recevoir", "accueillir"):
        # "recevoir" is a meeting only with a person as object ("a reçu son homologue")
        if not any(c.dep_ == "obj" and people_of(ctx, c, PERSON) for c in verb.children):
            return []
    return people


def _frame(noun):
    """The noun itself, or the noun it specifies ("leur premier jour de rencontre" → jour)."""
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and case_of(noun).split()[:1] in (["de"], ["d'"]):
        return noun.head
    return noun


def _noun_participants(ctx, noun) -> list:
    people = list(possessive_pair(ctx, noun)) or list(possessive_pair(ctx, _frame(noun)))
    with_avec = False
    for child in noun.children:
        case = case_of(child).split()
        if child.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and case[:1] in (["avec"], ["entre"], ["de"],
                                                                                   ["des"], ["du"], ["d'"]):
            if case[:1] == ["avec"]:
                with_avec = True
            for p in people_of(ctx, child, PERSON):
                if p not in people:
                    people.append(p)
        elif child.dep_ in ("appos", "compound", "flat:name", "nmod") and not case:
            for p in people_of(ctx, child, PERSON):
                if p not in people:
                    people.append(p)
    verb = governing_verb(noun)
    if verb is not None and lemma(verb) in events_cues("meeting_not_participant_verbs"):
        return []  # "ont pris part aux discussions", "a assisté au sommet"
    if verb is not None and (with_avec or lemma(verb) in events_cues("meeting_light_verbs")):
        # "X a dit que ce sommet avec Y...", "les deux dirigeants ont eu des discussions"
        for _ in range(3):  # "X a déclaré que ..., lors d'une rencontre avec Y": up to X
            subj = subject_of(verb)
            found = people_of(ctx, subj, PERSON) if subj is not None else []
            if found:
                for p in found:
                    if p not in people:
                        people.append(p)
                break
            if verb.head is verb:
                break
            verb = governing_verb(verb)
            if verb is None:
                break
    return people


def _noun_planned(noun) -> bool:
    if any(c.lower_ in events_cues("planned_adjectives") for c in noun.children if c.dep_ == "amod"):
        return True
    if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.pos_ in ("VERB", "AUX", "NOUN"):
        return is_planned(noun.head)
    return False


def extract(ctx) -> list[Meeting]:
    out = []
    verbs, nouns = events_cues("meeting_verbs"), events_cues("meeting_nouns")
    for sent in ctx.doc.sents:
        for tok in sent:
            low, lem = tok.lower_, lemma(tok)
            if verb_lemma(tok) in verbs:
                people, planned = _verb_participants(ctx, tok), is_planned(tok)
                place = attached_place(ctx, tok)
            elif tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and (low in nouns or lem in nouns):
                people, planned = _noun_participants(ctx, tok), _noun_planned(tok)
                place = attached_place(ctx, tok) or (attached_place(ctx, _frame(tok))
                                                     if _frame(tok) is not tok else None)
                if place is None:
                    verb = governing_verb(tok)
                    if verb is not None and tok.dep_ in ("obl", "obl:mod", "obj", "nsubj"):
                        place = attached_place(ctx, verb)
            else:
                continue
            if len(people) < 2:
                continue
            out.append(Meeting(participants=tuple(sorted(people)), place=place,
                               date=date_near(ctx, sent, tok, skip_since=True),
                               status="planned" if planned else "occurred", evidence=ctx.evidence(sent)))
    return _dedupe(out)


def _dedupe(records: list[Meeting]) -> list[Meeting]:
    """One record per sentence and set of participants, the most informative."""
    best: dict = {}
    for r in records:
        key = (r.evidence, r.participants)
        score = (r.date is not None, r.place is not None, r.status == "occurred")
        if key not in best or score > best[key][0]:
            best[key] = (score, r)
    return [r for _, r in sorted(best.values(), key=lambda x: x[1].evidence)]
