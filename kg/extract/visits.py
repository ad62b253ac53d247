"""Visits: a person travelling to a place or country (se rendre, arriver, visite, voyage...).

From the parse: the traveller is the subject of a travel verb ("X s'est rendu à
Y", "X est arrivé en Y", "X a visité Y", "les deux dirigeants ont visité le
cosmodrome") or the person a travel noun names ("la visite de X en Y", "leur
arrivée au cosmodrome", "X effectue une visite en Y", "En visite en Y, X...").
The destination is the place after a preposition of place attached to the cue
(or the object of "visiter"); "depuis Y" / "de Y" (the origin) is not one.
"""
from __future__ import annotations

from kg import gazetteer
from kg.extract.common import (article_people, attached_place, case_of, city_named, country_of_place, date_near,
                               doc_tokens, events_cues, governing_verb, guest_after, has_reflexive, is_planned,
                               last_subject_person, lemma, people_of, person_country, person_right_before,
                               possessive_pair, seat_country, subject_of, subject_people, time_word, times_then,
                               tokens, verb_lemma)
from kg.records import ActorRef, DateValue, Visit

PERSON = ("Person",)
DEST = ("Place", "Country")


def _destination(ctx, head):
    preps = events_cues("visit_destination_preps")
    if verb_lemma(head) in events_cues("visit_object_destination"):
        for child in head.children:
            if child.dep_ == "obj":
                found = people_of(ctx, child, DEST) or ([attached_place(ctx, child, preps | {"de", "du", "des"})]
                                                        if attached_place(ctx, child, preps | {"de", "du", "des"})
                                                        else [])
                if found:
                    return found[0]
    return attached_place(ctx, head, preps)


def _passive_like(verb) -> bool:
    """"a été reçue", "est attendu" (the parser may tag "est" anything), a bare participle in a
    headline ("Lula reçu par Xi à Pékin"): the guest is the subject; "a reçu Y" is active."""
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return True
    auxes = [c for c in verb.children if c.lemma_ in ("être", "avoir") and c.pos_ == "AUX" and c.i < verb.i]
    if auxes:
        return all(c.lemma_ == "être" for c in auxes)
    if "Part" in verb.morph.get("VerbForm") and verb.dep_ == "advcl" and verb.i < verb.head.i and (
            verb.i == verb.sent.start or any(case_of(c) == "par" for c in verb.children)):
        return True  # "Reçu mardi à Pyongyang par Kim Jong-un, Sergueï Choïgou a annoncé …"
    return "Part" in verb.morph.get("VerbForm") and verb.dep_ in ("ROOT", "acl") and any(
        c.dep_ in ("nsubj", "advmod") and c.i < verb.i and c.pos_ == "PROPN" for c in verb.children)


