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

import dataclasses
import datetime
import re

from kg import cues, gazetteer
from kg.extract import dates
from kg.extract.common import (COUNT_WORDS, LOCATION_PREPS, SUBJECT_DEPS, TIME_UNITS, attached_place, bare_participle,
                               case_of, city_named, country_of_place, date_near, doc_text, earlier_that_day,
                               events_cues, gap_told, governing_verb, guest_after, has_reflexive, is_planned,
                               last_subject_person, later_that_day, leader_entry, lemma, named_as_subject, news_day,
                               other_event, people_of, person_country, place_after, place_before, possessive_pair,
                               same_day, same_month, seat_city, seat_country, sentences, since_month, story_date,
                               subject_of, subject_people, times_then, tokens, verb_lemma)
from kg.merge import airport_named, during_trip
from kg.records import ActorRef, DateValue, Meeting

PERSON = ("Person",)


def _verb_participants(ctx, verb) -> list:
    people = list(subject_people(ctx, verb, PERSON))
    head_named = ctx.actor_at(verb.head) is not None and ctx.actor_at(verb.head).type == "Person"
    if verb.dep_ == "conj" and (verb.head.pos_ in ("NOUN", "PROPN") or head_named) and not any(
            c.dep_ == "obj" and ctx.actor_at(c) is None for c in verb.head.children):
        # "Le président russe et le dirigeant nord-coréen se sont rencontrés": the parser
        # hangs the verb on the first subject as a conjunct (also on a name it took for a verb:
        # "Narendra Modi et Xi Jinping se sont entretenus", "Narendra" read as a verb)
        for p in people_of(ctx, verb.head, PERSON):
            if p not in people:
                people.append(p)
    reflexive = has_reflexive(verb)
    if lemma(verb) in events_cues("meeting_reflexive_only") and not reflexive:
        # "retrouver" / "revoir" / "voir" need a person object to be a meeting
        if not any(c.dep_ == "obj" and people_of(ctx, c, PERSON) for c in verb.children):
            return []
    for child in verb.children:
        if (child.dep_ == "obj" and not _prepositional(child)) or (
                child.dep_.startswith("obl") and case_of(child).split()[:1] == ["avec"]
                and not _of_other_event(verb, child)):
            for p in people_of(ctx, child, PERSON):
                if p not in people:
                    people.append(p)
    antecedent = _relative_object(ctx, verb)
    if antecedent is not None and antecedent not in people:
        people.append(antecedent)
    if lemma(verb) in ("recevoir", "accueillir"):
        # "recevoir" is a meeting only with a person as object ("a reçu son homologue"), a person
        # as a clitic object ("l'a reçu"), or a person received by a host ("a été reçue par Y")
        hosts = _agent_people(ctx, verb) if _is_passive(verb) else []
        if not hosts and not people and bare_participle(verb):
            # "… de l'Union, Josep Borrell, reçu le 5 février par Y": the person named right before
            # (one host: "reçu à Kampala par A, à Addis-Abeba par B" is a tour)
            agents, guest = _agent_people(ctx, verb), _named_before_comma(ctx, verb)
            if len(agents) == 1 and guest is not None and guest not in agents:
                people, hosts = [guest], agents
        # (an elided clitic is the object whatever the parse says: "où l'a reçu la présidente X")
        objs = [p for c in verb.children if c.dep_ == "obj" or (c.pos_ == "PRON" and c.lower_ in ("l'", "l’"))
                for p in _object_people(ctx, c, people)]
        objs += [antecedent] if antecedent is not None and antecedent not in objs else []
        if not hosts and not objs and not _is_passive(verb):
            guest = guest_after(ctx, verb)  # "qui avait reçu en mars 2024 Emmanuel Macron en Amazonie"
            objs = [guest] if guest is not None and guest not in people else []
        if not hosts and not objs and people and (_is_passive(verb) or bare_participle(verb)):
            hosts = _seat_host(ctx, verb, people)
        if not hosts and not objs:
            return []
        for p in hosts + objs:
            if p not in people:
                people.append(p)
    return people


def _seat_host(ctx, verb, guests) -> list:
    """"Choe Son-hui a été reçue au Kremlin": received at the seat of a head of state with no host
    named, by that country's leader, when the article names one and only one (cue words: the
    seats in `host_seats`)."""
    seat = attached_place(ctx, verb, seats=True)
    if seat is None or seat.name not in events_cues("host_seats"):
        return []
    country = seat_country(seat)
    if country is None:
        return []
    leaders = {m.ref for m in ctx.mentions if m.ref not in guests
               and (e := leader_entry(m.ref)) is not None and e.country == country.key}
    return list(leaders) if len(leaders) == 1 else []


def _at_home_of(ctx, sent, chez) -> list:
    """"Vendredi, X était à Luanda, chez le président angolais Y": the person last named as a subject
    before "chez" (not in a relative clause) is with the person "chez" names; where that subject is
    no person, the one a journey takes there ("une tournée qui a conduit X à Conakry, puis au Congo,
    chez Y")."""
    if chez.dep_ != "case" or chez.head.pos_ == "PRON":
        return []
    hosts = people_of(ctx, chez.head, PERSON)
    subjects = [t for t in sent if t.i < chez.i and t.dep_ in SUBJECT_DEPS and t.head.dep_ != "acl:relcl"]
    guests = people_of(ctx, subjects[-1], PERSON) if subjects else []
    if not guests:
        taking = [t for t in sent if t.i < chez.i and lemma(t) in events_cues("journey_taking_verbs")]
        guests = [p for t in taking[-1:] for c in t.children if c.dep_ == "obj" for p in _object_people(ctx, c, [])]
    if len(hosts) != 1 or len(guests) != 1 or hosts == guests:
        return []
    return guests + hosts


def _named_before_comma(ctx, tok):
    """The person named right before the comma before `tok` ("X, reçu par Y"), or None."""
    if tok.i < 2 or ctx.doc[tok.i - 1].text != ",":
        return None
    ref = ctx.actor_at(ctx.doc[tok.i - 2])
    return ref if ref is not None and ref.type == "Person" else None


def _relative_object(ctx, verb):
    """"… reçu par Kim Jong-un, qu'il avait déjà rencontré le 4 juin": the person a relative "que"
    stands for, named right before it and its comma, is the verb's object (the parse often takes
    that "que" for a conjunction)."""
    rel = next((c for c in verb.children if c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i
                and c.dep_ in ("mark", "obj")), None)
    return _named_before_comma(ctx, rel) if rel is not None else None


def _host(ctx, tok, people):
    """Who receives the others at a reception ("X a reçu Y": X; "Y a été accueilli par X": X), when
    the parse names one host among the participants; None for any other meeting."""
    if verb_lemma(tok) not in ("recevoir", "accueillir"):
        return None
    hosts = _agent_people(ctx, tok)
    if not hosts and not _is_passive(tok) and not bare_participle(tok):
        hosts = subject_people(ctx, tok, PERSON)  # (not the guest a participle qualifies: "Y, reçu par X")
    return hosts[0] if len(hosts) == 1 and hosts[0] in people else None


_DAY_OFFSETS = cues.load("events")["day_offset_nouns"]


def _count(unit) -> int | None:
    for c in unit.children:
        if c.dep_ in ("nummod", "det") and (c.lower_ in COUNT_WORDS or c.text.isdigit()):
            return COUNT_WORDS.get(c.lower_) or int(c.text)
    return None


def _dated_in_itself(tok) -> bool:
    """Does the meeting noun carry its own time ("au lendemain du sommet du 13 septembre")?"""
    return any(t.i != tok.i and (gazetteer.fold(t.text) in dates.MONTHS or gazetteer.fold(t.text) in dates.WEEKDAYS
                                 or (t.text.isdigit() and len(t.text) == 4)) for t in tok.subtree)


def offset_from_sentence(tok) -> tuple[str, int] | None:
    """How far the meeting the noun `tok` names stands from the time its sentence tells: ("days",
    -1) for "au lendemain du sommet" (the summit was the day before), ("days", 1) for "à la veille
    de sa rencontre", ("days", -3) for "trois jours après son sommet", ("months", -1) for "un mois
    après le sommet"; None when the sentence's time is the meeting's, or the gap is not counted."""
    if _dated_in_itself(tok):
        return None
    if tok.dep_ == "nmod" and gazetteer.fold(tok.head.lower_) in _DAY_OFFSETS:
        return "days", _DAY_OFFSETS[gazetteer.fold(tok.head.lower_)]
    case = {c.lower_ for c in tok.children if c.dep_ == "case"}
    sign = -1 if "après" in case else 1 if "avant" in case else 0
    for unit in tok.children:
        if sign and unit.i < tok.i and unit.lower_ in TIME_UNITS and (n := _count(unit)) is not None:
            kind, size = TIME_UNITS[unit.lower_]
            return kind, sign * n * size
    return None


def _offset_of_relative(verb) -> tuple[str, int] | None:
    """The gap of a relative clause's antecedent, or of the noun that antecedent completes ("au
    lendemain d'un déplacement en Israël où il avait rencontré X": the day before)."""
    if verb.dep_ != "acl:relcl":
        return None
    noun = verb.head
    for _ in range(2):
        offset = offset_from_sentence(noun)
        if offset is not None or noun.dep_ != "nmod":
            return offset
        noun = noun.head
    return None


def shifted(date: DateValue | None, offset: tuple[str, int] | None) -> DateValue | None:
    """`date` moved by `offset` (see `offset_from_sentence`): a day by days, a month by months; a
    month moved by days stays that month, a year stays."""
    if date is None or offset is None:
        return date
    kind, n = offset
    if kind == "days" and date.precision == "date":
        return DateValue((datetime.date.fromisoformat(date.value) + datetime.timedelta(days=n)).isoformat(), "date")
    if kind == "months" and date.precision in ("date", "gYearMonth"):
        k = int(date.value[:4]) * 12 + int(date.value[5:7]) - 1 + n
        return DateValue(f"{k // 12:04d}-{k % 12 + 1:02d}", "gYearMonth")
    return date


_AHEAD_DAYS = 30


def _not_ahead(date: DateValue, published) -> DateValue:
    """A month or a day told as past but read after the article was published is the one of the
    year before ("une séquence entamée en septembre, quand X a été reçu", published in March: last
    September; "Le 29 novembre, Belooussov est reçu par Kim", published in September: last
    November)."""
    if date.precision not in ("gYearMonth", "date"):
        return date
    if date.precision == "date" and (datetime.date.fromisoformat(date.value) - published).days <= _AHEAD_DAYS:
        return date  # (a day or two after the article: an event about to happen, told as news)
    pub = published.isoformat()[:len(date.value)]
    earlier = f"{int(date.value[:4]) - 1}{date.value[4:]}"
    if date.value <= pub or earlier > pub or (date.precision == "date" and dates.safe_date(
            int(earlier[:4]), int(earlier[5:7]), int(earlier[8:10])) is None):
        return date
    return DateValue(earlier, date.precision)


def _of_other_event(verb, child) -> bool:
    """"a reçu X, trois jours après son sommet avec Y en Alaska": the parse hangs "avec Y" on the
    verb, but it belongs to the event "après" opens, right before it."""
    return any((other_event(s) or _day_of_event(s)) and s.i < child.i and s.right_edge.i + 1 >= child.left_edge.i
               for s in verb.children if s.i != child.i)


def _day_of_event(nominal) -> bool:
    """"reçue au Kremlin le 16, le jour même de ses entretiens à Moscou avec Y": the day of another
    meeting, whose "avec" the parse hangs on the verb."""
    return nominal.lower_ == "jour" and any(
        c.dep_ == "nmod" and lemma(c) in events_cues("meeting_nouns") for c in nominal.children)


def _prepositional(obj) -> bool:
    """"a reçu X, trois jours après ses entretiens avec Y": a phrase the parse took for an object."""
    return any(c.dep_ == "case" for c in obj.children)


def _is_passive(verb) -> bool:
    return any(c.dep_ == "aux:pass" or c.dep_ == "nsubj:pass" for c in verb.children)


def _agent_people(ctx, verb) -> list:
    """"... par Y": the agent of a passive verb (also where the parse hangs "par Y" on a phrase
    of the verb: "a été accueilli sur le quai par X", "par" read as part of "le quai")."""
    out = []
    for c in verb.children:
        if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and case_of(c).split()[:1] == ["par"]):
            out += [p for p in people_of(ctx, c, PERSON) if p not in out]
    if not out and _is_passive(verb):
        for c in verb.children:
            if c.dep_.startswith("obl") and c.i > verb.i:
                for n in c.children:
                    if n.dep_ == "nmod" and case_of(n).split()[:1] == ["par"]:
                        out += [p for p in people_of(ctx, n, PERSON) if p not in out]
    return out