def _host_visit(ctx, verb):
    """"X a reçu Y à Istanbul / dans sa résidence de Sotchi": the guest travelled there, when the
    guest's country is known (a foreign guest; a minister received at home is no trip)."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    # "a accueilli vendredi son homologue X": the parser makes the day the object
    objects = [x for c in objects for x in ([c] if not time_word(c) else
                                            [g for g in c.children if g.dep_ in ("nmod", "appos")])]
    guests = [g for c in objects for g in people_of(ctx, c, PERSON) if person_country(ctx, g) is not None]
    if not guests:
        # "X a reçu mardi à Pyongyang Sergueï Choïgou": the parse hangs the guest on the place
        guest = guest_after(ctx, verb)
        guests = [guest] if guest is not None and person_country(ctx, guest) is not None else []
    if not guests:
        return [], None
    objects = objects or [verb]
    preps, types = {"à", "au", "aux", "en", "dans"}, DEST + ("Organization",)
    # "a reçu X à Sotchi": the parser often hangs the place on the guest
    return guests, attached_place(ctx, verb, preps, types) or attached_place(ctx, objects[0], preps, types, depth=1)


def _verb_visit(ctx, verb):
    lem = verb_lemma(verb)
    if lem in events_cues("visit_reflexive_only") and not has_reflexive(verb):
        return [], None
    if lem in ("aller", "venir") and any(c.dep_ == "xcomp" for c in verb.children):
        return [], None  # "va discuter", "vient de signer"
    if lem in events_cues("visit_passive_only"):
        # "X a été reçue à Moscou", "X est attendue à Paris": the guest travels there
        if not _passive_like(verb):
            return _host_visit(ctx, verb) if lem in events_cues("visit_host_verbs") else ([], None)
        # ("accueilli sur la place X": the site of a ceremony, not where the guest travelled)
        guests = subject_people(ctx, verb, PERSON) or [
            r for c in verb.children if c.i < verb.i and c.dep_ in ("advmod", "dep") and c.pos_ == "PROPN"
            for r in [ctx.actor_at(c)] if r is not None and r.type == "Person"]  # "Lula reçu par Xi"
        return guests, attached_place(ctx, verb, {"à", "au", "aux", "en", "dans"}, DEST + ("Organization",))
    if lem == "quitter":
        # "a quitté Rome pour le Portugal": the destination follows "pour / vers", never the object
        return subject_people(ctx, verb, PERSON), attached_place(ctx, verb, {"pour", "vers"}, DEST)
    if lem == "partir":
        # "parti de Pyongyang" is the origin; only "parti pour / vers Y" names a destination
        for c in verb.children:
            if c.dep_.startswith("obl") and case_of(c).split()[:1] in (["pour"], ["vers"]):
                found = people_of(ctx, c, DEST)
                if found:
                    return subject_people(ctx, verb, PERSON), found[0]
        return [], None
    subj = subject_of(verb)
    if subj is not None and subj.lower_ in ("ils", "elles") and subj.pos_ == "PRON":
        return [], None  # "où ils pouvaient se rendre": a group, rarely the article's two leaders
    travellers = subject_people(ctx, verb, PERSON) or _fronted_traveller(ctx, verb)
    right = person_right_before(ctx, verb)
    if right is not None and (subj is None or subj.head.i != verb.i):
        # "X s'était rendu à Riyad, et Y s'est rendu à Ankara": the parse gives the second verb
        # no subject of its own, and the first verb's by inheritance
        travellers = [right]
    return travellers, _destination(ctx, verb)


_OPENS_CLAUSE = {"où", "qui", "que", "qu'", "qu’", "dont", "lorsque", "quand"}


def _fronted_traveller(ctx, verb) -> list[ActorRef]:
    """"Arrivé mardi soir dans la capitale du Tatarstan, sur les bords de la Volga, le président
    iranien a été reçu …": a participle opening the sentence is said of the main clause's subject,
    which the parser often misses; read it off the sentence: the person named just before the first
    verb outside the participle's phrase (skipping "où …" and "qui …" clauses between commas)."""
    sent = verb.sent
    if verb.i != sent.start or "Part" not in verb.morph.get("VerbForm"):
        return []
    segment_start, skip = None, False
    for tok in sent[verb.i - sent.start + 1:]:
        if tok.text == ",":
            segment_start, skip = tok.i + 1, False
            continue
        if tok.i == segment_start and tok.lower_ in _OPENS_CLAUSE:
            skip = True
        if segment_start is None or skip or tok.pos_ not in ("VERB", "AUX"):
            continue
        words = sent[segment_start - sent.start:tok.i - sent.start]
        named = [m.ref for m in ctx.mentions_in(words) if m.ref.type == "Person"] if len(words) else []
        # ("l'ancien président russe a été reçu": a description of someone named before)
        described = [r for w in words if w.pos_ == "NOUN" for r in people_of(ctx, w, PERSON)]
        return named[-1:] or described[:1]
    return []


def _negated(noun) -> bool:
    """"n'a pas fait de visite": a negative partitive ("de" + noun under a negated verb)."""
    if not any(c.dep_ == "det" and c.lower_ in ("de", "d'", "d’") for c in noun.children):
        return False
    verb = governing_verb(noun)
    return verb is not None and any(c.lower_ in ("pas", "jamais", "plus", "aucun", "aucune")
                                    for c in verb.children if c.dep_ == "advmod")