def _object_people(ctx, obj, subjects) -> list:
    """The people an object names; a clitic ("l'a reçu") is the last person named as a subject
    before it, other than the verb's own subject."""
    if obj.pos_ == "PRON" and obj.lower_ in ("l'", "l’", "le", "la"):
        verb = obj.head
        if verb.dep_ == "conj":
            # "X avait rencontré Y à Moscou, et l'avait reçu à Wonsan": the first verb's object
            first = [p for c in verb.head.children if c.dep_ == "obj" and c.pos_ != "PRON"
                     for p in people_of(ctx, c, PERSON) if p not in subjects]
            if first:
                return first[:1]
        before = [m for m in ctx.mentions if m.start < obj.idx and m.ref.type == "Person"
                  and m.ref not in subjects]
        for m in reversed(before):
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and (span.root.dep_ in SUBJECT_DEPS or span.root.head.dep_ in SUBJECT_DEPS):
                return [m.ref]
        return [before[-1].ref] if before else []
    if any(lemma(c) in events_cues("gift_nouns") or c.lower_ in events_cues("gift_nouns")
           for c in obj.head.children):
        return []  # "a reçu en cadeau un vase de X": a gift, not a meeting
    if _prepositional(obj):
        return []
    return people_of(ctx, obj, PERSON)


def _frame(noun):
    """The noun itself, or the noun it specifies ("leur premier jour de rencontre" → jour)."""
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and case_of(noun).split()[:1] in (["de"], ["d'"]):
        return noun.head
    return noun


def _noun_participants(ctx, noun) -> list:
    people = list(possessive_pair(ctx, noun)) or list(possessive_pair(ctx, _frame(noun)))
    with_avec = False
    # ("une réunion tripartite avec Y", "la rencontre prévue avec Y": the parse may hang the "avec"
    # on the noun's modifier)
    below = [g for c in noun.children if c.dep_ in ("acl", "amod") for g in c.children
             if g.dep_.startswith("obl") and case_of(g).split()[:1] == ["avec"]]
    for child in [*noun.children, *below]:
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
    if not with_avec and noun.dep_ == "nmod" and _day_of_event(noun.head):
        # "le jour même de ses entretiens avec Y": the "avec" the parse hung on the day's verb
        for child in noun.head.head.children:
            if child.dep_.startswith("obl") and case_of(child).split()[:1] == ["avec"] \
                    and _of_other_event(noun.head.head, child):
                with_avec = True
                people += [p for p in people_of(ctx, child, PERSON) if p not in people]
    verb = governing_verb(noun)
    if not with_avec and verb is not None and noun.dep_ == "obj" and lemma(verb) in events_cues("meeting_light_verbs"):
        # "X a tenu son deuxième sommet avec Y", "a eu des entretiens avec Y": the parse may hang
        # the "avec" on the verb
        for child in verb.children:
            if child.dep_.startswith("obl") and case_of(child).split()[:1] == ["avec"]:
                with_avec = True
                people += [p for p in people_of(ctx, child, PERSON) if p not in people]
    if verb is not None and lemma(verb) in events_cues("meeting_not_participant_verbs"):
        # "ont pris part aux discussions", "a assisté au sommet": not a meeting of theirs, unless
        # the text says with whom ("ont participé aux consultations avec Y et Z")
        others = [p for c in verb.children if c.dep_.startswith("obl") and case_of(c).split()[:1] == ["avec"]
                  for p in people_of(ctx, c, PERSON)]
        if not with_avec and not others:
            return []
        for p in subject_people(ctx, verb, PERSON) + others:
            if p not in people:
                people.append(p)
        return people
    if any(c.dep_ == "case" and c.lower_ in ("après", "avant", "depuis") for c in noun.children):
        # "X a reçu Z trois jours après ses entretiens avec Y": another event than X's, Z's with Y
        owner = _possessor(ctx, noun) if with_avec and len(people) == 1 else None
        return people + [owner] if owner is not None and owner not in people else people
    if verb is not None and (with_avec or lemma(verb) in events_cues("meeting_light_verbs")):
        # "X a dit que ce sommet avec Y...", "les deux dirigeants ont eu des discussions"
        for _ in range(3):  # "X a déclaré que ..., lors d'une rencontre avec Y": up to X
            subj = subject_of(verb)
            # (not a subject inside a quotation the parse joined to the clause: "« Ils … », a averti X")
            found = people_of(ctx, subj, PERSON) if subj is not None and not _quoted(subj.sent, subj.idx) else []
            if found:
                for p in found:
                    if p not in people:
                        people.append(p)
                break
            if verb.head.i == verb.i:
                break
            verb = governing_verb(verb)
            if verb is None:
                break
    if with_avec and len(people) == 1:
        owner = _possessor(ctx, noun)
        if owner is not None and owner not in people:
            people.append(owner)
    return people


def _possessor(ctx, noun):
    """"Le point d'orgue avait été son sommet avec Y": the person "son" / "sa" / "ses" stands for,
    the last one named as a subject, when no person is the clause's subject."""
    if any(c.dep_ == "det" and c.lower_ in ("son", "sa", "ses") for c in noun.children):
        return last_subject_person(ctx, noun.idx)
    return None


def _noun_planned(noun) -> bool:
    if any(c.lower_ in events_cues("planned_adjectives") for c in noun.children if c.dep_ == "amod"):
        return True
    if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.pos_ in ("VERB", "AUX", "NOUN"):
        return is_planned(noun.head)
    if noun.dep_ == "obj" and noun.head.pos_ in ("VERB", "AUX"):
        # "où il aura mardi des entretiens officiels avec Xi Jinping"; not a past intention ("l'hôtel
        # où devait se tenir leur entretien": it was held)
        verbs = [noun.head, noun.head.head]
        return is_planned(noun.head) and not any(
            "Imp" in v.morph.get("Tense") and lemma(v) in events_cues("planned_markers") for v in verbs)
    return False


# ---------------------------------------------------------------- reading the sentence

_DAY_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin",
              "longuement", "officiellement", "chaleureusement"}
_BOUNDARY = {";", ":", "«", "»", '"', "“", "”", "(", ")", "que", "qu'", "qu’", "selon", "d'après", "dont", "lorsque",
             "tandis", "alors", "mais"}


def _companion_verb(tok) -> bool:
    """"dîner / déjeuner avec X", "serrer la main de X": a meeting where the parse gives a verb
    the cue lists do not hold."""
    lem = verb_lemma(tok)
    if lem in events_cues("meeting_companion_verbs"):
        return any(c.dep_.startswith("obl") and case_of(c).split()[:1] == ["avec"] for c in tok.children)
    return lem == "serrer" and any(lemma(c) == "main" for c in tok.children if c.dep_ in ("obj", "nsubj:pass"))


def _visit_turn(tok):
    """The verb opening a turn of phrase that tells one person visiting another: "X lui a fait
    visiter une exposition", "avant de lui faire visiter l'usine" (a guided tour: the "faire"),
    "X lui a rendu visite", "X lui a rendu la pareille en mai, à Séoul" (the "rendre"); else None."""
    lem = verb_lemma(tok)
    if lem == "visiter":
        before = [t for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i] if t.pos_ != "ADV"]
        return before[-1] if before and lemma(before[-1]) == "faire" else None
    if lem == "rendre" and _returned(tok) is not None:
        return tok
    return None


def _returned(verb):
    """What "rendre" returns, when it is a visit or a courtesy ("rendre visite", "la pareille")."""
    return next((c for c in verb.children if c.dep_ == "obj"
                 and (lemma(c) in events_cues("meeting_returns") or c.lower_ in events_cues("meeting_returns"))), None)


def _turn_planned(tok, head) -> bool:
    """"lui fera visiter", "va lui faire visiter", "doit lui rendre visite": the mood of the verb
    group's first verb (the parse may hang the second on another clause's verb: "est allé à X, où
    Y lui avait fait visiter …")."""
    if "Inf" in head.morph.get("VerbForm"):
        return is_planned(head)
    return any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood")
               for t in (head, *(c for c in (*tok.children, *head.children) if c.dep_.startswith("aux"))))


def _host_and_guest(ctx, tok, causer) -> list:
    """The two people of a visit turn (`_visit_turn`), `causer` its first verb. The one who acts is
    the person named right before the verb group ("Denis Manturov lui a fait visiter", "Kim
    Jong-un, qui lui avait fait visiter": the parse often gives these no subject, or the subject
    of the clause the relative hangs on), else the verb's subject, or the subject of the verb an
    infinitive hangs on ("Kim avait reçu le ministre, avant de lui faire visiter …"). The other is
    "à X" after the verb, or for a clitic "lui" / "leur" the last other person named before it in
    the sentence, else the last named as a subject before, else the last named at all."""
    named = [m.ref for m in ctx.mentions if tok.sent.start_char <= m.start < causer.idx
             and m.ref.type == "Person" and causer.idx - m.end <= 25]
    guide = named[-1] if named else None
    for verb in (causer, tok, governing_verb(causer) if "Inf" in causer.morph.get("VerbForm") else None):
        if guide is None and verb is not None:
            guide = next(iter(subject_people(ctx, verb, PERSON)), None)
    if guide is None:
        return []
    guests = [p for c in tok.children if c.dep_.startswith("obl") or c.dep_ == "iobj"
              if case_of(c).split()[:1] in (["à"], ["au"], ["aux"]) for p in people_of(ctx, c, PERSON)]
    clitic = any(t.lower_ in ("lui", "leur") for t in tok.doc[max(tok.sent.start, causer.i - 4):causer.i])
    if not guests and clitic:
        before = [m for m in ctx.mentions if m.start < causer.idx and m.ref.type == "Person" and m.ref != guide]
        here = [m for m in before if m.start >= tok.sent.start_char]  # ("le séjour de Kim : Y lui avait …")
        subjects = [m for m in before if (span := ctx.doc.char_span(m.start, m.end, alignment_mode="expand"))
                    is not None and named_as_subject(span)]
        guests = [m.ref for m in (here or subjects or before)[-1:]]
    return [guide, *[g for g in guests if g != guide]]


def _strong_cue(tok) -> bool:
    """A cue that means a meeting whatever its arguments: not "voir", "discuter", "réunir", "sommet"
    (a summit is named more often than held in a sentence)."""
    return (verb_lemma(tok) in events_cues("meeting_strong_cues") or tok.lower_ in events_cues("meeting_strong_cues")
            or lemma(tok) in events_cues("meeting_strong_cues") or _companion_verb(tok))