def _visiting_apposition(ctx, noun) -> list:
    """"… au président Emmanuel Macron, en visite d'État au Maroc": "en visite" set off by a comma
    is said of the person named just before the comma."""
    doc = noun.doc
    k = noun.i - 1
    while k > noun.sent.start and doc[k].pos_ == "ADJ":
        k -= 1  # "en courte visite"
    if doc[k].lower_ != "en" or k - 2 < noun.sent.start or doc[k - 1].text != ",":
        return []
    ref = ctx.actor_at(doc[k - 2])
    return [ref] if ref is not None and ref.type == "Person" else []


def _noun_visit(ctx, noun):
    if _negated(noun):
        return [], None
    travellers = list(possessive_pair(ctx, noun))
    if not travellers:
        travellers = _visiting_apposition(ctx, noun)
    for child in noun.children:
        if child.dep_ in ("nmod", "appos", "flat:name") and case_of(child).split()[:1] in (["de"], ["d'"], ["du"], []):
            travellers += [p for p in people_of(ctx, child, PERSON) if p not in travellers]
    if not travellers:
        verb = governing_verb(noun)
        if verb is not None:
            subj = subject_of(verb)
            if subj is not None:
                travellers = people_of(ctx, subj, PERSON)
    if not travellers:
        # "X, lors d'une visite à Y": the noun phrase the visit is hung on names the traveller
        cur = noun
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            ref = ctx.actor_at(cur)
            if ref is not None and ref.type == "Person":
                travellers = [ref]
                break
    if not travellers and any(c.dep_ == "det" and c.lower_ in ("son", "sa") for c in noun.children):
        verb = governing_verb(noun)
        subj = subject_of(verb) if verb is not None else None
        if subj is not None and subj.i != noun.i:
            travellers = people_of(ctx, subj, PERSON)
        else:
            # "Sa dernière visite au Maroc remontait à 2018", "C'est son premier déplacement en Chine
            # depuis 2019": the person last named as a subject, if the article is about them, else
            # the person it is most about
            main, last = article_people(ctx)[:2], last_subject_person(ctx, noun.idx)
            travellers = [last] if last in main else main[:1]
    return travellers, attached_place(ctx, noun, events_cues("visit_destination_preps"))


def _is_site(ref) -> bool:
    """A place where a trip lands or a guest is received ("l'aéroport de Vnoukovo", "la résidence
    d'État de X", "le palais présidentiel"): somewhere in a city, not where the trip goes."""
    if ref.type != "Place":
        return False
    entry = gazetteer.get(ref.key) if ref.key else None
    for name in (ref.name, entry.label if entry is not None else ""):
        # (as written, or as kg knows it: "Tiananmen" is the "place Tian'anmen")
        words = name.lower().split()
        if words[:1] == ["grand"]:
            words = words[1:]  # "le Grand Palais du Peuple"
        if words and words[0] in events_cues("visit_sites"):
            return True
    return False


_MACRO_REGIONS = {gazetteer.fold(w) for w in events_cues("macro_regions")}


def _being_there(ctx, tok) -> bool:
    """A place that is the predicate of "être à / en" ("X était à Luanda", "X est en Chine")."""
    if tok.pos_ != "PROPN":
        return False
    ref = ctx.actor_at(tok)
    return (ref is not None and ref.type in DEST
            and any(c.dep_ == "cop" and c.lemma_ == "être" for c in tok.children)
            and any(c.dep_ == "case" and c.lower_ in ("à", "en", "au", "aux") for c in tok.children))


def _country_of(site) -> ActorRef | None:
    """The country kg knows a site in, as an actor."""
    entry = gazetteer.get(country_of_place(site) or "")
    return ActorRef(entry.label, "Country", entry.key) if entry is not None else None