def _is_speech(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and lemma(tok) in cues.words("statements", "speech_verbs")


def _past_place(words):
    """The words after a place phrase that opens them ("a reçu dimanche au bureau présidentiel de
    Yongsan le Premier ministre chinois"): the guest comes after the place."""
    j = 0
    while j < len(words) and (words[j].lower_ in _DAY_WORDS or words[j].like_num):
        j += 1
    if j < len(words) and words[j].lower_ in ("à", "au", "aux", "dans"):
        for k in range(j + 1, min(len(words), j + 10)):
            if words[k].lower_ in _GUEST_OPENERS:
                return words[k:]
            if words[k].is_punct or words[k].lower_ == "par":
                break  # ("Reçu au palais X par Y": the host, not a guest)
    return words


_GUEST_OPENERS = {"le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs"}


def linear_participants(ctx, sent, trigger, found=()) -> list:
    """The people around a meeting cue, read in text order where the parse did not give them:
    "entre X et Y" after a noun; else the subject the parse gives, or the person named last
    before the cue in its clause, and the people named right after it ("avec X", "X et Y", an
    object), stopping at a speech verb ("..., a annoncé Z"), a subordinate clause or a quotation.
    People in quotations or introduced by "selon" are never participants."""
    people = [p for p in found]
    persons = [m for m in ctx.mentions_in(sent) if m.ref.type == "Person" and not _quoted(sent, m.start)]
    after = [m for m in persons if m.start > trigger.idx]
    before = [m for m in persons if m.end <= trigger.idx]
    words = ctx.doc[trigger.i + 1:sent.end]
    between_opening = next((t for t in words[:2] if t.lower_ == "entre"), None)
    right = []
    if lemma(trigger) in ("recevoir", "accueillir") and not _received_by(ctx, words):
        # a host receives a person right after the verb, not a present ("a reçu en cadeau un vase")
        head = [t for t in _past_place(words)[:6] if not (t.pos_ in ("ADV", "ADP", "DET", "PUNCT") or t.like_num
                                                          or t.lower_ in _DAY_WORDS)]
        if not head or ctx.actor_at(head[0]) is None and ctx.title_holder(head[0]) is None:
            return people
    for tok in words:
        if tok.lower_ in _BOUNDARY or _is_speech(tok):
            break
        m = next((m for m in after if m.start <= tok.idx < m.end), None)
        if m is not None and m.ref not in right:
            if right and not _joined(ctx, right_end, tok):
                break
            right.append(m.ref)
        if m is not None:
            right_end = m.end
        elif right and tok.pos_ in ("VERB", "AUX") and tok.idx > right_end:
            break
    if between_opening is not None:
        return list(dict.fromkeys(people + right)) if len(right) >= 2 else people
    left = subject_people(ctx, trigger, PERSON) if trigger.pos_ in ("VERB", "AUX") else []
    if not left:
        for m in reversed(before):
            gap = ctx.doc.char_span(m.end, trigger.idx, alignment_mode="expand")
            if gap is None or any(t.lower_ in _BOUNDARY or _is_speech(t) for t in gap):
                break
            if not _introduced_by_source(ctx, m):
                left = [m.ref]
            break
    for p in left + right:
        if p not in people:
            people.append(p)
    return people


def _received_by(ctx, words) -> bool:
    """"(reçu) ... par X": a guest received by a person named after "par"."""
    for k, tok in enumerate(words[:12]):
        if tok.lower_ == "par":
            return any((r := ctx.actor_at(t)) is not None and r.type == "Person" for t in words[k + 1:k + 6])
    return False


def _joined(ctx, end: int, tok) -> bool:
    """Are two names one list ("X et Y", "X, Y", "X ainsi que Y", with titles between)?"""
    gap = doc_text(ctx.doc)[end:tok.idx].lower()
    return bool(re.fullmatch(r"[\s,]*(?:et|ainsi que|,)?[\s\w'’-]{0,60}", gap)) and (
        " et " in f" {gap} " or "ainsi que" in gap or "," in gap)


def _introduced_by_source(ctx, m) -> bool:
    before = doc_text(ctx.doc)[max(0, m.start - 60):m.start].lower()
    # ("Selon le porte-parole du Kremlin, Dmitri Peskov, …": past a title and its comma)
    return bool(re.search(r"\b(?:selon|d'après|d’après|pour)\s+(?:[\w'’-]+,?\s+){0,5}$", before))


def _quoted(sent, char: int) -> bool:
    """Is the character at `char` inside a quotation the sentence opened before it?"""
    text = doc_text(sent.doc)[sent.start_char:char]
    return text.count("«") > text.count("»")


def extract(ctx) -> list[Meeting]:
    out = []
    verbs, nouns = events_cues("meeting_verbs"), events_cues("meeting_nouns")
    any_verb = verbs | events_cues("meeting_companion_verbs") | {"réunir", "rassembler", "serrer"}
    for sent in ctx.doc.sents:
        for tok in tokens(ctx, sent):
            low, lem = tok.lower_, lemma(tok)
            turn = _visit_turn(tok)
            if verb_lemma(tok) not in any_verb and not (low in nouns or lem in nouns) and low != "chez" \
                    and turn is None:
                continue  # (most words: no cue of any kind below)
            if ctx.quoted(tok):
                continue  # "« Ils reçoivent des uniformes »": speech, not a meeting the article reports
            if _summit_gathering(ctx, tok):
                # "Le sommet, accueilli par X, a réuni autour de la table A, B, C et D": everyone named
                people, planned = _named_people(ctx, sent), is_planned(tok)
                place = attached_place(ctx, tok, seats=True) or place_after(ctx, tok)
            elif verb_lemma(tok) in verbs:
                people, planned = _verb_participants(ctx, tok), is_planned(tok)
                place = attached_place(ctx, tok, seats=True) or _where_relative(ctx, tok) or _there(ctx, tok)
            elif tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and (low in nouns or lem in nouns):
                people, planned = _noun_participants(ctx, tok), _noun_planned(tok)
                place = attached_place(ctx, tok, seats=True) or (attached_place(ctx, _frame(tok), seats=True)
                                                     if _frame(tok).i != tok.i else None)
                if place is None:
                    verb = governing_verb(tok)
                    if verb is not None and tok.dep_ in ("obl", "obl:mod", "obj", "nsubj"):
                        place = attached_place(ctx, verb, seats=True)
            elif low == "chez":
                people, planned = _at_home_of(ctx, sent, tok), is_planned(governing_verb(tok) or sent.root)
                place = place_before(ctx, tok, window=2)  # ("à Luanda, chez X")
            elif turn is not None:
                people, planned = _host_and_guest(ctx, tok, turn), _turn_planned(tok, turn)
                place = attached_place(ctx, tok, seats=True)
                if turn.i == tok.i and lemma(_returned(tok)) != "visite" and place is None:
                    people = []  # a courtesy returned with no place is a gift or a gesture ("avec une paire de chiens")
            elif _companion_verb(tok):
                people, planned = [], is_planned(tok)
                place = attached_place(ctx, tok, seats=True)
            else:
                continue
            if len(people) < 2 and _strong_cue(tok):
                # the parse did not give the arguments: read them off the sentence
                people = linear_participants(ctx, sent, tok, people)
            if len(people) < 2 or _remote(tok):
                continue  # ("un entretien téléphonique", "se sont entretenus au téléphone": not in person)
            if place is None and (turn is None or turn.i == tok.i):  # (what a guide shows is no meeting place)
                place = place_after(ctx, tok)
            place = seat_city(place)
            date = date_near(ctx, sent, tok, skip_since=True, ahead=planned) or same_month(ctx, sent)
            if not planned and earlier_that_day(sent):
                # "Arrivée dimanche, Mme Choe avait eu quelques heures plus tôt des pourparlers avec
                # Lavrov": the day the story stands at, not her arrival's
                date = story_date(ctx, sent) or date
            if date is not None and not planned and ctx.published is not None:
                date = _not_ahead(date, ctx.published)
            guess = None
            if date is None and not planned and not _recalled(tok):
                date = since_month(ctx, sent) or story_date(ctx, sent)
                guess = news_day(ctx, sent) if date is None else None
            elif date is None and planned and later_that_day(sent):
                # "Il devait encore recevoir dans la soirée le président turc": the story's day
                date = story_date(ctx, sent) or (DateValue(ctx.published.isoformat(), "date")
                                                 if ctx.published is not None else None)
            elif date is None and planned and ctx.published is not None and not _open_date(sent, tok):
                # "Lula doit s'entretenir avec le maître du Kremlin": planned with no date, as news
                # tells what is about to happen: the month the article was published
                date = DateValue(ctx.published.isoformat()[:7], "gYearMonth")
            # "Deux jours plus tard, il rencontrait X": that long after the time told before
            if date is not None and guess is None:
                date = shifted(date, gap_told(ctx, sent, tok))
            # "au lendemain du sommet", "un mois après le sommet", "au lendemain d'un déplacement où il
            # avait rencontré X": the sentence's time is not the meeting's
            offset = offset_from_sentence(tok) if low in nouns or lem in nouns else _offset_of_relative(tok)
            date, guess = shifted(date, offset), shifted(guess, offset)
            # "reçu en septembre 2024, puis le 21 mars dernier à Wonsan": one meeting at each time
            times = [(date, place), *(times_then(ctx, sent, date) if date is not None and not planned else [])]
            for group in _in_turn(ctx, sent, tok, people):
                host = _host(ctx, tok, group)
                for when, where in times:
                    out.append(Meeting(participants=tuple(sorted(group)), place=seat_city(where) or place, date=when,
                                       status="planned" if planned else "occurred", evidence=ctx.evidence(sent),
                                       news_day=guess, host=host))
        caption = _caption_meeting(ctx, sent)
        if caption is not None:
            out.append(caption)
    return [m for m in _dedupe(out) if not _one_side(ctx, m)]


def _one_side(ctx, meeting: Meeting) -> bool:
    """Are all the participants known to be of one country ("Vladimir Poutine, accompagné de
    Sergueï Lavrov, …": a delegation, not a meeting of the two)? International news tells
    meetings between sides; of the development sets' 949 meetings, none was of one side, and of
    the 26 such kg read, 25 were delegations misread."""
    sides = {person_country(ctx, p) if p.type == "Person" else None for p in meeting.participants}
    return len(sides) == 1 and None not in sides


_CAPTION = re.compile(r"^\s*(?:\[photo\]|photo\s*:|légende(?:\s+photo)?\s*:)\s*", re.IGNORECASE)
_CREDIT = re.compile(r"©|\bcrédit\b|\bphoto\s*:|\(photo|\bpool\b", re.IGNORECASE)


def _caption_meeting(ctx, sent) -> Meeting | None:
    """A photo caption naming two people together somewhere ("[Photo] Volodymyr Zelensky et Donald
    Trump dans le Bureau ovale, le 18 août 2025."): they met there. Only a verbless French caption
    whose names open it (what a caption shows, not what it tells), up to the credit."""
    full = doc_text(ctx.doc)
    line_start = full.rfind("\n", 0, sent.start_char) + 1  # ("Légende photo :" may be a sentence of its own)
    if sent.start_char - line_start > 25:
        return None
    text = full[line_start:sent.end_char]
    opened = _CAPTION.match(text)
    if opened is None:
        return None
    credit = _CREDIT.search(text, opened.end())
    end_char = line_start + (credit.start() if credit else len(text))
    words = [t for t in sent if line_start + opened.end() <= t.idx < end_char]
    if not words or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words):
        return None
    people: list = []
    for t in words:
        if t.lower_ in LOCATION_PREPS or t.lower_ == "lors":
            break  # the names open the caption, before where
        ref = ctx.actor_at(t)
        if ref is not None and ref.type == "Person" and ref not in people:
            people.append(ref)
        elif ref is None and t.is_alpha and t.lower_ not in ("et",) and not t.text[:1].isupper() \
                and t.pos_ not in ("DET", "ADJ", "NOUN", "ADP", "PUNCT"):
            return None
    if len(people) != 2:
        return None  # (three leaders on a tribune are at a ceremony, not in talks)
    place = None
    for t in words:
        if t.lower_ in LOCATION_PREPS | {"sur"}:
            place = place_after(ctx, ctx.doc[t.i - 1]) if t.i > 0 else None
            if place is not None:
                break
    date = date_near(ctx, sent, words[0])
    return Meeting(participants=tuple(sorted(people)), place=seat_city(place), date=date, status="occurred",
                   evidence=ctx.evidence(sent))