def _settle(ctx, sent, traveller, destination, origin=None):
    """Where a trip goes: a seat of power stands for its country ("reçu au Kremlin"); a site
    yields to a city or country the sentence also names, other than the `origin` the trip came
    from ("arrivé à l'aéroport de Kalma en provenance de Kuala Lumpur"); none for a trip to the
    traveller's own country (a return home, a tour at home)."""
    destination = seat_country(destination) or destination
    if destination.type not in DEST or gazetteer.fold(destination.name) in _MACRO_REGIONS:
        return None  # "la tournée de Xi en Europe", "dans le Golfe": no place a trip can be scored to
    home = person_country(ctx, traveller)
    if _is_site(destination):
        others = [m for m in ctx.mentions_in(sent) if m.ref.type in DEST and not _is_site(m.ref)
                  and m.kind == "name" and (home is None or country_of_place(m.ref) != home)]
        if origin is not None and others:
            others = [m for m in others if (city_named(m) or m.ref) != origin]
            if not others:
                return None  # the landing of a trip the article places elsewhere, or not at all
        if others:  # a city before its country, a place named after the site before one before it
            site = next((m.start for m in ctx.mentions_in(sent) if m.ref == destination), sent.start_char)
            destination = min(others, key=lambda m: (m.ref.type != "Place", m.start < site, m.start)).ref
        else:  # "reçu au Palais du Peuple": the country the site is in, when kg knows it
            destination = _country_of(destination) or destination
    if home is not None and country_of_place(destination) == home:
        return None
    return destination


_FROM = (("en", "provenance"), ("de", "retour"), ("venant",))


def _month_of(date: DateValue | None) -> DateValue | None:
    """The month of an arrival's day: the stop it came from was in the days before it."""
    if date is None or date.precision == "gYear":
        return date
    return DateValue(date.value[:7], "gYearMonth")


def _came_from(ctx, sent, verb):
    """The place an arrival comes from, when the text says it was a stop ("en provenance du Japon",
    "de retour d'Indonésie", "venant de Séoul"); not "parti de", the trip's start at home."""
    if verb_lemma(verb) not in ("arriver", "atterrir", "rentrer", "revenir"):
        return None
    words = tokens(ctx, sent)
    for k, tok in enumerate(words):
        if tok.i <= verb.i or tok.i > verb.i + 12:
            continue
        for cue in _FROM:
            if [w.lower_ for w in words[k:k + len(cue)]] == list(cue):
                rest = words[k + len(cue):k + len(cue) + 3]
                if rest and rest[0].lower_ in ("de", "du", "des", "d'", "d’"):
                    for t in rest[1:]:
                        m = ctx.mention_at(t)
                        if m is not None:
                            # "en provenance de Kuala Lumpur": the city, not the state its name can stand for
                            return (city_named(m) or m.ref) if m.ref.type in DEST else None
    return None


_NEXT_STOP = {",", "et", "puis", "ainsi", "que", "qu'", "qu’"}
_STOP_PREPS = {"à", "au", "aux", "en"}


def _further_stops(ctx, sent, destination) -> list:
    """The places coordinated after a trip's destination: "une tournée en Égypte, en Tunisie, au
    Togo et en Côte d'Ivoire", "à Bamako puis à Ouagadougou": each one a stop."""
    mentions = [m for m in ctx.mentions_in(sent) if m.ref == destination]
    if not mentions:
        return []
    doc, out, joined = sent.doc, [], False
    span = doc.char_span(mentions[0].start, mentions[0].end, alignment_mode="expand")
    k = span.end if span is not None else sent.end
    previous = destination
    while k < sent.end:
        j = k
        while j < sent.end and doc[j].lower_ in _NEXT_STOP:
            j += 1  # ", et", "puis", "ainsi qu'"
        if j == k or j >= sent.end or doc[j].lower_ not in _STOP_PREPS:
            break
        joined = joined or any(doc[x].lower_ != "," for x in range(k, j))
        j += 1
        while j < sent.end and doc[j].pos_ == "DET":
            j += 1
        ref = ctx.actor_at(doc[j]) if j < sent.end else None
        if ref is None or ref.type not in DEST:
            break
        if ref.type == "Country" and country_of_place(previous) == ref.key:
            break  # "à Vladivostok, en Russie": where the stop is, not another one
        if ref not in out and ref != destination:
            out.append(ref)
        previous = ref
        while j < sent.end and ctx.actor_at(doc[j]) == ref:
            j += 1
        k = j
    return out if joined else []  # (a list ends with "et" or goes on with "puis")


def _companions(ctx, verb, travellers) -> list:
    """The people who travel with the traveller: "s'est envolée pour Le Caire avec X", "accompagné
    de X et de Y", "aux côtés de X"."""
    out = []
    nodes = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "acl") and lemma(c) == "accompagner"]
    nodes += [c for t in verb.children if t.dep_.startswith("nsubj")
              for c in t.children if c.dep_ in ("acl", "appos") and lemma(c) == "accompagner"]
    for node in nodes:
        for c in node.children:
            if node.i == verb.i and c.lower_ == "compagnie" and case_of(c).split()[:1] == ["en"]:
                # "se rendra à Kiev en compagnie de la présidente de la Commission, X, de Y, et du
                # Premier ministre canadien, Z": every person the phrase names (not a host's
                # company: "a reçu son homologue en compagnie de X")
                if verb_lemma(verb) in events_cues("visit_host_verbs"):
                    continue
                for t in c.subtree:
                    m = ctx.mention_at(t)
                    if m is not None and m.kind == "name" and m.ref.type == "Person" and m.ref not in travellers \
                            and m.ref not in out:
                        out.append(m.ref)
                continue
            case = case_of(c).split()
            joined = (case[:1] == ["avec"] and node.i == verb.i) or (node.i != verb.i and case[:1] in (["de"], ["du"], ["des"], ["par"])) \
                or case[-2:] in (["côtés", "de"], ["côtés", "du"], ["côtés", "des"])
            if not joined:
                continue
            for ref in people_of(ctx, c, PERSON):
                if ref not in travellers and ref not in out:
                    out.append(ref)
    return out


def extract(ctx) -> list[Visit]:
    out, stops, acting = [], [], []
    verbs, nouns = events_cues("visit_verbs"), events_cues("visit_nouns")
    seen = set()
    after_a = _sentences_with_a_place_after_a(ctx)
    for sent in ctx.doc.sents:
        for tok in tokens(ctx, sent):
            if _being_there(ctx, tok):
                # "Vendredi, Emmanuel Macron était à Luanda": a person abroad (see _settle) is visiting
                travellers = [r for c in tok.children if c.dep_ == "nsubj" for r in people_of(ctx, c, PERSON)]
                destination = ctx.actor_at(tok)
            elif verb_lemma(tok) in verbs:
                travellers, destination = _verb_visit(ctx, tok)
            elif tok.pos_ == "VERB":
                if sent.start in after_a:  # (most sentences name no place after "à")
                    acting += _acting_abroad(ctx, sent, tok, seen)
                continue
            elif tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in nouns or lemma(tok) in nouns):
                travellers, destination = _noun_visit(ctx, tok)
            else:
                continue
            if destination is None:
                continue
            date = date_near(ctx, sent, tok)
            origin = _came_from(ctx, sent, tok)
            if travellers and verb_lemma(tok) in verbs:
                travellers = travellers + _companions(ctx, tok, travellers)
            places = [destination] + _further_stops(ctx, sent, destination)
            for traveller, destination in [(t, d) for t in travellers for d in places]:
                place = _settle(ctx, sent, traveller, origin) if origin is not None else None
                if place is not None and (traveller, place, sent.start) not in seen:
                    # "arrivé à Tianjin en provenance du Japon": the stop before
                    seen.add((traveller, place, sent.start))
                    stops.append(Visit(traveler=traveller, destination=place, date=_month_of(date),
                                       evidence=ctx.evidence(sent), stop=True))
                place = _settle(ctx, sent, traveller, destination, origin)
                if place is None:
                    continue
                key = (traveller, place, sent.start)
                if key in seen:
                    continue
                seen.add(key)
                # "revient à Pyongyang le 21 mars, puis le 4 juin": one trip at each time (a time
                # named with its own place is a trip there: "à Moscou en juillet, puis à Kazan en octobre")
                times = times_then(ctx, sent, date) if date is not None else []
                for when in [date, *(when for when, where in times if where is None)]:
                    out.append(Visit(traveler=traveller, destination=place, date=when,
                                     evidence=ctx.evidence(sent)))
    # a trip the article tells is the trip; "acting abroad" adds one it does not tell
    told = {(v.traveler, country_of_place(v.destination)) for v in out}
    return out + [v for v in acting if (v.traveler, country_of_place(v.destination)) not in told] + stops