def _remote(tok) -> bool:
    """Talks by telephone or video ("entretien téléphonique", "se sont entretenus au téléphone
    avec", "s'est joint à la discussion par visioconférence"): the words close to the cue, in its
    clause."""
    words = events_cues("meeting_remote_words")
    if any(c.lower_ in words for c in tok.children):
        return True  # "s'est entretenu mardi avec X par visioconférence"
    sent = tok.sent
    for k in range(tok.i + 1, min(sent.end, tok.i + 6)):
        if tok.doc[k].is_punct:
            break
        if tok.doc[k].lower_ in words:
            return True
    for k in range(tok.i - 1, max(sent.start, tok.i - 3) - 1, -1):
        if tok.doc[k].is_punct:
            break
        if tok.doc[k].lower_ in words:
            return True
    return False


_OPEN_DATE = re.compile(r"\b(?:lorsque|quand|à une date|date qui reste|date ultérieure|ultérieurement|un jour"
                        r"|à terme|dès que)\b")


def _open_date(sent, trigger) -> bool:
    """"doivent se revoir … lorsque cela conviendra", "à une date qui reste à fixer": a plan the
    text leaves without a time."""
    after = sent.text[trigger.idx - sent.start_char:].lower()
    return _OPEN_DATE.search(after) is not None


def _summit_gathering(ctx, tok) -> bool:
    """"Le sommet a réuni A, B et C": "réunir" or "rassembler" with a meeting as its subject."""
    if verb_lemma(tok) not in ("réunir", "rassembler") or has_reflexive(tok):
        return False
    subj = subject_of(tok)
    return subj is not None and subj.pos_ == "NOUN" and (subj.lower_ in events_cues("meeting_nouns")
                                                         or lemma(subj) in events_cues("meeting_nouns"))


def _named_people(ctx, sent) -> list:
    """The people a sentence names, outside quotations, in order."""
    out = []
    for m in ctx.mentions_in(sent):
        tok = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.ref.type == "Person" and m.ref not in out and tok is not None and not ctx.quoted(tok[0]):
            out.append(m.ref)
    return out


_IN_TURN = {"puis", "ensuite", "enfin", "avant", "après"}
_ONE_BY_ONE = re.compile(r"\b(?:tour\s+à\s+tour|successivement|séparément|à\s+tour\s+de\s+rôle|l'un\s+après\s+l'autre"
                         r"|parmi\s+(?:lesquels|lesquelles|eux|elles))\b", re.IGNORECASE)


def _in_turn(ctx, sent, trigger, people) -> list[list]:
    """"s'est entretenu avec A, puis avec B", "reçu par A, puis par B": one meeting with each in
    turn, not one of three; otherwise the people as one meeting."""
    doc = sent.doc
    if len(people) > 2 and trigger.pos_ == "VERB" and _ONE_BY_ONE.search(doc_text(doc)[sent.start_char:sent.end_char]):
        # "s'est entretenu tour à tour avec A, B et C", "une vingtaine de présidents, parmi lesquels
        # A, B et C": the subject met each of them, one meeting each
        hosts = [p for p in subject_people(ctx, trigger, PERSON) if p in people]
        if len(hosts) == 1:
            return [[hosts[0], p] for p in people if p != hosts[0]]
    after = tokens(ctx, doc[trigger.i + 1:sent.end])
    withs = next((found for prep in ("avec", "par") if len(found := [t.i for t in after if t.lower_ == prep]) >= 2), [])
    if not withs:
        return _one_after_another(ctx, sent, trigger, people)
    groups = []
    for k in withs:
        ref = next((r for t in doc[k + 1:min(sent.end, k + 7)] if (r := ctx.actor_at(t)) is not None
                    and r.type == "Person"), None)
        if ref is None or ref not in people:
            return [people]
        groups.append(ref)
    between = [doc[a:b] for a, b in zip(withs, withs[1:])]
    base = [p for p in people if p not in groups]
    if not base or not all(any(t.lower_ in _IN_TURN for t in span) for span in between):
        return [people]
    return [base + [g] for g in groups]


def _one_after_another(ctx, sent, trigger, people) -> list[list]:
    """"Kim Jong-un avait reçu A, puis B", "a reçu dès son arrivée A, puis jeudi B et C": the one
    subject met the people named after the verb in turn, a group at each "puis" / "ensuite"."""
    hosts = [p for p in subject_people(ctx, trigger, PERSON) if p in people] if trigger.pos_ == "VERB" else []
    if len(people) < 3 or len(hosts) != 1:
        return [people]
    named = [m for m in ctx.mentions_in(sent) if m.start > trigger.idx and m.ref in people and m.ref != hosts[0]]
    groups, last = [], None
    for m in named:
        if any(m.ref in g for g in groups):
            continue
        gap = doc_text(ctx.doc)[last.end:m.start].lower() if last is not None else ""
        if not groups or re.search(r"\b(?:puis|ensuite)\b", gap):
            groups.append([])
        groups[-1].append(m.ref)
        last = m
    if len(groups) < 2 or sorted(p for g in groups for p in g) != sorted(p for p in people if p != hosts[0]):
        return [people]
    return [[hosts[0], *g] for g in groups]