def _sentences_with_a_place_after_a(ctx) -> set[int]:
    """The start tokens of the sentences that name a place or country right after "à"."""
    words = doc_tokens(ctx.doc)
    return {words[i].sent.start for i, m in ctx._by_token.items()
            if i > 0 and m.ref.type in DEST and words[i - 1].lower_ == "à"}


def _capital_where(ctx, verb) -> ActorRef | None:
    """"a déclaré mardi à Pékin": a capital the actor step read as its country, where the parse
    makes it the place of the verb (a modifier, not the verb's dative: "a livré à Pyongyang")."""
    for c in verb.children:
        m = ctx.mention_at(c)
        if c.dep_ == "obl:mod" and case_of(c) == "à" and m is not None and m.ref.type == "Country":
            city = city_named(m)
            if city is not None:
                return city
    return None


def _acting_abroad(ctx, sent, verb, seen) -> list[Visit]:
    """"Justin Trudeau a annoncé lundi à Kiev de nouvelles sanctions": a person whose country kg
    knows, doing something in a foreign city (told in the past, not negated), is visiting it."""
    if not any(c.dep_ == "aux:tense" for c in verb.children):
        return []  # a compound past ("a annoncé"): an event told, not a habit or a plan
    place = attached_place(ctx, verb, {"à"}, ("Place",), depth=1) or _capital_where(ctx, verb)
    if place is None or _is_site(place) or country_of_place(place) is None:
        return []
    if is_planned(verb) or any(c.lower_ in ("ne", "n'", "n’") for c in verb.children):
        return []
    out = []
    for person in subject_people(ctx, verb, PERSON):
        home = person_country(ctx, person)
        if home is None or home == country_of_place(place) or (person, place, sent.start) in seen:
            continue
        seen.add((person, place, sent.start))
        out.append(Visit(traveler=person, destination=place, date=date_near(ctx, sent, verb),
                         evidence=ctx.evidence(sent)))
    return out


def implied_by_meetings(ctx, meetings: list, found: list[Visit]) -> list[Visit]:
    """A foreign participant of a meeting told with its place ("Modi et Xi se sont entretenus
    mercredi à Kazan") travelled there: a visit, unless the article tells that trip already.
    Only a city or a country (a site stands for the country kg knows it in: "sur la place Rouge"),
    only a meeting that occurred with a host of that country, and only a guest whose country kg
    knows and is not the place's."""
    out = []
    for m in meetings:
        if m.status != "occurred" or m.place is None or m.place.type not in DEST:
            continue
        place = _country_of(m.place) if _is_site(m.place) else m.place
        if place is None:
            continue
        where = country_of_place(place)
        if where is None or gazetteer.fold(m.place.name) in _MACRO_REGIONS:
            continue
        homes = {p: person_country(ctx, p) if p.type == "Person" else None for p in m.participants}
        if where not in homes.values():
            continue  # no host: a summit abroad, or a meeting kg may have read wrong
        for person, home in homes.items():
            if home is None or home == where:
                continue
            if any(v.traveler == person and country_of_place(v.destination) == where for v in found + out):
                continue
            out.append(Visit(traveler=person, destination=place, date=m.date, evidence=m.evidence))
    return found + out