def _recalled(tok) -> bool:
    """"s'étaient rencontrés", "avait reçu": a pluperfect tells of an earlier event, not the story's
    (but "Plus tôt dans la journée, il avait reçu Y" goes back within the story's day)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    if verb is None:
        return True
    if "plus tôt" in doc_text(tok.doc)[tok.sent.start_char:verb.idx].lower() or same_day(tok.sent):
        return False  # ("X s'y était entretenu le jour même avec Y": that day of the story)
    return any(c.pos_ == "AUX" and "Imp" in c.morph.get("Tense") for c in verb.children)


def _there(ctx, verb):
    """"Les émissaires se succèdent à Pyongyang. X y était reçu par Y": the place "y" stands for,
    the last one named in the sentence or the one before."""
    if not any(c.lower_ == "y" and c.pos_ == "PRON" for c in verb.children):
        return None
    sents = [s for s in sentences(ctx) if s.start <= verb.i][-2:]
    places = [m for s in sents for m in ctx.mentions_in(s)
              if m.ref.type in ("Place", "Country") and m.start < verb.idx and m.kind == "name"
              and not m.surface[:1].islower()]  # (not a demonym: "le chef de la diplomatie russe y a été …")
    return places[-1].ref if places else None


def _where_relative(ctx, verb):
    """"arrivé à l'aéroport de Pyongyang, où il a été accueilli par X": the place "où" stands for
    (also before a modal: "attendu à Brasília, où il doit s'entretenir avec Y")."""
    if verb.dep_ == "xcomp" and any(c.lower_ == "où" for c in verb.head.children):
        verb = verb.head
    where = next((c for c in verb.children if c.lower_ == "où"), None)
    if where is None or verb.head.i == verb.i:
        return None
    return place_before(ctx, where)


_DATELINE = re.compile(r"^[^\n]{0,90}?\((?:AFP|Reuters|Yonhap|Xinhua|ATS|Keystone-ATS|Belga|AP|dpa|Anadolu|APS|MAP"
                       r"|TASS|RIA Novosti|AA)\)\s*[-–—]", re.MULTILINE)


def _dateline_place(ctx):
    """The city an agency dispatch is filed from ("KAZAN (Russie), 23 octobre (AFP) -", "SÉOUL, 13 juil.
    (Yonhap) --"): the first place named on the dateline, or None."""
    text = doc_text(ctx.doc)
    found = _DATELINE.search(text[:3000])
    if found is None:
        return None
    for m in ctx.mentions:
        ref = city_named(m) if found.start() <= m.start < found.end() else None
        if ref is not None and country_of_place(ref) is not None:
            return ref
    return None


def placed_by_dateline(ctx, records: list[Meeting]) -> list[Meeting]:
    """A meeting the article places nowhere, in a dispatch filed from a city of the country one of
    its participants belongs to ("KAZAN, 23 octobre (AFP) - Vladimir Poutine a reçu mercredi le
    président iranien"), happened there; a dispatch from Seoul on a meeting in Pyongyang names no
    South Korean, and places nothing."""
    where = _dateline_place(ctx)
    if where is None:
        return records
    country = country_of_place(where)
    out = []
    for r in records:
        if r.place is None and r.status == "occurred" and any(
                p.type == "Person" and person_country(ctx, p) == country for p in r.participants):
            r = dataclasses.replace(r, place=where)
        out.append(r)
    return out


def placed_by_visits(ctx, records: list[Meeting], visits: list) -> list[Meeting]:
    """A meeting the article places nowhere ("X s'est entretenu avec Y") happened where one of
    its participants is visiting, when the article reports that trip and only that one with a
    date that fits ("Poutine, en visite d'État au Vietnam, ... s'est entretenu avec Y"); one
    planned for the day of a participant's arrival or the two after, or in the sentence of the
    trip to come, where they go."""
    out = []
    visits = [v for v in visits if not v.stop]
    for r in records:
        if r.place is None and r.status == "occurred":
            trips = {v.destination for v in visits if v.traveler in r.participants
                     and country_of_place(v.destination) is not None  # a place kg can tell apart
                     and (r.date is None or v.date is None or v.date.value[:4] == r.date.value[:4])
                     and _to_host(ctx, r, v)}
            if len(trips) == 1:
                r = dataclasses.replace(r, place=trips.pop())
            elif trips:
                # several trips: the one told in the sentence or just before ("Poutine, en visite
                # d'État au Vietnam après Pyongyang, … s'est entretenu avec Y")
                near = [v for v in visits if v.destination in trips and v.traveler in r.participants
                        and 0 <= r.evidence.start - v.evidence.start <= _TRIP_REACH]
                if near:
                    r = dataclasses.replace(r, place=max(near, key=lambda v: v.evidence.start).destination)
                else:
                    r = dataclasses.replace(r, place=_host_country_trip(ctx, r, [
                        v for v in visits if v.destination in trips and v.traveler in r.participants]))
        elif r.place is None and r.status == "planned" and r.date is not None and r.date.precision == "date":
            # planned for a day just after a participant's arrival somewhere ("arrivé mercredi à
            # Kazan, doit s'entretenir jeudi avec X"): there
            day = datetime.date.fromisoformat(r.date.value)
            there = {v.destination for v in visits if v.traveler in r.participants
                     and country_of_place(v.destination) is not None and (
                         v.evidence == r.evidence  # ("se rendra lundi à Washington pour rencontrer X")
                         or (v.date is not None and v.date.precision == "date" and during_trip(day, v.date)))}
            if len(there) == 1:
                r = dataclasses.replace(r, place=there.pop())
        if r.date is None and r.status == "occurred" and not any(
                o.date is not None and o.participants == r.participants for o in records):
            # "M. Carney a été accueilli à l'Élysée par Emmanuel Macron": undated here, but the
            # trip that brought a participant there is dated ("a entamé lundi à Paris sa visite");
            # not when the article dates this meeting elsewhere ("Lors de leur rencontre, …")
            dated = {v.date for v in visits if v.traveler in r.participants and v.date is not None
                     and 0 <= r.evidence.start - v.evidence.start <= _TRIP_REACH
                     and (r.place is None or places_agree(r.place, v.destination))}
            if len(dated) == 1:
                r = dataclasses.replace(r, date=dated.pop())
        out.append(r)
    return out


def _to_host(ctx, r: Meeting, trip) -> bool:
    """Can `trip` be the one that brought a guest to the reception `r`? A guest is received in the
    host's country ("il avait été reçu par Kim Jong-il" is no meeting of his trip to Vietnam); a
    host receives abroad only during a trip of that month ("Volodine reçu par Kim à la mi-août"
    is no meeting of Kim's trip to Beijing in September)."""
    if r.host is None:
        return True
    if trip.traveler == r.host:
        return (r.date is not None and trip.date is not None and len(r.date.value) >= 7
                and r.date.value[:7] == trip.date.value[:7])
    home = person_country(ctx, r.host)
    return home is None or country_of_place(trip.destination) == home


def placed_by_the_day(ctx, records: list[Meeting]) -> list[Meeting]:
    """A meeting the article places nowhere, on a day when every other meeting it places happened
    in one city ("Xi Jinping et Narendra Modi se sont entretenus mercredi à Kazan" … "Mercredi, M.
    Poutine s'est entretenu avec le président iranien"), happened in that city. (Not the day's
    trips: an arrival at Calgary is no meeting at Kananaskis.)"""
    def day_city(r):
        return r.date is not None and r.date.precision == "date" and r.place is not None \
            and r.place.type == "Place" and not airport_named(r.place.name)
    cities: dict[str, set] = {}
    for r in records:
        if r.status == "occurred" and day_city(r):
            cities.setdefault(r.date.value, set()).add(r.place)
    out = []
    for r in records:
        if r.place is None and r.status == "occurred" and r.date is not None and r.date.precision == "date":
            found = cities.get(r.date.value, set())
            if len(found) == 1:
                r = dataclasses.replace(r, place=next(iter(found)))
        out.append(r)
    return out


def placed_by_host(ctx, records: list[Meeting], visits: list) -> list[Meeting]:
    """A reception the article places nowhere ("Sergueï Choïgou a été reçu par Kim Jong-un") took
    place in the host's country, unless the article has just told of the host's trip abroad
    ("Poutine est arrivé en Chine. Il a ensuite reçu X")."""
    out = []
    for r in records:
        key = person_country(ctx, r.host) if r.place is None and r.host is not None else None
        entry = gazetteer.get(key) if key else None
        if entry is not None and entry.type == "Country" and not any(
                v.traveler == r.host and country_of_place(v.destination) != key
                and 0 <= r.evidence.start - v.evidence.start <= _TRIP_REACH for v in visits):
            r = dataclasses.replace(r, place=ActorRef(entry.label, "Country", entry.key))
        out.append(r)
    return out


def _host_country_trip(ctx, r: Meeting, trips: list):
    """"Vladimir Poutine s'est ensuite entretenu avec le Premier ministre Pham Minh Chinh", in an
    article on a tour: the trip that took one participant to the country another is at home in
    (a city of it before the country); None when they point to no one country."""
    there = [v.destination for v in trips if any(
        p != v.traveler and p.type == "Person" and person_country(ctx, p) == country_of_place(v.destination)
        for p in r.participants)]
    if len({country_of_place(t) for t in there}) != 1:
        return None
    return min(there, key=lambda t: (t.type != "Place", t.name))


_TRIP_REACH = 600  # characters: a trip reported a few sentences before the meeting, not an earlier one


def places_agree(place, destination) -> bool:
    """Is a meeting's place where a trip went (the same place, or in the same country)?"""
    if place == destination:
        return True
    a, b = (country_of_place(seat_country(x) or x) for x in (place, destination))
    return a is not None and a == b


def _dedupe(records: list[Meeting]) -> list[Meeting]:
    """One record per sentence, set of participants and time told apart ("en septembre 2024, puis
    le 21 mars"), the most informative."""
    best: dict = {}
    times = {}
    for r in records:
        if r.date is not None:
            times.setdefault((r.evidence, r.participants), set()).add(r.date)
    for r in records:
        several = len(times.get((r.evidence, r.participants), ())) > 1
        key = (r.evidence, r.participants, r.date if several else None)
        score = (r.date is not None, r.place is not None, r.status == "occurred")
        if key not in best or score > best[key][0]:
            best[key] = (score, r)
    return [r for _, r in sorted(best.values(), key=lambda x: x[1].evidence)]
