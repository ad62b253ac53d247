"""Sanctions: restrictive measures imposed, or in force, on an actor.

From the parse around a sanction noun (sanctions, embargo, interdiction, gel
des avoirs): the target is what "visant / frappant / contre / à l'encontre de"
names, the actor "sous sanctions" is said of, or the "à ..." of an
interdiction; the imposer is the subject of "imposer / adopter", the "par ..."
agent, "de l'ONU", or a demonym ("sanctions américaines"). The reason follows
"en raison de", "à cause de", "en représailles à", "pour avoir", "accusé de"...

Beyond the parse, a linear reading of the clause: the named actors after a
target marker ("contre", "visant", "à l'encontre de", "les avoirs de") up to
the reason or the end of the clause are the targets, one sanction each
("la société X et le navire Y"); a passive ("Y est visé par des sanctions de
X", "Y a été placé sur la liste noire de X") names the target as its subject.
Unnamed targets ("trois entreprises chinoises") give none: the demonym is no
target. Lifting, blocking or threatening sanctions ("lever les sanctions",
"veto", "menace de sanctions") imposes nothing; "contourner les sanctions"
makes nobody a target, but "violation des sanctions de l'ONU contre X" names
a regime on X in force, and is read as one.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from kg import cues, gazetteer
from kg.extract import dates
from kg.extract.common import (bare_participle, case_of, doc_text, events_cues, governing_verb, lemma, people_of,
                               sentences, subject_of, subject_people, time_word, tokens)
from kg.extract.roles import title_word
from kg.records import ActorRef, Sanction

TARGET = ("Country", "Person", "Organization")
IMPOSER = ("Country", "Organization")


def _reason(sent, start_char: int) -> str | None:
    text = doc_text(sent.doc)[start_char: sent.end_char]
    low = text.lower()
    best = None
    for marker in sorted(events_cues("sanction_reason_markers"), key=len, reverse=True):
        k = low.find(marker)
        if k >= 0 and (best is None or k < best[0]):
            best = (k, marker)
    if best is None:
        return None
    rest = text[best[0] + len(best[1]):]
    for stop in (".", ";", " – ", " - ", "«", "»", "\n", ", dont ", ", ainsi qu"):
        rest = rest.split(stop)[0]  # (", dont les cargos A et B": the targets again, not why)
    rest = rest.split(", ")[0] if len(rest) > 120 else rest
    return rest.strip(" ,\"'") or None


def _first(refs):
    return refs[0] if refs else None


def _imposed(noun) -> bool:
    """Is the sanction noun the object of an imposing verb ("imposer des sanctions à X")?"""
    verb = governing_verb(noun)
    for _ in range(2):  # "a imposé dimanche / fin octobre des sanctions": the parser hangs the object on the day
        if noun.dep_ == "nmod" and (time_word(noun.head) or noun.head.lower_ in ("fin", "début", "mi")):
            noun = noun.head
    return verb is not None and lemma(verb) in events_cues("sanction_verbs") and noun.dep_ in ("obj", "nsubj:pass")


def _with_conjuncts(ctx, tok, found) -> list:
    """The first actor `tok`'s phrase names, and the first of each phrase coordinated with it
    ("à la Russie et au Bélarus", "à A, porte-parole de X, et à B"): no names of appositions."""
    out = found[:1]
    for c in tok.children:
        if c.dep_ == "conj":
            more = people_of(ctx, c, TARGET)
            if more and more[0] not in out:
                out.append(more[0])
    return out


def _nationals(ctx, tok, ref) -> bool:
    """Is the country `ref` named in `tok`'s phrase only by a demonym ("500 Américains")?"""
    ms = [ctx.mention_at(t) for t in tok.subtree if ctx.actor_at(t) == ref]
    return ref.type == "Country" and bool(ms) and all(gazetteer.country_of_demonym(m.surface) is not None for m in ms)


def _by_demonym(ctx, tok, ref) -> bool:
    """Is the country `ref` named in `tok`'s phrase only by an adjective ("contre sept entreprises
    américaines": the firms are the targets, not their country)? Not when the adjective qualifies
    the state itself ("les avoirs de l'État nigérien", "la junte nigérienne")."""
    if ref.type != "Country":
        return False
    toks = [t for t in tok.subtree if ctx.actor_at(t) == ref]
    return bool(toks) and all(ctx.mention_at(t).surface[:1].islower()
                              and gazetteer.fold(t.head.text) not in _STATE_NOUNS for t in toks)


_STATE_NOUNS = frozenset({"etat", "gouvernement", "regime", "junte", "pays", "republique", "nation", "autorites",
                          "pouvoir"})


def _targets_of(ctx, tok, capitals: bool) -> list:
    """The targets a phrase names; with `capitals`, a capital stands for its state ("imposer des
    sanctions à Pyongyang", which the actor step reads as a place: "à" before a city is mostly where)."""
    out = []
    for r in people_of(ctx, tok, TARGET + (("Place",) if capitals else ())):
        if r.type == "Place":
            state = gazetteer.country_of_capital(r.name)
            r = ActorRef(state.label, state.type, state.key) if state is not None else None
        if r is not None and r not in out:
            out.append(r)
    return out


def _target(ctx, noun) -> list:
    # "sanctions visant X", "sanctions frappant X"
    for child in noun.children:
        if child.dep_ in ("acl", "acl:relcl") and lemma(child) in events_cues("sanction_target_verbs"):
            for obj in child.children:
                if obj.dep_ == "obj":
                    found = people_of(ctx, obj, TARGET)
                    if found:
                        return found[:1]
    # "sanctions contre X", "à l'encontre de X", "embargo sur X", "vente d'armes à X" (depth 2)
    frontier = [noun]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for child in node.children:
                if child.dep_ in ("acl:relcl", "advcl", "ccomp", "punct", "det", "case"):
                    continue
                case = case_of(child).split()
                if case[:1] in (["contre"], ["envers"], ["sur"], ["à"], ["au"], ["aux"]) or case[-2:] == ["encontre", "de"]:
                    # (a capital as its state only where the measures are said to be imposed on it: not
                    # "une avocate spécialisée dans les sanctions à Paris")
                    found = _targets_of(ctx, child, capitals=_imposed(noun) or case[:1] == ["contre"])
                    found = [r for r in found if not _by_demonym(ctx, child, r)]
                    if node.i == noun.i and case[:1] in (["à"], ["au"], ["aux"]) and not _imposed(noun):
                        # "bloquer toute sanction au Conseil de sécurité": the body where it is
                        # voted, not its target; "imposer des sanctions à X" names the target
                        found = [r for r in found if r.type != "Organization"]
                    if found:
                        return _with_conjuncts(ctx, child, found)
                nxt.append(child)
        frontier = nxt
    if _imposed(noun):
        # "infliger au Mali un embargo", "imposer des sanctions à A, porte-parole de X, et à B":
        # the imposing verb's dative
        for child in governing_verb(noun).children:
            if child.dep_ in ("obl:arg", "obl", "iobj") and case_of(child).split()[:1] in (["à"], ["au"], ["aux"]):
                found = _targets_of(ctx, child, capitals=True)
                if found:
                    return _with_conjuncts(ctx, child, found)
    # "X, elle-même sous sanctions", "X vivait sous le régime des sanctions de l'ONU": what the
    # phrase is said of
    under = noun.head if lemma(noun.head) in ("régime", "coup") and noun.dep_ == "nmod" else noun
    if case_of(under).split()[:1] == ["sous"] or any(c.lower_ == "sous" for c in under.children):
        head = under.head
        for _ in range(3):
            found = [r for r in people_of(ctx, head, TARGET)] if ctx.actor_at(head) else []
            if not found and head.pos_ in ("VERB", "AUX") and under.i != noun.i and under.head.i == head.i:
                found = subject_people(ctx, head, TARGET)  # "X vivait sous le régime des sanctions"
            if found:
                return found[:1]
            if head.head.i == head.i:
                break
            head = head.head
    return []


_STOPS = {",", ";", ":", ".", "(", ")", "«", "»", "qui", "que", "qu'", "dont", "mais", "car", "alors", "tandis",
          "lorsque", "depuis", "afin", "après", "avant"}


def _named(ctx, span_tokens, types) -> list:
    """Actors of `types` named (capitalised, not a demonym) among tokens, in text order; not the
    body of a title ("le président du Parlement européen") nor people named by a demonym ("onze
    Américains")."""
    out = []
    for t in span_tokens:
        if not t.text[:1].isupper():
            continue
        ref = ctx.actor_at(t)
        if ref is None or ref.type not in types or ref in out:
            continue
        if ref.type != "Person" and _title_body(t):
            continue
        m = ctx.mention_at(t)
        if ref.type == "Country" and m is not None and gazetteer.country_of_demonym(m.surface) is not None:
            continue
        out.append(ref)
    return out


def _title_body(tok) -> bool:
    """Is `tok` the start of the body a title belongs to ("président du Parlement européen")?"""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "le", "les"):
        k -= 1
    return k < tok.i - 1 and k >= 0 and title_word(doc[k]) is not None


def _reason_start(sent, from_char: int) -> int:
    low = doc_text(sent.doc)[from_char: sent.end_char].lower()
    ks = [low.find(m) for m in events_cues("sanction_reason_markers")]
    ks = [k for k in ks if k >= 0]
    return from_char + min(ks) if ks else sent.end_char


_LIST_OPENERS = {":", "dont", "-", "–", "—", "notamment", "parmi"}
_RELATIVES = {"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où"}


def _opened_list(doc, i: int, end: int) -> int | None:
    """Where the members of a list start when token `i` opens one (": A, B", ", dont A et B",
    "- A, B", "parmi lesquels A"), else None."""
    t = doc[i]
    if t.lower_ not in _LIST_OPENERS:
        return None
    if t.lower_ == "parmi":
        return i + 2 if i + 1 < end and doc[i + 1].lower_ in ("lesquels", "lesquelles", "eux", "elles") else None
    return i + 1


def _list_targets(ctx, sent, first: int, types=TARGET) -> list:
    """The named members of a list of targets, one per item: "quatre responsables : A, ancien chef
    du Parti, B et C", "huit responsables, dont le président du Parlement européen A et la
    vice-présidente B", "cinq eurodéputés - l'Allemand A, qui préside …, son compatriote B".
    An item naming a person is that person (not the body of its title); an apposition, a title
    before its holder or a relative clause between the items is no item."""
    doc = sent.doc
    limit = _reason_start(sent, doc[first].idx) if first < sent.end else sent.end_char
    out: list = []

    def close(seg):
        words = [t for t in seg if t.pos_ != "DET" and t.lower_ not in ("de", "d'", "d’", "des", "du")]
        if not words or words[0].lower_ in _RELATIVES:
            return
        people = _named(ctx, seg, ("Person",)) if "Person" in types else []
        # (not "des responsables de l'administration Biden": a name that qualifies a common noun)
        people = [p for p in people if not _qualifies_noun(ctx, seg, p)]
        if people and words[0].pos_ in ("NOUN", "ADJ") and words[0].text[:1].islower() and all(
                t.pos_ != "DET" for t in seg if t.i < words[0].i):
            # "A, rapporteur du Conseil sur l'empoisonnement de l'opposant X": X is said of in an
            # apposition, not listed; "ancien ministre X", "et de X" are items
            first = min(t.i for t in seg if ctx.actor_at(t) in people)
            if any(words[0].i < t.i < first and t.lower_ in ("de", "du", "des", "d'", "d’", "sur", "pour")
                   for t in seg):
                return
        if people:
            out.extend(p for p in people if p not in out)
            return
        if words[0].text[:1].islower() and (seg[0].pos_ != "DET" or title_word(words[0])
                                            or seg[0].lower_ in ("un", "une")):
            # "ancien chef adjoint du Parti", "le chef du Comité d'enquête" before its holder; "A,
            # un responsable présenté par Washington comme …": an apposition
            return
        named = _named(ctx, seg, tuple(x for x in types if x != "Person"))
        if named and named[0] not in out:
            out.append(named[0])

    seg: list = []
    k = first
    while k < sent.end and doc[k].idx < limit:
        t = doc[k]
        relative = bool(seg) and seg[0].lower_ in _RELATIVES
        if t.text == "(":  # "président de la National Endowment for Democracy (NED), A, B": an aside
            close_at = next((j for j in range(k + 1, min(sent.end, k + 8)) if doc[j].text == ")"), None)
            if close_at is not None:
                k = close_at + 1
                continue
        if t.text == "." and k + 1 < sent.end and doc[k + 1].text == ",":
            k += 1
            continue  # "Insitu Inc., Hudson Technologies": an abbreviation's period
        if t.text in (".", ";", "«", "»", "(", ")", "!", "?") or "\n" in t.text:
            break
        if t.pos_ in ("VERB", "AUX") and not relative and not t.text[:1].isupper() and doc[k - 1].pos_ != "DET" \
                and "Part" not in t.morph.get("VerbForm"):
            # "A, B et C sont eux aussi sanctionnés": the list ended with the last item (not
            # "de l'opposant X", a participle the parser takes for a verb)
            seg = []
            break
        if t.text in (",", "-", "–", "—") or t.lower_ == "et":
            close(seg)
            seg = []
        elif t.lower_ == "ainsi" and k + 1 < sent.end and doc[k + 1].lower_ in ("que", "qu'", "qu’"):
            close(seg)
            seg = []
            k += 1
        else:
            seg.append(t)
        k += 1
    close(seg)
    return out


def _qualifies_noun(ctx, seg, ref) -> bool:
    """Is the person `ref` named right after a common noun that is no title ("l'administration
    Biden", "le gouvernement Netanyahou")?"""
    first = next((t for t in seg if ctx.actor_at(t) == ref), None)
    if first is None or first.i == 0:
        return False
    doc = first.doc
    prev = doc[first.i - 1]
    if prev.pos_ != "NOUN" or not prev.text[:1].islower() or title_word(prev) is not None or prev.i < 2:
        return False
    # "de l'administration Biden", "du gouvernement X" (not "les sénateurs A et B")
    return doc[prev.i - 1].lower_ == "du" or (doc[prev.i - 1].lower_ in ("l'", "l’", "la", "le")
                                              and doc[prev.i - 2].lower_ in ("de", "d'", "d’"))


def _unknown_items(ctx, toks) -> list:
    """The items of "l'Angara et la Lady R" no actor covers, named as a determiner and capitalised
    words: ships or firms the recogniser did not know, beside one it did."""
    out, seg = [], []
    for t in toks + [None]:
        if t is None or t.text == "," or t.lower_ == "et":
            ref = _unknown_name(ctx, seg)
            if ref is not None and ref not in out:
                out.append(ref)
            seg = []
        else:
            seg.append(t)
    return out


def _unknown_name(ctx, seg) -> ActorRef | None:
    """"la Lady R", "le Maia-1": a determiner and one to three capitalised words no actor covers,
    not a French word nor a title: a name (of a ship or a firm) the recogniser did not know."""
    if not 2 <= len(seg) <= 4 or seg[0].pos_ != "DET" or seg[0].lower_ not in ("le", "la", "l'", "l’"):
        return None
    words = seg[1:]
    if any(ctx.actor_at(t) is not None or not (t.text[:1].isupper() or t.text[:1].isdigit()) for t in words):
        return None
    if words[0].lower_ in _french_words() or title_word(words[0]) is not None:
        return None
    return ActorRef(" ".join(t.text for t in words).rstrip("."), "Organization")  # ("R." at a sentence's end)


@functools.cache
def _french_words() -> frozenset[str]:
    """Words that are no name, though capitalised at a sentence's start (read once, when first needed)."""
    actors = cues.load("actors")
    return frozenset(w.lower() for w in actors["french_words"] + actors["generic_nouns"])


def _window(ctx, sent, first: int, types=TARGET) -> list:
    """Named actors from token `first` to the end of the clause or the reason: a list of targets."""
    limit = _reason_start(sent, sent.doc[first].idx) if first < sent.end else sent.end_char
    toks = []
    doc = sent.doc
    i = first
    clause_from = 0  # where the words after the last comma start in `toks`
    while i < sent.end and doc[i].idx < limit:
        t = doc[i]
        clause_from = len(toks) if t.text == "," else clause_from
        if t.text == "(" and toks:
            close = next((j for j in range(i + 1, min(sent.end, i + 5)) if doc[j].text == ")"), None)
            if close is not None:  # "la Cour pénale internationale (CPI), dont X": an acronym aside
                i = close + 1
                continue
        opened = _opened_list(doc, i, sent.end) if not _named(ctx, toks, types) else None
        if opened is not None:
            return _list_targets(ctx, sent, opened, types)  # "quatre responsables : A, B et C"
        if t.lower_ == "ainsi" and i + 1 < sent.end and doc[i + 1].lower_ in ("que", "qu'", "qu’") and toks:
            i += 2
            if i < sent.end and doc[i].lower_ in ("à", "au", "aux"):
                i += 1
            continue  # "à X ainsi qu'aux anciens ministres Y et Z": the list goes on
        opened = _opened_list(doc, i + 1, sent.end) if t.text == "," and i + 1 < sent.end else None
        if opened is not None:
            named = _named(ctx, toks, types)
            if not named:
                i += 1
                continue  # "onze ressortissants, parmi lesquels A et B"
            last = max(k for k, x in enumerate(toks) if ctx.actor_at(x) in named)
            if any(x.lower_ == "et" for x in toks[last:]) and not _named(ctx, toks[last + 1:], types):
                # "de Carrie Lam et de dix responsables, dont A, B et C": the unnamed ones are named after
                return named + [r for r in _list_targets(ctx, sent, opened, types) if r not in named]
        if t.lower_ in ("aux", "en", "dans") and _named(ctx, toks, types):
            break  # "les avoirs de X et de Y aux États-Unis": where, after the targets
        if t.lower_ in ("à", "au", "aux") and toks and toks[-1].lower_ == "et":
            k = i + 1 + (i + 1 < sent.end and doc[i + 1].pos_ == "DET")
            if k < sent.end and ctx.actor_at(doc[k]) is not None and ctx.actor_at(doc[k]).type in types:
                i += 1
                continue  # "des sanctions à la Russie et au Bélarus": the list goes on
            break  # "les sanctions contre la Russie et à l'aide à l'Ukraine": another phrase
        if t.lower_ == "par" and toks and "Part" in toks[-1].morph.get("VerbForm"):
            break  # "l'embargo sur les armes imposé par le Conseil": who imposed it, not a target
        if toks and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            # "… contre Pyongyang et reprend celles de l'UE contre Moscou": another clause; "X et
            # Y, l'UE adopte …": the words since the last comma are its subject, no target
            toks = toks[:clause_from] if clause_from else toks
            break
        if t.text == "," and all(x.pos_ == "ADV" for x in toks):
            close = next((j for j in range(i + 2, min(sent.end, i + 9)) if doc[j].text == ","), None)
            if i + 1 < sent.end and doc[i + 1].lower_ == "depuis" and close is not None:
                i, toks = close + 1, []  # "celles qui visent déjà, depuis le début du mois, X": an aside
                continue
        if t.lower_ in _STOPS:
            # "X, Y et Z": a comma before another name keeps the list going
            nxt = doc[i + 1] if i + 1 < sent.end else None
            if t.text == "," and nxt is not None and nxt.lower_ == "dont" and toks and _unnamed_of(toks):
                # "contre quatre responsables de la CPI, dont X": the body is theirs; X is the target
                i, toks = i + 1, []
                continue
            later = _later_list(doc, i, sent.end) if t.text == "," and not _named(ctx, toks, types) and any(
                x.is_lower and lemma(x) in events_cues("sanction_unnamed_heads") for x in toks) else None
            if later is not None:
                # "six responsables de la colonie IK-3, dans le Grand Nord, où X est mort, parmi
                # lesquels Y": asides on where they work, then the list that names them
                return _list_targets(ctx, sent, later, types)
            if t.text == "," and nxt is not None and toks and not _named(ctx, toks, types) and (
                    nxt.lower_ == "dont" or nxt.pos_ == "DET" and any(
                        u.text[:1].isupper() for u in doc[i + 2: min(i + 4, sent.end)])):
                i += 1
                continue  # "leur chef, le général X", "six personnes, dont X": who the unnamed are
            if t.text == "," and nxt is not None and toks and (
                    nxt.text[:1].isupper() or (nxt.pos_ == "DET" and i + 2 < sent.end and
                                               (doc[i + 2].text[:1].isupper() or doc[i + 2].lower_ in events_cues("sanction_unnamed_heads")))):
                i += 1
                continue
            if t.text == "," and "Person" in types and _named(ctx, toks, ("Person",)) and _person_ahead(ctx, sent, i):
                i += 1
                continue  # "le ministre A, le chef d'état-major de l'armée de l'air, B, et son adjoint, C"
            again = _apposition_end(ctx, sent, i, types) if t.text == "," and _named(ctx, toks, types) else None
            if again is not None:
                i = again
                continue  # "à A, porte-parole de X, et à B": past the apposition, the list goes on
            break
        toks.append(t)
        i += 1
    found = _named(ctx, toks, types)
    if "Organization" in types and any(r.type == "Organization" for r in found):
        found += [r for r in _unknown_items(ctx, toks) if r not in found]
    return found


def _apposition_end(ctx, sent, i: int, types) -> int | None:
    """At the comma `i` that opens an apposition ("A, porte-parole de X, et à B"): where the next
    item starts when the apposition closes with ", et" + a preposition + a named actor, else None."""
    doc = sent.doc
    for k in range(i + 2, min(sent.end - 3, i + 16)):
        if doc[k].pos_ in ("VERB", "AUX") and "Part" not in doc[k].morph.get("VerbForm") \
                or doc[k].text in (";", ":", "(", "«"):
            return None  # (a participle belongs to the apposition: "ministre chargé de …")
        if doc[k].text == "," and doc[k + 1].lower_ == "et" and doc[k + 2].lower_ in ("à", "au", "aux", "contre"):
            j = k + 3 + (doc[k + 3].pos_ == "DET")
            ref = ctx.actor_at(doc[j]) if j < sent.end else None
            return k + 3 if ref is not None and ref.type in types else None
    return None


def _later_list(doc, i: int, end: int) -> int | None:
    """Where a list opened by ", parmi lesquels" / ", dont" further on in the sentence starts,
    within a few asides of the comma `i` (no sentence of its own in between)."""
    for k in range(i + 1, min(end - 1, i + 30)):
        if doc[k].text in (";", ":") or doc[k].lower_ in ("et", "mais"):
            return None
        if doc[k].text == "," and doc[k + 1].lower_ in ("parmi", "dont"):
            return _opened_list(doc, k + 1, end)
    return None


def _unnamed_of(toks) -> bool:
    """"quatre responsables de la CPI", "des entreprises liées à X": unnamed targets, then whose."""
    heads = events_cues("sanction_unnamed_heads")
    first = next((k for k, t in enumerate(toks) if t.pos_ == "NOUN"), None)
    return (first is not None and lemma(toks[first]) in heads and toks[first].is_lower
            and first + 1 < len(toks) and toks[first + 1].lower_ in ("de", "du", "des", "d'", "d’", "liés", "liées"))


def _person_ahead(ctx, sent, i: int) -> bool:
    """Does a person's name come after the comma at `i`, past titles, before any verb (the next
    member of a list of people: ", le chef d'état-major de l'armée de l'air, B")?"""
    doc = sent.doc
    for k in range(i + 1, min(sent.end, i + 20)):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "«", "(") or t.lower_ in _RELATIVES:
            return False
        ref = ctx.actor_at(t)
        if ref is not None and (ref.type == "Person" or t.text[:1].isupper()):
            return ref.type == "Person"  # (past a body its title names: "de l'armée de l'air")
    return False


_PARTICIPLE_MARKERS = {"imposées", "imposés", "imposée", "imposé", "infligées", "infligés", "visant", "ciblant",
                       "frappant"}


def _marker_targets(ctx, sent, cue) -> list:
    """"sanctions contre X", "visant X et Y", "à l'encontre de X", "les avoirs de X", "embargo sur X"."""
    doc = sent.doc
    text = doc_text(doc)
    markers = sorted(events_cues("sanction_target_markers"), key=len, reverse=True)
    i = cue.i + 1
    end = min(sent.end, cue.i + 12)
    while i < end:
        t = doc[i]
        if t.text == "," and i + 1 < end and doc[i + 1].lower_ in _PARTICIPLE_MARKERS:
            i += 1
            continue  # "les sanctions du Conseil, imposées à X"
        if t.lower_ == "qui" and doc[i - 1].lower_ in ("celles", "ceux", "celle", "celui"):
            i += 1
            continue  # "Ces sanctions s'ajoutent à celles qui visent déjà X"
        if t.lower_ in ("que", "qu'", "qu’") and t.head.i > i and lemma(t.head) in _IMPOSING:
            i = t.head.i
            continue  # "les sanctions qu'elle avait imposées au Niger"
        if t.lower_ in _STOPS and t.text not in ("(", ")"):
            return []
        rest = text[t.idx: sent.end_char].lower()
        for m in markers:
            if rest.startswith(m) and (len(rest) == len(m) or not rest[len(m)].isalpha() or m.endswith("'")):
                j = i
                while j < sent.end and doc[j].idx < t.idx + len(m):
                    j += 1
                if m.startswith(("impos", "inflig")) and not any(
                        ctx.actor_at(x) is not None for x in doc[j:min(sent.end, j + 2)]):
                    break  # "imposées au mépris des textes de X": no target after the participle
                return _window(ctx, sent, j)
        if t.lower_ in ("sur", "à", "au", "aux") and (cue.lower_ == "embargo" or _imposed(cue)
                                                     or lemma(cue) in ("imposer", "infliger")):
            return _window(ctx, sent, i + 1)
        i += 1
    return []


def _said_of(ctx, cue) -> list:
    """"X, visé par des sanctions américaines", "X fait l'objet d'un gel des avoirs": the name
    the participle is said of, or the subject of "faire l'objet de"."""
    head = cue.head
    if case_of(cue).split()[:1] == ["par"] and head.dep_ in ("acl", "advcl") and \
            lemma(head) in events_cues("sanction_target_verbs"):
        if head.dep_ == "advcl" and head.i < head.head.i:
            # "Visé depuis 2022 par un gel de ses avoirs, Sergueï Lavrov a …": the main clause's subject
            return subject_people(ctx, head.head, TARGET)
        said = head.head
        if ctx.actor_at(said) is None and said.dep_ == "appos":
            said = said.head  # "Huawei, le géant des télécommunications visé par des sanctions"
        if ctx.actor_at(said) is None:
            return []
        # not a name in a prepositional phrase of its apposition ("X, présent aux côtés de Y, est visé"),
        # nor a source the parse hung the participle on ("Selon Séoul, Pyongyang, visé par …")
        source = case_of(said).lower().split()[:1] in (["selon"], ["d'après"], ["d’après"])
        found = [r for r in people_of(ctx, said, TARGET) if not _in_phrase_of(ctx, said, r)
                 and not (source and r == ctx.actor_at(said))]
        # "Le ministre russe, lui-même visé par …": the minister, not the country of his title
        return [r for r in found if not _by_demonym(ctx, said, r)] if any(
            r.type == "Person" for r in found) else found
    if cue.dep_ == "nmod" and case_of(cue) in ("de", "d'", "d’") and lemma(head) == "cible":
        # "Moscou est la cible de sanctions occidentales", "La Russie, cible de sanctions, …"
        # (the parse may take the apposition for a conjunct)
        said = head.head if head.dep_ in ("appos", "conj") else next((c for c in head.children if c.dep_ == "nsubj"), None)
        return [r] if said is not None and (r := ctx.actor_at(said)) is not None and r.type in TARGET else []
    if cue.dep_ == "obj" and lemma(head) == "subir":  # "le Mali avait subi un embargo de la Cédéao"
        return [r for c in head.children if c.dep_ == "nsubj" for r in people_of(ctx, c, TARGET)]
    for _ in range(2):
        # ("fait" as the tagger may read it: a noun)
        if (head.pos_ in ("VERB", "AUX") and lemma(head) == "faire" or head.lower_ in _FAIRE_FORMS) and any(
                c.lower_ == "objet" and c.dep_ == "obj" for c in head.children):
            subj = subject_of(head)  # (the parse may hang "d'un gel" on "fait"; "Ils font …" is no name)
            if subj is not None and subj.lower_ == "qui" and head.dep_ == "acl:relcl":
                # "Kim Jong-un, qui fait l'objet de sanctions américaines": the name "qui" stands for
                return [r for r in people_of(ctx, head.head, TARGET) if ctx.actor_at(head.head) == r]
            found = subject_people(ctx, head, TARGET) if subj is not None and subj.pos_ != "PRON" else []
            # "Le frère de Y, X, fait l'objet …": X, not a name in a phrase of the subject
            found = [r for r in found if not _in_phrase_of(ctx, subj, r)] or found
            # "Le vice-ministre iranien, X, fait l'objet …": X, not the country of X's title
            return [r for r in found if r.type == "Person"] or found
        if head.lower_ == "objet" and head.head.pos_ in ("VERB", "AUX") and lemma(head.head) == "faire":
            return subject_people(ctx, head.head, TARGET)
        head = head.head
    return _object_of_words(ctx, cue)


def _object_of_words(ctx, cue) -> list:
    """"La Corée du Nord fait, elle, l'objet de sanctions européennes": read off the words where
    the parse lost the clause: the name right before "fait" (and its pronoun between commas)."""
    doc, sent = cue.doc, cue.sent
    k = next((j for j in range(cue.i - 1, max(sent.start, cue.i - 6) - 1, -1) if doc[j].lower_ == "objet"), None)
    if k is None or k - 1 <= sent.start or doc[k - 1].lower_ not in ("l'", "l’"):
        return []
    j = k - 2
    while j > sent.start and (doc[j].text == "," or doc[j].lower_ in _EMPHATIC or doc[j].lower_ in _LIKEWISE):
        j -= 1
    if doc[j].lower_ not in _FAIRE_FORMS or j <= sent.start:
        return []
    mention = ctx.mention_at(doc[j - 1])
    return [mention.ref] if mention is not None and mention.ref.type in TARGET else []


_FAIRE_FORMS = {"fait", "font", "faisait", "faisaient", "fera", "feront", "ferait", "feraient"}


def _in_phrase_of(ctx, top, ref) -> bool:
    """Is every mention of `ref` below `top` inside a prepositional phrase ("aux côtés de Y")?"""
    paths = []
    for t in top.subtree:
        if ctx.actor_at(t) != ref or t.i == top.i:
            continue
        cur, prepositional = t, False
        while cur.i != top.i and cur.head.i != cur.i:
            if any(c.dep_ == "case" for c in cur.children) and cur.dep_ == "nmod":
                prepositional = True
            cur = cur.head
        paths.append(prepositional)
    return bool(paths) and all(paths)


_UNDER_WORDS = {"visé", "visée", "visés", "visées", "frappé", "frappée", "frappés", "frappées", "ciblé", "ciblée",
                "ciblés", "ciblées", "soumis", "soumise", "soumises", "sous", "touché", "touchée", "touchés",
                "touchées"}
_EMPHATIC = {"lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "-même", "-mêmes", "même", "mêmes", "lui", "elle",
             "eux", "elles"}  # "X lui-même, sanctionné …", "X est lui-même sous …"
_COPULAS = {"est", "sont", "était", "étaient", "sera", "seront", "reste", "restent", "demeure", "demeurent", "été",
            "se", "trouve", "trouvent", "déjà", "aussi", "également", "toujours"} | _EMPHATIC
_HAVE = {"a", "ont", "avait", "avaient", "aura", "auront"}  # only before "été": "ont frappé de sanctions X" is active


def _under(ctx, sent, cue) -> list:
    """"Huawei, le géant des télécoms visé depuis 2019 par des sanctions américaines", "Visé par un
    gel de ses avoirs, Sergueï Lavrov a …", "La Corée du Nord est sous le coup de sanctions de
    l'ONU", "Pyongyang, soumis à de lourdes sanctions": read off the words, whatever the parse.
    The name before the participle (across an apposition, "est", "reste"), or, when the
    participle opens the sentence, the first name after its phrase."""
    doc = sent.doc
    k = next((j for j in range(cue.i - 1, max(sent.start, cue.i - 14) - 1, -1) if doc[j].lower_ in _UNDER_WORDS),
             None)  # (far enough for "soumis à un embargo sur les armes et à une série de sanctions")
    if k is None or any(doc[j].text in (",", ";", "«", "»") for j in range(k + 1, cue.i)):
        return []
    if doc[k].lower_ == "sous" and k + 1 == cue.i:
        verb = governing_verb(cue)  # "le Mali se réveille sous embargo": the subject of the verb just before
        if (verb is not None and verb.pos_ == "VERB" and verb.i < k and not _blocked(verb)
                and all(t.pos_ == "ADV" for t in doc[verb.i + 1:k])):
            named = subject_people(ctx, verb, TARGET)
            if named:
                return named[:1]
    if k == sent.start:  # fronted: the main clause's subject, after the phrase's comma
        comma = next((j for j in range(cue.i, sent.end) if doc[j].text == ","), None)
        if comma is None:
            return []
        after = _named(ctx, list(doc[comma + 1:min(sent.end, comma + 6)]), TARGET)
        return after[:1]
    j = k - 1
    while j >= sent.start and (doc[j].lower_ in _COPULAS or doc[j].pos_ == "ADV"
                               or (doc[j].lower_ in _HAVE and doc[j + 1].lower_ == "été")):
        j -= 1
    crossed = False
    described = _described_before(ctx, sent, j)
    if described is not None:
        j, crossed = described, True

    def unnamed(k: int) -> bool:
        # no actor, or a country only by a demonym ("le principal service de renseignement nord-coréen")
        m = ctx.mention_at(doc[k])
        return m is None or m.ref.type == "Country" and m.surface[:1].islower()

    for _ in range(2):  # ("X, le service nord-coréen, est lui-même sous …": the comma, then the apposition)
        if j < sent.start or not unnamed(j):
            break
        # "X, le géant des télécommunications visé par …" (across an apposition without a verb),
        # "Pyongyang, soumis à …"
        comma = next((i for i in range(j, max(sent.start, j - 8) - 1, -1) if doc[i].text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1:j + 1]):
            return []
        j, crossed = comma - 1, True
        if j > sent.start and doc[j].text == ")":  # "le Bureau général de reconnaissance (RGB), …"
            opening = next((i for i in range(j - 1, max(sent.start, j - 6) - 1, -1) if doc[i].text == "("), None)
            j = opening - 1 if opening is not None else j
    if j < sent.start:
        return []
    mention = ctx.mention_at(doc[j])
    if mention is None or mention.ref.type not in TARGET:
        return []
    first = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if (not crossed and first is not None and first.start > sent.start
            and doc[first.start - 1].lower_ in ("de", "d'", "d’", "du", "des")):
        return []  # "Le régime de Kim Jong Un est soumis à …": the name is not what is under sanctions
    return _listed_before(ctx, first) + [mention.ref] if first is not None else [mention.ref]


_APPOSITION_REACH = 20  # tokens


def _described_before(ctx, sent, j: int) -> int | None:
    """"Kim Yo-jong, vice-directrice d'un département du Comité central du Parti, est elle-même
    visée": the last token of the name an apposition describes, when `j` is the comma closing a
    description (opening on a lower-case word, with no verb) that follows a name; else None."""
    doc = sent.doc
    if j <= sent.start or doc[j].text != ",":
        return None
    opening = next((i for i in range(j - 1, max(sent.start, j - _APPOSITION_REACH) - 1, -1)
                    if doc[i].text in (",", ";", "(", ")", "«", "»")), None)
    if opening is None or doc[opening].text != "," or opening + 1 >= j:
        return None
    seg = doc[opening + 1:j]
    if (not seg[0].is_lower or seg[0].lower_ in _RELATIVES or ctx.actor_at(seg[0]) is not None
            or any(t.pos_ in ("VERB", "AUX") for t in seg)):
        return None
    last = ctx.mention_at(doc[j - 1])
    if last is not None:  # "dont le géant russe Rosneft, lui-même sous …": the name the phrase ends on
        span = doc.char_span(last.start, last.end, alignment_mode="expand")
        if span is None or span.start == 0 or doc[span.start - 1].lower_ not in ("de", "d'", "d’", "du", "des"):
            return None
    named = _named_target_at(ctx, doc[opening - 1]) if opening > sent.start else None
    return opening - 1 if named is not None else None


def _named_target_at(ctx, tok) -> ActorRef | None:
    """The target a name ending at `tok` is (not a demonym: "nord-coréen")."""
    mention = ctx.mention_at(tok)
    if mention is None or mention.ref.type not in TARGET or mention.surface[:1].islower():
        return None
    return mention.ref


def _listed_before(ctx, span) -> list:
    """"Moscou et Pyongyang, tous deux sous le coup de sanctions": the names coordinated before the
    one just before the participle (names, commas and "et" only)."""
    doc, sent = span.doc, span.sent

    def lead(k: int) -> int:
        # back over the determiner and the lower-case words of a name's phrase ("l'institut berlinois X")
        j = k
        while j >= sent.start and k - j < 3 and doc[j].is_alpha and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
            j -= 1
        while j >= sent.start and doc[j].pos_ == "DET":
            j -= 1
        return j

    out, k = [], lead(span.start - 1)
    if k <= sent.start or doc[k].lower_ != "et":
        return []  # ("Selon Séoul, Pyongyang, visé par …": no list)
    while k > sent.start and doc[k].lower_ in (",", "et"):
        mention = ctx.mention_at(doc[k - 1])
        if mention is None or mention.ref.type not in TARGET or (
                mention.ref.type == "Country" and mention.surface[:1].islower()) or _owner(ctx, mention):
            break
        first = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if first is None:
            break
        out.insert(0, mention.ref)
        k = lead(first.start - 1)
    return list(dict.fromkeys(out))


_TRADE = {"exportation", "exportations", "importation", "importations", "export", "exports", "livraison",
          "livraisons", "vente", "ventes", "exporter", "livrer", "vendre", "commerce", "échanges", "commercer"}
_RESTRICTING = {"interdire", "restreindre", "limiter", "suspendre", "bloquer", "interdiction"}


def _trade_target(ctx, sent, start: int) -> list:
    """"interdire l'exportation de gallium vers les États-Unis", "l'interdiction des ventes d'armes
    à destination de X", "toute importation en provenance de X": the country trade is cut off from."""
    doc = sent.doc
    end = min(sent.end, start + 12)
    if not any(t.lower_ in _TRADE for t in doc[start:min(end, start + 4)]):
        return []
    for k in range(start, end):
        t = doc[k]
        if t.lower_ in _STOPS:
            return []
        if t.lower_ == "vers" or (t.lower_ == "avec" and any(
                x.lower_ in ("commerce", "échanges", "commercer") for x in doc[start:k])):
            return _window(ctx, sent, k + 1)  # "vers X"; "interdire tout commerce avec X"
        if t.lower_ == "destination" and k > start and doc[k - 1].lower_ == "à":
            return _window(ctx, sent, k + 2)
        if t.lower_ == "provenance" and k > start and doc[k - 1].lower_ == "en":
            return _window(ctx, sent, k + 2)  # "toute importation en provenance de X"
    return []


def _assets_of(ctx, sent, verb) -> list:
    """"a gelé les avoirs aux États-Unis de Carrie Lam et de dix responsables, dont …": whose
    assets, when a place comes between "avoirs" and "de"."""
    doc = sent.doc
    k = next((j for j in range(verb.i + 1, min(sent.end, verb.i + 4)) if doc[j].lower_ == "avoirs"), None)
    if k is None:
        return []
    for j in range(k + 1, min(sent.end, k + 7)):
        if doc[j].lower_ in _STOPS:
            return []
        if doc[j].lower_ in ("de", "d'", "d’", "du", "des") and j > k + 1:
            return _window(ctx, sent, j + 1)
    return []


def _struck(ctx, cue) -> list:
    """"Londres a frappé d'un gel des avoirs le général X, ainsi que le ministère Y": the object of
    an active "frapper / viser de" is the target."""
    verb = governing_verb(cue)
    if verb is None or lemma(verb) not in ("frapper", "viser", "cibler", "toucher") or any(
            c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) or _participle_by(verb):
        return []  # (nor "X, visé par des sanctions de l'UE": a participle, passive in meaning)
    before = [c for c in verb.children if c.dep_ == "obj" and c.i < cue.i and c.i > verb.i]
    if before:  # "le Royaume-Uni a frappé No Kwang Chol d'un gel des avoirs"
        found = [r for c in before for r in _named(ctx, list(c.subtree), TARGET)]
        if found:
            return found
    objs = [c for c in verb.children if c.dep_ == "obj" and c.i > cue.i]
    found = _window(ctx, cue.sent, objs[0].left_edge.i) if objs else []
    if found:
        return found
    doc, k = cue.doc, cue.i + 1  # "d'un gel des avoirs le général X": the parse hangs it on "avoirs"
    while k < cue.sent.end and (doc[k].lower_ in ("des", "de", "d'", "d’", "du", "avoirs", "biens", "actifs")
                                or gazetteer.fold(doc[k].text) in dates.WEEKDAYS):  # "de sanctions jeudi X"
        k += 1
    if k < cue.sent.end and (doc[k].pos_ == "DET" or ctx.actor_at(doc[k]) is not None):
        return _window(ctx, cue.sent, k)
    return []


_AIMING = frozenset({"viser", "frapper", "sanctionner", "cibler"})


def _said_by(ctx, verb):
    """"le général Kim Yong-bok, déjà visé par Bruxelles": a participle on a named target whose
    agent is a country or body, in a sentence about sanctions; (imposers, targets) or None. Also
    a participle the parse left bare ("Qui est X, le ministre de la Défense sanctionné par l'UE ?",
    read as the root): its target is the last name before it."""
    sanctioned = verb.lower_.startswith("sanctionn") and verb.lower_.endswith(("é", "ée", "és", "ées"))
    if not sanctioned and lemma(verb) not in _AIMING:
        return None  # (first: every word of the article is asked)
    # (a bare participle: the root, with no auxiliary or copula, whatever subject the parse gave it)
    bare = verb.dep_ == "ROOT" and not any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children)
    participle = sanctioned or ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"))
    both = _both_before(verb)
    if (verb.dep_ not in ("acl", "amod") and not bare and both is None) or not participle:
        return None  # ("sanctionné" as the tagger may read it: a noun)
    doc, k = verb.doc, verb.i - 1
    while k > verb.sent.start and doc[k].pos_ == "ADV":
        k -= 1  # "X, déjà visé": the name before the comma, wherever the parse hung the participle
    if both is not None:
        # "l'Angara et le Lady R, tous deux sanctionnés par Washington": the names listed before
        # (the last name before the comma, past an item kg does not know: "l'Angara et le Lady R")
        mention = next((m for t in reversed(doc[max(verb.sent.start, both - 5):both])
                        if (m := ctx.mention_at(t)) is not None), None)
        first = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention is not None else None
        if first is None or mention.ref.type not in TARGET:
            return None
        target = None
        listed = _listed_before(ctx, first) + [mention.ref]
    elif bare:
        before = [m.ref for m in ctx.mentions_in(verb.sent) if m.end <= verb.idx and m.surface[:1].isupper()]
        target = before[-1] if before else None
    else:
        j = k - 1
        while j > verb.sent.start and doc[j].lower_ in _EMPHATIC:
            j -= 1  # "Kim Jong-un lui-même, sanctionné par …"
        target = ctx.actor_at(doc[j]) if doc[k].text == "," and k > verb.sent.start else ctx.actor_at(verb.head)
    if both is None and (target is None or target.type not in TARGET):
        return None
    imposers = [r for c in verb.children if c.dep_ == "obl:agent" or case_of(c).split()[:1] == ["par"]
                for r in [ctx.actor_at(c)] if r is not None and r.type in IMPOSER]  # "par Bruxelles", not "par des sanctions …"
    targets = listed if both is not None else [target]
    if sanctioned and not imposers:
        return [], targets  # "X, sanctionnée pour s'être rendue à Taïwan": not Taiwan
    if not imposers or not (sanctioned or lemma(verb) == "sanctionner" or any(_is_cue(t) for t in verb.sent)):
        return None
    return imposers, targets


def _both_before(verb) -> int | None:
    """Where the comma before "tous deux" / "toutes les deux" right before the participle is, else None."""
    doc, k = verb.doc, verb.i - 1
    if k < 2 or doc[k].lower_ != "deux":
        return None
    k -= 1 + (doc[k - 1].lower_ == "les")
    if k < 1 or doc[k].lower_ not in ("tous", "toutes") or doc[k - 1].text != ",":
        return None
    return k - 1


def _entry_ban(ctx, sent, verb) -> list:
    """"interdire d'entrée (sur son territoire) huit responsables, dont A et B", "interdire de
    séjour X": the people barred."""
    doc = sent.doc
    if lemma(verb) != "interdire" or not _entry_words_after(verb):
        return []
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return _passive_subject(ctx, verb) or [r for c in verb.children if c.dep_ == "nsubj:pass"
                                                 for r in _named(ctx, list(c.subtree), TARGET)]
    if verb.dep_ == "acl":
        # "une liste de 500 Américains interdits de séjour en Russie": the barred are the noun the
        # participle qualifies (here unnamed); what follows is where
        return _named(ctx, [verb.head], TARGET)
    # "interdit d'entrée en Chine X": the country barred from is where, not whom
    return [r for r in _window(ctx, sent, verb.i + 1) if not _after_location(ctx, sent, r)]


def _barred_from(ctx, sent, verb) -> list:
    """"Le Conseil de sécurité interdit à la Corée du Nord d'exporter des armes": whom a ban on
    trading or travelling (a verb of sanction_ban_verbs) is addressed to."""
    if lemma(verb) != "interdire":
        return []
    doc = sent.doc
    k = verb.i + 1
    if k >= sent.end or doc[k].lower_ not in ("à", "au", "aux"):
        return []
    for j in range(k + 1, min(sent.end - 1, k + 8)):
        if doc[j].lower_ in _STOPS:
            return []
        if doc[j].lower_ in ("de", "d'", "d’") and lemma(doc[j + 1]) in events_cues("sanction_ban_verbs"):
            return _named(ctx, list(doc[k + 1:j]), TARGET)
    return []


def _after_location(ctx, sent, ref) -> bool:
    doc = sent.doc
    for m in ctx.mentions_in(sent):
        if m.ref == ref:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            k = span.start - 1 if span is not None else -1
            while k >= sent.start and doc[k].pos_ == "DET":
                k -= 1
            return k >= sent.start and doc[k].lower_ in ("en", "à", "au", "aux", "dans", "sur")
    return False


_IMPOSING = ("imposer", "infliger", "décréter")


def _said_imposed(cue) -> bool:
    """"les sanctions imposées au Niger", "l'embargo infligé à X", "les sanctions qu'elle avait
    imposées au Niger": the sentence says they were."""
    return any(c.dep_ in ("acl", "amod", "acl:relcl") and lemma(c) in _IMPOSING for c in cue.children)


def _relative_imposers(ctx, cue) -> list:
    """"les sanctions que la Cédéao / qu'elle avait imposées": the relative clause's subject, a
    pronoun standing for the body or country named last before the cue."""
    for c in cue.children:
        if c.dep_ == "acl:relcl" and lemma(c) in _IMPOSING:
            subj = subject_of(c)
            if subj is None:
                return []
            if subj.pos_ != "PRON":
                return people_of(ctx, subj, IMPOSER)
            named = _named(ctx, list(cue.doc[cue.sent.start:cue.i]), IMPOSER)
            return named[-1:]
    return []


def _placed_under(ctx, cue):
    """"X et Y ont placé / mis sous sanctions Z": (imposers, targets), the verb's subjects and
    objects; None for another phrasing."""
    if case_of(cue).split()[:1] != ["sous"]:
        return None
    verb = cue.head
    if lemma(verb) not in ("placer", "mettre") or any(lemma(c) == "être" for c in verb.children
                                                      if c.dep_.startswith("aux")):
        return None  # "Y a été placé sous sanctions": the passive reading finds Y
    targets = _window(ctx, cue.sent, cue.i + 1)
    imposers = [r for r in _named_before(ctx, verb) if r not in targets]
    return (imposers, targets) if targets else None


def _named_before(ctx, verb) -> list:
    """The imposers named before the verb in its clause ("Washington et Londres ont placé"), for
    when the parse gives the verb no subject."""
    start = max([t.i + 1 for t in verb.sent if t.i < verb.i and t.lower_ in _STOPS and t.text != ","],
                default=verb.sent.start)
    return _named(ctx, list(verb.doc[start:verb.i]), IMPOSER)


_MEASURES = ("restricti", "punitive", "coercitive", "économiques", "economiques", "autonome")
_DESIGNATING = {"inscrire", "viser", "cibler", "désigner"}


def _designated(ctx, sent, verb):
    """"Chacun désigne. L'Union européenne a inscrit en décembre le ministre X ; l'Australie a ciblé
    le Bureau Y": in a passage about sanctions (a cue in this sentence or the two before), a state
    or body that lists, targets or designates named people or organisations sanctions them.
    (imposers, targets) or None."""
    if verb.dep_ in ("acl", "amod") or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return None  # (not "des sanctions ciblées contre des entités nord-coréennes": no subject)
    subj = subject_of(verb)
    imposers = _subject_imposers(ctx, subj) if subj is not None else []
    if not imposers or not _sanctions_passage(ctx, sent):
        return None
    owned = {m.ref for m in ctx.mentions_in(sent) if m.start > verb.idx and _owner(ctx, m)}
    targets = [r for r in _window(ctx, sent, verb.i + 1, ("Person", "Organization"))
               if r not in imposers and r not in owned]
    if not targets:
        # "a inscrit sur sa liste des entités et des navires …, dont les cargos A et B", "a visé, par
        # l'intermédiaire du Trésor, des intermédiaires comme X, …, ainsi que les cargos A et B": the
        # names the unnamed heads lead to, after the verb (not whose they are)
        for t in sent[verb.i + 1 - sent.start:]:
            if t.text in (";", "«") or t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                break  # another clause
            after = t.i + 1 if t.lower_ in ("dont", "comme") else t.i + 2 if (
                t.lower_ == "ainsi" and t.i + 1 < sent.end and t.nbor().lower_.startswith("qu")) else None
            if after is not None and after < sent.end:
                targets += [r for r in _window(ctx, sent, after, ("Person", "Organization"))
                            if r not in imposers and r not in owned and r not in targets]
    return (imposers, targets) if targets else None


_LABELS = ("terroris", "criminel")  # "organisation terroriste", "organisation criminelle transnationale"


def _designated_as(ctx, sent, verb):
    """"Washington a désigné Wagner comme organisation criminelle transnationale", "le groupe,
    désigné comme organisation terroriste par Londres": a designation is a sanction. (imposers,
    targets) or None."""
    if lemma(verb) not in ("désigner", "classer") or verb.pos_ != "VERB":
        return None
    doc = sent.doc
    k = next((j for j in range(verb.i + 1, min(sent.end, verb.i + 8)) if doc[j].lower_ == "comme"), None)
    if k is None or not any(t.lower_.startswith(_LABELS) for t in doc[k + 1:min(sent.end, k + 6)]):
        return None
    agents = next((found for j in range(verb.i + 1, min(sent.end, verb.i + 14))
                   if (found := _named_after_par(ctx, sent, j))), [])
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return agents, [r for c in verb.children if c.dep_ in ("nsubj:pass", "nsubj")
                        for r in _named(ctx, [t for t in c.subtree if t.i < verb.i], TARGET)]
    if bare_participle(verb):
        named = _qualified(ctx, verb)
        if named is None and verb.i > sent.start + 1 and doc[verb.i - 1].text == ",":
            named = ctx.actor_at(doc[verb.i - 2])  # "au groupe Wagner, désigné en janvier comme …"
        return agents, [named] if named is not None and named.type in TARGET else []
    subj = subject_of(verb)
    return (_subject_imposers(ctx, subj) if subj is not None else []), _named(ctx, list(doc[verb.i + 1:k]), TARGET)


def _owner(ctx, m) -> bool:
    """"la rapporteuse spéciale de l'ONU", "contrôlée par la famille X": a name after "de" or
    "par" is whom the target belongs to, not a target."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    k = span.start - 1 if span is not None else 0
    while k > 0 and (ctx.doc[k].pos_ == "DET" or ctx.doc[k].pos_ == "NOUN" and ctx.doc[k].is_lower):
        k -= 1  # ("par la famille X")
    return k > 0 and ctx.doc[k].lower_ in ("de", "du", "des", "d'", "d’", "par")


def _sanctions_passage(ctx, sent) -> bool:
    """Does this sentence or one of the two before it speak of sanctions?"""
    sents = [s for s in sentences(ctx) if s.start <= sent.start][-3:]
    return any(_is_cue(t) or t.lower_.startswith("sanctionn") or (t.pos_ == "VERB" and lemma(t) == "interdire"
                                                                  and _entry_words_after(t))
               for s in sents for t in s)


def _entry_words_after(verb) -> bool:
    """"interdire d'entrée / de séjour / de territoire": a ban on entering (an entry word close after)."""
    return any(t.lower_ in events_cues("sanction_entry_words")
               for t in verb.doc[verb.i + 1: min(verb.sent.end, verb.i + 4)])


def _who_sanctions(ctx, verb) -> list:
    """The imposers of "X sanctionne Y": the verb's subject; for a gerund ("Le Royaume-Uni avait
    pris les devants en sanctionnant Y"), the subject of the verb it hangs on; for a verb form the
    tagger read as a noun ("Washington sanctionne Rosneft" in a headline), the name before it."""
    subj = subject_of(verb)
    if subj is None and verb.i > verb.sent.start and verb.doc[verb.i - 1].lower_ == "en" \
            and verb.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(verb.head)
    if subj is not None:
        return _subject_imposers(ctx, subj)
    return _named_before(ctx, verb) if verb.pos_ != "VERB" else []


def _denied(cue) -> bool:
    """"n'a jamais adopté de sanctions", "n'impose aucune sanction": the verb is negated."""
    verb = cue.head if cue.dep_ == "obj" else None  # (not "n'est pas isolée, malgré les sanctions")
    return verb is not None and any(c.lower_ in ("ne", "n'", "n’") for c in verb.children) and not any(
        c.lower_ in ("seulement", "uniquement") for c in verb.children) and (
        any(c.lower_ in ("pas", "jamais", "plus") for c in verb.children)
        or any(c.dep_ == "det" and c.lower_ in ("aucune", "aucun") for c in cue.children))


def _blocked(cue) -> bool:
    """Sanctions lifted, blocked, vetoed, denied or only threatened impose nothing."""
    if _denied(cue):
        return True
    blockers = events_cues("sanction_blockers")
    tok = cue
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ in ("acl:relcl", "acl"):
            break  # "le Japon, qui interdit tout commerce …, réclame": the relative clause is its own
        tok = tok.head
        if lemma(tok) in blockers or tok.lower_ in blockers:
            return True
    doc = cue.doc
    return any(lemma(doc[k]) in blockers or doc[k].lower_ in blockers
               for k in range(max(cue.sent.start, cue.i - 4), cue.i))


def _passive_subject(ctx, verb) -> list:
    """"Y est visé par des sanctions", "Y a été placé sur la liste noire": the subject is the target."""
    if lemma(verb) not in events_cues("sanction_passive_verbs"):
        return []
    if not any(c.dep_ == "aux:pass" for c in verb.children) and not any(
            c.dep_ == "nsubj:pass" for c in verb.children):
        return []
    found = []
    for c in verb.children:
        if c.dep_ in ("nsubj:pass", "nsubj"):
            # "trois sociétés basées en Russie, dont Verus, ont été sanctionnées": every subject the
            # parse gives, not the place a company is based in
            named = [r for r in _named(ctx, [t for t in c.subtree if t.i < verb.i], TARGET)
                     if r not in found and not _after_location(ctx, verb.sent, r)]
            found += named or _named_before_description(ctx, c)
    return found


def _named_before_description(ctx, subj) -> list:
    """"Sergueï Choïgou, l'homme qui avait négocié ces livraisons, est sanctionné": the name a
    description standing as the subject follows (the parse hangs the name elsewhere)."""
    doc = subj.doc
    k = subj.left_edge.i - 1
    if k < 1 or doc[k].text != "," or not subj.left_edge.is_lower:
        return []
    named = _named_target_at(ctx, doc[k - 1])
    return [named] if named is not None else []


def _agent(ctx, verb) -> list:
    """"visé par X": the actors the agent phrase names, not those of a clause inside it ("visées par
    le Règlement sur les mesures visant la Russie")."""
    return [r for c in verb.children if c.dep_ == "obl:agent" and case_of(c).startswith("par")
            and not _is_cue(c) for r in _named(ctx, _phrase(c), IMPOSER)]


def _phrase(tok) -> list:
    """The words of `tok`'s phrase outside the clauses it holds."""
    inner = {t.i for d in tok.subtree if d.i != tok.i and d.dep_ in ("acl", "acl:relcl", "advcl")
             for t in d.subtree}
    return [t for t in tok.subtree if t.i not in inner]


def _par_adjunct(ctx, verb) -> list:
    """"Michael McCaul a été sanctionné par Pékin": the agent the parse took for an adjunct (named
    right after "par", not "par des sanctions")."""
    heads = [c for c in verb.children if c.dep_ == "obl:mod" and case_of(c) == "par"
             and (r := ctx.actor_at(c)) is not None and r.type in IMPOSER]
    # "sanctionné par Londres, Washington et l'UE": each body of the list
    found = [ctx.actor_at(t) for c in heads for t in [c, *(d for d in c.children if d.dep_ == "conj")]]
    return list(dict.fromkeys(r for r in found if r is not None and r.type in IMPOSER))


def _domestic_ban(tok) -> bool:
    """"une interdiction d'exercer toute fonction publique": a ban on doing something at home, not a
    sanction; travel, trade and entry bans are ("interdiction de voyager", "d'exporter")."""
    if lemma(tok) != "interdiction":
        return False
    doc = tok.doc
    k = tok.i + 1
    if k + 1 < len(doc) and doc[k].lower_ in ("de", "d'", "d’") and doc[k + 1].pos_ == "VERB":
        return lemma(doc[k + 1]) not in events_cues("sanction_ban_verbs")
    return False


def _is_cue(tok) -> bool:
    nouns = events_cues("sanction_nouns")
    if _domestic_ban(tok):
        return False
    return (tok.lower_ in nouns or lemma(tok) in nouns or _is_list(tok)
            # ("des mesures économiques spéciales contre X" are sanctions; "des mesures" alone are not)
            or tok.lower_ in ("mesures", "mesure") and any(c.lower_.startswith(_MEASURES) for c in tok.children)
            or _package(tok))


def _package(tok) -> bool:
    """"l'UE adopte son 19e paquet contre Moscou", "Plusieurs mesures visent également le Bélarus":
    a package, or measures that target someone, where sanctions were just spoken of."""
    if tok.lower_ in ("paquet", "paquets"):
        aimed = any(t.lower_ in ("contre", "visant") for t in tok.doc[tok.i + 1:min(len(tok.doc), tok.i + 3)])
    elif tok.lower_ in ("mesures", "mesure"):
        aimed = tok.dep_ == "nsubj" and lemma(tok.head) in events_cues("sanction_target_verbs")
    else:
        return False
    return aimed and "sanction" in doc_text(tok.doc)[max(0, tok.idx - 600):tok.idx + 200].lower()


def _is_list(tok) -> bool:
    """"la liste noire", "la liste des sanctions", "la liste des entités" (the American Entity List);
    "la liste chinoise" where sanctions were just spoken of."""
    if lemma(tok) != "liste":
        return False
    if any(c.lower_ in ("noire", "noir") or (c.dep_ == "nmod" and lemma(c) in ("sanction", "entité"))
           for c in tok.children) or _freezing_clause(tok) is not None:
        return True
    before = doc_text(tok.doc)[max(0, tok.idx - 1500):tok.idx].lower()
    if not any(w in before for w in ("sanction", "gel des avoirs", "mesures restrictives", "contre-mesures")):
        return False
    if tok.dep_ == "nsubj" and lemma(tok.head) in events_cues("sanction_list_verbs"):
        return True  # "la liste comprend …", where sanctions were just spoken of
    if lemma(tok.head) in ("ajouter", "inscrire") and (any(c.dep_ == "aux:pass" for c in tok.head.children)
                                                       or tok.head.dep_ in ("acl", "advcl")
                                                       or any(c.lower_ in ("sa", "leur") for c in tok.children)):
        # "X a été ajoutée à la liste en septembre", "l'UE inscrit sur sa liste X", where sanctions
        # were just spoken of
        return True
    return any(c.dep_ == "amod" and gazetteer.country_of_demonym(c.text) is not None for c in tok.children)


_FREEZING = {"geler", "sanctionner", "viser", "cibler", "bloquer"}


def _freezing_clause(tok):
    """"la liste des personnes dont les avoirs sont gelés", "la liste des entités que vise
    Washington": the clause on the list, or on whom it lists, that says they are sanctioned."""
    for node in [tok, *(c for c in tok.children if c.dep_ == "nmod")]:
        for c in node.children:
            if c.dep_ in ("acl", "acl:relcl") and lemma(c) in _FREEZING:
                return c
    return None


def _qualified(ctx, verb) -> ActorRef | None:
    """Whom a participle after a noun phrase qualifies: the noun's name or a name in its phrase
    ("La Banque X, placée sur liste noire"), or the name an indefinite apposition stands beside ("X,
    un conglomérat inscrit sur la liste"), wherever the parse hangs the participle."""
    doc, start = verb.doc, verb.sent.start
    named = None
    if verb.dep_ == "acl":
        named = ctx.actor_at(verb.head)
        phrase = [t for t in verb.head.subtree if t.i < verb.i]
        named = named or next((r for r in _named(ctx, phrase, TARGET)
                               if not any(_owner(ctx, m) for m in ctx.mentions_in(verb.sent) if m.ref == r)), None)
    k = verb.i - 1
    while named is None and k > start and (doc[k].pos_ in ("ADV", "ADJ") or doc[k].pos_ == "NOUN" and doc[k].is_lower):
        k -= 1
    if named is None and k > start + 1 and doc[k].lower_ in ("un", "une") and doc[k - 1].text == ",":
        named = ctx.actor_at(doc[k - 2])  # "X, un conglomérat inscrit …"
    return named


def _listed(ctx, cue) -> list:
    """Who is on the list: "X figure sur la liste noire", "parmi les sociétés inscrites sur la liste
    figurent X et Y", "X a ajouté Y à sa liste des entités", "... sur la liste noire, dont Y"."""
    verb = governing_verb(cue)
    doc = cue.doc
    if verb is None or verb.i > cue.i and any(c.dep_ == "cop" for c in cue.children):
        if case_of(cue).lower().split()[:1] not in (["sur"], ["dans"]):
            return []
        # "X est sur la liste noire de l'ONU": the copula's subject
        return [r for c in cue.children if c.dep_ == "nsubj" for r in _named(ctx, list(c.subtree), TARGET)][:1]
    if verb.dep_ == "acl" and verb.head.i < verb.i and ctx.actor_at(verb.head) is None \
            and lemma(verb.head.head) == "figurer":
        verb = verb.head.head  # "parmi les sociétés inscrites sur la liste figurent X": who figures
    if (verb.dep_ == "acl" and verb.head.i < verb.i or verb.dep_ == "advcl" and bare_participle(verb)) \
            and lemma(verb) in ("placer", "inscrire", "ajouter", "mettre"):
        # "La Banque X, placée sur liste noire par Washington", "X, un conglomérat inscrit sur la
        # liste du comité 1718": the one the participle qualifies
        named = _qualified(ctx, verb)
        return [named] if named is not None and named.type in TARGET else []
    if lemma(verb) == "figurer":
        inside = {t.i for t in cue.subtree}  # "la liste du département du Commerce" names who lists
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].i > verb.i and cue.i < subjects[0].i:
            # "Figurent sur la liste le député A, rapporteur …, le procureur B et C": a list after it
            return _list_targets(ctx, cue.sent, subjects[0].left_edge.i)
        subj = [r for c in subjects for r in _named(ctx, [t for t in c.subtree if t.i not in inside], TARGET)]
        if subj:
            return subj
        # "figurent des fabricants, dont A et B", "X figurent sur la liste, dont A" (a window);
        # "figurent (sur la liste) le ministre X, le chef …, Y" (a list)
        start = cue.i + 1 if verb.i < cue.i else verb.i + 1
        owners = [c.right_edge.i for c in cue.children  # "la liste noire du département du Commerce"
                  if c.dep_ == "nmod" and case_of(c).split()[:1] in (["de"], ["du"], ["des"], ["d'"], ["d’"])]
        found = _window(ctx, cue.sent, max([start] + [k + 1 for k in owners if verb.i < cue.i]))
        return found + [r for r in _list_targets(ctx, cue.sent, start) if r not in found]
    if lemma(verb) in events_cues("sanction_list_verbs") and cue.dep_ == "nsubj" and verb.i > cue.i:
        return _list_targets(ctx, cue.sent, verb.i + 1)  # "la liste comprend les sénateurs A, B et C"
    if lemma(verb) in ("ajouter", "inscrire", "placer") and verb.i < cue.i:
        found = _named(ctx, list(doc[verb.i + 1: cue.i]), TARGET)  # "X a ajouté Y à sa liste"
        rel = next((c for c in verb.children if c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i), None)
        if not found and rel is not None:
            # "le cargo Angara, …, que Séoul a également inscrit sur sa liste noire": the antecedent
            before = _named(ctx, list(doc[cue.sent.start: rel.i]), TARGET)
            found = before[-1:]
        if not found and rel is None:
            # "X avait inscrit sur sa liste de sanctions le ministre A, le chef d'état-major, B, …"
            found = _window(ctx, cue.sent, cue.right_edge.i + 1)
        return found
    return []


def _imposers(ctx, cue, verb=None) -> list:
    """Who imposes: "de X" / "par X" on the cue, a demonym, the subject of the imposing verb."""
    if cue is not None:
        # "les sanctions imposées par les États-Unis à X", "un embargo sur les armes imposé par X"
        for node in [cue, *(c for c in cue.children if c.dep_ == "nmod")]:
            for child in node.children:
                if child.dep_ in ("acl", "acl:relcl") and lemma(child) in events_cues("sanction_verbs"):
                    agents = _agent(ctx, child)
                    if agents:
                        return agents[:1]
        for child in cue.children:
            case = case_of(child).split()
            if case[:1] in (["par"], ["de"], ["des"], ["du"], ["d'"]) and child.dep_ in ("nmod", "obl:agent", "obl"):
                # (not "une liste de 500 Américains": people of a country, not the country)
                found = [r for r in people_of(ctx, child, IMPOSER) if not _nationals(ctx, child, r)]
                if found:
                    # "des sanctions de l'Union européenne et des États-Unis": each body of the list
                    more = [r for c in child.children if c.dep_ == "conj" and case_of(c).split()[:1] in (
                        ["de"], ["des"], ["du"], ["d'"]) for r in people_of(ctx, c, IMPOSER)[:1]]
                    found = list(dict.fromkeys(found[:1] + more))
                    return found + [r for r in _owner_series(ctx, child.right_edge.i + 1) if r not in found]
                if _is_cue(child) or lemma(child) == "entité":
                    # "la liste noire des sanctions américaines", "la liste des entités du département du Commerce"
                    inner = _imposers(ctx, child)
                    if inner:
                        return inner
            if child.dep_ == "amod":
                # "les sanctions américaines et européennes": each adjective's country or union
                refs = [ctx.actor_at(a) or _body_of_demonym(a)
                        for a in [child, *(c for c in child.children if c.dep_ == "conj")]]
                refs = [r for r in refs if r is not None and r.type in IMPOSER]
                if refs:
                    return refs
        # "sanctions de l'Union européenne" whatever the parse: a body named right after the cue
        doc = cue.doc
        k = cue.i + 1
        while k < min(cue.sent.end, cue.i + 3) and doc[k].lower_ in ("noire", "de", "des", "du", "d'", "la", "l'", "le"):
            k += 1
        if k > cue.i + 1 and doc[k - 1].lower_ in ("de", "des", "du", "d'", "la", "l'", "le") and any(
                doc[j].lower_ in ("de", "des", "du", "d'") for j in range(cue.i + 1, k)):
            # (not "a ajouté à sa liste noire la Banque X": the object, not whose list)
            ref = ctx.actor_at(doc[k]) if k < cue.sent.end else None
            if ref is not None and ref.type in IMPOSER and doc[k].text[:1].isupper():
                return [ref]
        # "l'annonce par les États-Unis de sanctions", "l'adoption par l'UE de sanctions"
        head = cue.head
        if cue.dep_ == "nmod" and head.pos_ == "NOUN":
            for child in head.children:
                if child.dep_ in ("nmod", "obl:agent", "obl") and case_of(child).split()[:1] == ["par"]:
                    found = people_of(ctx, child, IMPOSER)
                    if found:
                        return found[:1]
        found = _par_before(ctx, cue)
        if found:
            return found
    if cue is not None and lemma(cue) in ("gel", "interdiction"):
        # "un gel de ses avoirs dans l'Union européenne", "une interdiction de voyager dans l'UE"
        doc = cue.doc
        for k in range(cue.i + 1, min(cue.sent.end, cue.i + 7)):
            if doc[k].lower_ in _STOPS:
                break
            if doc[k].lower_ in ("dans", "en", "aux", "au"):
                nxt = next((t for t in doc[k + 1:min(cue.sent.end, k + 3)] if t.pos_ != "DET"), None)
                ref = ctx.actor_at(nxt) if nxt is not None else None
                if ref is not None and ref.type in IMPOSER:
                    return [ref]
    v = verb if verb is not None else governing_verb(cue)
    agents = _agent(ctx, v) if v is not None and lemma(v) in events_cues("sanction_verbs") else []
    if agents:  # "X, inscrit par Washington sur sa liste": the agent, before whose list it is
        return agents
    if cue is not None and v is not None and any(c.dep_ == "det" and c.lower_ in ("ses", "sa", "son", "leurs", "leur")
                                                 for c in cue.children):
        # "La Cédéao lève l'essentiel de ses sanctions", "Washington maintient ses sanctions": the owner
        subj = subject_of(v)
        owner = _subject_imposers(ctx, subj) if subj is not None and subj.pos_ != "PRON" else []
        if owner:
            return owner
    if v is not None and lemma(v) in events_cues("sanction_verbs"):
        subj = subject_of(v)
        if subj is not None and not any(c.dep_ == "aux:pass" for c in v.children):
            return _subject_imposers(ctx, subj)
    return []


def _par_before(ctx, cue) -> list:
    """"l'annonce, par le département américain du Trésor, de sanctions": the agent between commas
    right before "de" and the cue, whatever the parse made of it."""
    doc, sent = cue.doc, cue.sent
    k = cue.i - 1
    while k > sent.start and (doc[k].lower_ in ("de", "d'", "d’", "des", "nouvelles") or doc[k].pos_ in ("DET", "ADJ")):
        k -= 1
    if k <= sent.start or doc[k].text != "," or k == cue.i - 1:
        return []
    by = next((i for i in range(k - 1, max(sent.start, k - 9) - 1, -1) if doc[i].lower_ == "par"), None)
    if by is None or by == sent.start or doc[by - 1].text != "," or any(
            t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[by + 1:k]):
        return []
    return _named(ctx, list(doc[by + 1:k]), IMPOSER)[:1]


def _owner_series(ctx, k: int) -> list:
    """"les listes de sanctions de l'UE, du Royaume-Uni et des États-Unis": the further owners a
    series of "de X" goes on to name right after the first one (read off the words: the parse
    hangs them anywhere)."""
    doc, out = ctx.doc, []
    while k + 1 < len(doc) and doc[k].text in (",", "et"):
        k += 1 + (doc[k].text == "," and doc[k + 1].lower_ == "et")
        if k >= len(doc) or doc[k].lower_ not in ("de", "du", "des", "d'", "d’"):
            break
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("l'", "l’", "la", "le"))
        ref = ctx.actor_at(doc[k]) if k < len(doc) else None
        if ref is None or ref.type not in IMPOSER or not doc[k].text[:1].isupper():
            break
        out.append(ref)
        while k < len(doc) and ctx.actor_at(doc[k]) == ref:
            k += 1
    return out


_APPLYING = {"appliquer", "reprendre", "transposer"}
_APPLYING_FORMS = ("appliqu", "reprend", "repris", "transpos")  # (forms the lemmatizer leaves as they are)


def _appliers(ctx, cue) -> list:
    """"La Suisse, qui applique les sanctions onusiennes contre Pyongyang", "Berne reprend les
    sanctions européennes": a state applying another body's measures imposes them too."""
    doc = cue.doc
    for k in range(cue.i + 1, min(cue.sent.end - 2, cue.i + 7)):
        # "des sanctions de l'UE, reprises par la Confédération" (read off the words: the parser
        # takes "reprises" for a noun)
        if doc[k].text in (".", ";") or doc[k].pos_ == "VERB" and not doc[k].lower_.startswith(_APPLYING_FORMS):
            break
        if doc[k].lower_.startswith(_APPLYING_FORMS) and "Part" in doc[k].morph.get("VerbForm", ["Part"]) \
                and doc[k + 1].lower_ == "par":
            nxt = next((t for t in doc[k + 2:min(cue.sent.end, k + 5)] if t.pos_ != "DET"), None)
            ref = ctx.actor_at(nxt) if nxt is not None else None
            if ref is not None and ref.type in IMPOSER:
                return [ref]
    verb = governing_verb(cue)
    if verb is None or _blocked(cue) or not (lemma(verb) in _APPLYING or verb.lower_.startswith(_APPLYING_FORMS)):
        return []
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "conj":  # "qui applique … et reprend …": the first verb's subject
        verb = verb.head
        subj = verb if ctx.actor_at(verb) is not None else subject_of(verb)
    if subj is not None and subj.lower_ in ("qui", "qu'") and verb.dep_ == "acl:relcl":
        subj = verb.head  # the relative's antecedent
    if subj is None:
        return []
    ref = ctx.actor_at(subj)
    return [ref] if ref is not None and ref.type in IMPOSER else []


def _body_of_demonym(tok) -> ActorRef | None:
    """"les sanctions européennes", "l'embargo onusien": the union or body the adjective names."""
    key = cues.load("events")["sanction_body_demonyms"].get(tok.lower_)
    return _entry_ref(gazetteer.get(key)) if key else None


def _entry_ref(entry) -> ActorRef | None:
    """The actor a gazetteer entry names (None for none)."""
    return ActorRef(entry.label, entry.type, entry.key) if entry is not None else None


def _subject_imposers(ctx, subj) -> list:
    """Who imposes, from the subject of the imposing verb: its actors ("Washington, Londres et
    Ottawa"), else the body its people belong to ("les ministres des Vingt-Sept", "le gouvernement
    du Canada", "le gouvernement américain")."""
    found = people_of(ctx, subj, IMPOSER)
    for sib in subj.head.children:  # "Londres et Ottawa ont annoncé": the parse's two subjects
        if sib.i != subj.i and sib.dep_ == subj.dep_ and sib.dep_ in ("nsubj", "nsubj:pass"):
            found += [r for r in people_of(ctx, sib, IMPOSER) if r not in found]
    if found:
        listed = _coordinated_before(ctx, subj)
        return listed + [r for r in found if r not in listed]
    if subj.text[:1].isupper() and subj.pos_ in ("NOUN", "PROPN") and ctx.actor_at(subj) is None:
        # "Les Européens avaient déjà sanctionné …", "les Américains ont gelé …": the people's body
        body = _body_of_demonym(subj) or _entry_ref(gazetteer.country_of_demonym(subj.text))
        if body is not None:
            return [body]
    if subj.pos_ == "PRON":
        # "Quant au Japon, il applique un embargo": the topic the pronoun takes up
        first = subj.sent[0]
        if first.lower_ == "quant" and subj.sent[1].lower_ in ("à", "au", "aux"):
            topic = [m.ref for m in ctx.mentions_in(subj.sent) if m.start < subj.idx and m.ref.type in IMPOSER]
            return topic[:1]
        return []  # a person the pronoun may stand for acts for no country kg can be sure of
    people = [ctx.actor_at(subj)] if ctx.actor_at(subj) is not None else people_of(ctx, subj, ("Person",))
    person = people[0] if len(people) == 1 else None
    if person is not None and person.type == "Person":
        # "(Le premier ministre) Justin Trudeau a annoncé des sanctions": a leader or minister acts
        # for their country
        entry = gazetteer.lookup(person.name, "Person")
        country = _entry_ref(gazetteer.get(entry.country)) if entry is not None and entry.country else None
        if country is not None:
            return [country]
    frontier = [subj]
    for _ in range(2):  # "les ministres des Affaires étrangères des Vingt-Sept"
        frontier = [c for node in frontier for c in node.children if c.dep_ in ("nmod", "amod")]
        for child in frontier:
            ref = ctx.actor_at(child)
            if ref is not None and ref.type in IMPOSER:
                return [ref]
    return []


def _coordinated_before(ctx, tok) -> list:
    """"Washington, Londres et Ottawa ont annoncé": the names the subject `tok` closes a list of,
    from the start of the sentence, where the parse cut the list (names, commas and "et" only)."""
    doc, sent = tok.doc, tok.sent
    out, k = [], tok.i - 1
    while k >= sent.start and doc[k].text in (",", "et"):
        j = k - 1
        mention = ctx.mention_at(doc[j]) if j >= sent.start else None
        if mention is None or mention.ref.type not in IMPOSER:
            return []
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        j = span.start if span is not None else j
        while j - 1 >= sent.start and doc[j - 1].pos_ == "DET":
            j -= 1
        out.insert(0, mention.ref)
        k = j - 1
    return out if k < sent.start else []


def _as_state(ref: ActorRef) -> ActorRef:
    """The state a government imposes sanctions for ("le gouvernement britannique" -> the United
    Kingdom), the Security Council for the United Nations (whose sanctions it alone decides: "les
    sanctions de l'ONU" and "celles du Conseil de sécurité" are one regime); any other imposer as it is."""
    if ref.type != "Organization":
        return ref
    entry = gazetteer.get(ref.key) if ref.key else None
    words = set(gazetteer.fold(entry.label).split()) if entry is not None else set()
    if ref.key == "un" or (entry is not None and entry.country and {"conseil", "securite"} <= words):
        # (a state's security council imposes no sanctions: "les sanctions du Conseil de sécurité",
        # in an article that named the Russian one, are the UN's)
        council = gazetteer.get("unsc")
        return ActorRef(council.label, council.type, council.key)
    words = gazetteer.fold(ref.name).split()
    if entry is not None and ref.key.endswith("_government") and entry.country:
        state = gazetteer.get(entry.country)
    elif len(words) == 2 and words[0] in _GOVERNMENT_WORDS:
        state = gazetteer.country_of_demonym(words[1])
    else:
        return ref
    return ActorRef(state.label, state.type, state.key) if state is not None and state.type == "Country" else ref


_GOVERNMENT_WORDS = frozenset({"gouvernement", "executif", "cabinet"})


_NEVER_TARGETS = frozenset({"un", "unsc"})  # the UN and its Security Council impose, no one sanctions them


def _emit(ctx, sent, out, imposers, targets, anchor_char):
    reason = _reason(sent, anchor_char)
    imposers = list(dict.fromkeys(_as_state(i) for i in imposers))
    for target in targets:
        if target.key in _NEVER_TARGETS:
            continue  # ("bloquer toute sanction au Conseil de sécurité")
        imps = [i for i in imposers if i != target]
        home = [i for i in imps if i is not None and _one_country(i, target)]
        if home and len(home) == len(imps):
            continue  # "l'Iran … Iran Air": a state does not sanction its own (no development set has one)
        for imp in [i for i in imps if i not in home] or [None]:
            rec = Sanction(imposer=imp, target=target, reason=reason, evidence=ctx.evidence(sent))
            if rec not in out:
                out.append(rec)


def _one_country(a: ActorRef, b: ActorRef) -> bool:
    """Are `a` and `b` of one country the gazetteer knows (the country itself, its bodies, its
    people)?"""
    def country(ref):
        entry = gazetteer.get(ref.key) if ref.key else gazetteer.lookup(ref.name, ref.type)
        if entry is None:
            return None
        return entry.key if entry.type == "Country" else entry.country
    mine = country(a)
    return mine is not None and mine == country(b)


def _unnamed_imposers(ctx, sent) -> list:
    """Who imposes a sanction on unnamed targets in `sent` ("le Trésor a placé sous sanctions deux
    hauts responsables"), for the sentence that names them next."""
    for tok in sent:
        if tok.pos_ in ("NOUN", "PROPN") and _is_cue(tok) and not _blocked(tok):
            if _is_list(tok) and _listed(ctx, tok):
                continue  # ("X, un conglomérat inscrit sur la liste du comité 1718": its targets are named)
            verb = governing_verb(tok)
            # ("La Suisse reprend les sanctions de l'UE": the lists that follow are the Swiss ones)
            found = _appliers(ctx, tok) or _imposers(ctx, tok, verb) or (
                _named_before(ctx, verb) if verb is not None else [])
            if found:
                return found
        elif tok.pos_ == "VERB" and lemma(tok) in _SANCTIONING and not _blocked(tok) \
                and not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children):
            # "Les États-Unis ont sanctionné trois responsables", "Moscou a interdit de séjour …";
            # "Moscou a publié une liste de 500 Américains interdits de séjour": who published it
            clause = governing_verb(tok.head) if tok.dep_ == "acl" else tok
            if clause is not None and clause.i == tok.i and tok.dep_ in ("ccomp", "xcomp") and bare_participle(tok):
                clause = tok.head  # (the participle the parse hung on the verb: "a publié une liste de … interdits")
            subj = subject_of(clause) if clause is not None else None
            found = _subject_imposers(ctx, subj) if subj is not None else []
            if found:
                return found
    return []


_SANCTIONING = {"sanctionner", "geler", "interdire", "viser", "cibler", "inscrire", "désigner", "ajouter", "bannir",
                "blacklister"}
_BANNING = {"bannir", "blacklister"}


@functools.cache
def _list_opener():
    """"Il s'agit de", "Sont visés", "On y trouve", "C'était au tour de" … at a sentence's start or
    after a fronted adverbial ("Le mois suivant, c'était au tour de A, de B et de C")."""
    phrases = sorted(events_cues("sanction_list_openers"), key=len, reverse=True)
    alts = "|".join(re.escape(p.replace("’", "'")).replace(r"\ ", r"\s+").replace("'", "['’]\\s*") for p in phrases)
    return re.compile(rf"(?:^|,\s)(?:{alts})(?:(?<=['’])|(?=[\s,:]))", re.IGNORECASE)


def _named_next(ctx, sent) -> int | None:
    """"Il s'agit de A, …, et de B", "Sont visés A et B", "Les autres personnes visées sont A et B",
    "On y trouve A": where the names of the previous sentence's targets start."""
    text = doc_text(sent.doc)[sent.start_char:sent.start_char + 90]
    m = _list_opener().search(text)
    if m is not None and m.start() < 40:
        end = sent.start_char + m.end()
        k = next((t.i for t in sent if t.idx >= end), None)
        return k if k is not None and k < sent.end else None
    # "Les trois autres personnalités visées sont A, B et C"
    if " sont " not in text:
        return None  # (most sentences: no such opening)
    toks = list(sent[:9])
    for a, b in zip(toks, toks[1:]):
        if a.lower_.startswith(("visé", "sanctionné", "ciblé", "concerné")) and b.lower_ == "sont":
            return b.i + 1 if b.i + 1 < sent.end else None
    return None


def _imposers_before(ctx, earlier, last_records) -> list:
    """Who imposes the sanctions a sentence goes on with: the imposer of unnamed targets in the
    previous sentence or the one before it ("La Suisse reprend les sanctions de l'UE. Au total, 54
    personnes ont été ajoutées. Parmi elles : A, B"), else the last records'."""
    if earlier is not None:
        before = [s for s in sentences(ctx) if s.start < earlier.start][-1:]
        for sent in [earlier, *before]:
            found = _unnamed_imposers(ctx, sent)
            if found:
                return found
    return list(dict.fromkeys(r.imposer for r in last_records if r.imposer is not None))


_SANCTIONED = ("visé", "sanctionné", "ciblé", "frappé", "désigné")


def _on_list(ctx, sent, verb):
    """"A, B et C figuraient sur la liste", "Sur la liste publiée par X figurent A, B et C": the
    named on a sanctions list ("liste noire", or a bare "liste" in a passage about sanctions) or
    among those it targets ("parmi les personnes visées", in such a passage), and
    who keeps it when the sentence says so (else []). (imposers, targets) or None."""
    if verb.pos_ != "VERB" or lemma(verb) != "figurer":
        return None
    # (also on a name the parse hangs it on: "X figure, tout comme Y, sur la liste …")
    alike = [c for c in verb.children if c.dep_.startswith("obl") and case_of(c).lower().split()[-1:] == ["comme"]]
    lists = [c for node in [verb, *alike] for c in node.children
             if lemma(c) == "liste" and case_of(c).lower().split()[:1] in (["sur"], ["dans"])]
    if lists and not (_is_list(lists[0]) or _sanctions_passage(ctx, sent)):
        return None
    if not lists:  # "X figure parmi les personnes visées", "Parmi les entités sanctionnées figure X"
        lists = [c for c in verb.children if case_of(c).lower().split()[:1] == ["parmi"]
                 and any(d.dep_ in ("acl", "amod") and d.lower_.startswith(_SANCTIONED) for d in c.children)]
        if not lists or not _sanctions_passage(ctx, sent):
            return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "obj") and c not in lists]
    if subjects and subjects[0].lower_ == "qui" and verb.dep_ == "acl:relcl":
        # "Dmitri Medvedev, qui figure sur la liste des personnes sanctionnées par l'UE": the name "qui" stands for
        named = ctx.actor_at(verb.head)
        targets = [named] if named is not None and named.type in TARGET else []
    elif subjects and subjects[0].i < verb.i:
        # (not "Keremet Bank, soupçonnée d'aider Moscou à …": what a clause says of the subject)
        said = {t.i for c in subjects for d in c.subtree if d.dep_ in ("acl", "acl:relcl") for t in d.subtree}
        targets = _named(ctx, [t for c in subjects for t in c.subtree if t.i < verb.i and t.i not in said], TARGET)
    else:
        targets = _list_targets(ctx, sent, verb.i + 1)
    # "tout comme Y": listed too
    targets += [r for c in alike for r in people_of(ctx, c, TARGET) if r not in targets]
    keepers = [r for c in lists[0].children if c.dep_ == "acl" for r in _agent(ctx, c)]
    freezing = _freezing_clause(lists[0])
    if not keepers and freezing is not None:
        # "dont les avoirs sont gelés dans l'UE", "… par Washington"
        keepers = _agent(ctx, freezing) or [r for c in freezing.children if c.dep_.startswith("obl")
                                            and case_of(c).lower().split()[:1] in (["dans"], ["en"], ["aux"], ["au"])
                                            for r in people_of(ctx, c, IMPOSER)[:1]]
    return (keepers or _imposers(ctx, lists[0], None)), targets


def _list_of_names(ctx, sent, start: int) -> bool:
    """Does a name come first after `start`, past determiners and a title ("l'ancien président
    Barack Obama"), not after another noun ("la première rencontre entre A et B")? Or do names
    stand in apposition to a first, unnamed phrase ("deux hauts gradés de l'armée, A et B")?"""
    doc = sent.doc
    for k in range(start, min(sent.end, start + 6)):
        if ctx.actor_at(doc[k]) is not None:
            return True
        if doc[k].pos_ == "NOUN" and doc[k].text[:1].islower() and title_word(doc[k]) is None:
            j = k + 1  # ("la juge canadienne Kimberly Prost": a noun that its holder's name follows)
            while j < sent.end and doc[j].pos_ == "ADJ" and ctx.actor_at(doc[j]) is None:
                j += 1
            return j < sent.end and ctx.actor_at(doc[j]) is not None or _apposed_names(ctx, sent, k)
    return False


def _apposed_names(ctx, sent, k: int) -> bool:
    """"deux hauts gradés de l'Armée populaire de Corée, Kim Yong Bok et Ri Chang Ho": a person's
    name right after the first comma of an unnamed phrase (no verb before it)."""
    doc = sent.doc
    for j in range(k + 1, min(sent.end - 1, k + 12)):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ":"):
            return False
        if doc[j].text == ",":
            named = ctx.actor_at(doc[j + 1])
            return named is not None and named.type == "Person"
    return False


def _named_after_par(ctx, sent, j: int) -> list:
    """The country or body named right after "par" at token `j` (past one determiner: "par
    Londres", "par le Trésor américain"), read off the words; [] when `j` is no "par"."""
    doc = sent.doc
    if j + 1 >= sent.end or doc[j].lower_ != "par":
        return []
    ref = ctx.actor_at(doc[j + 1]) or ctx.actor_at(doc[min(j + 2, sent.end - 1)])
    return [ref] if ref is not None and ref.type in IMPOSER else []


_LIKEWISE = {"aussi", "également", "pareillement", "tour"}  # ("eux aussi", "à son tour")


def _likewise(verb) -> bool:
    """"ont à leur tour été sanctionnés", "sont eux aussi visés": the measures just told."""
    doc = verb.doc
    return any(t.lower_ in _LIKEWISE for t in doc[max(verb.sent.start, verb.i - 5):verb.i])


def _copular_sanctioned(ctx, sent, verb):
    """"A et B sont eux aussi sanctionnés", "X est lui aussi sanctionné par Y": a participle after a
    copula the parse read as an adjective or a noun. (targets, agents) or None: the names before
    the copula, and the one named right after "par"."""
    doc = sent.doc
    if not verb.lower_.startswith("sanctionn") or not verb.lower_.endswith(("é", "ée", "és", "ées")) \
            or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return None
    j = verb.i - 1
    while j >= sent.start and (doc[j].lower_ in _COPULAS or doc[j].lower_ in _LIKEWISE | {"à", "son", "leur"}
                               or doc[j].pos_ == "ADV" or (doc[j].lower_ in _HAVE and doc[j + 1].lower_ == "été")):
        j -= 1
    between = [t.lower_ for t in doc[j + 1:verb.i]]
    if j < sent.start or not any(w in ("est", "sont", "était", "étaient", "été") for w in between):
        return None
    mention = ctx.mention_at(doc[j])
    first = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention is not None else None
    if first is None or mention.ref.type not in TARGET or _owner(ctx, mention):
        return None
    return _listed_before(ctx, first) + [mention.ref], _named_after_par(ctx, sent, verb.i + 1)


def _participle_by(verb) -> bool:
    """A past participle with no auxiliary and an agent after "par" ("sanctionnés par Washington"):
    passive in meaning, whatever the parse."""
    # ("sanctionnés" as the tagger may read it: a noun, with no participle features)
    noun_read = verb.lower_.endswith(("é", "ée", "és", "ées")) and not any(
        c.dep_.startswith("aux") for c in verb.children)
    return (bare_participle(verb) or noun_read) and any(case_of(c).split()[:1] == ["par"] for c in verb.children)


def _gapped_target(ctx, pronoun) -> list:
    """"X est visé par des sanctions occidentales, Y par celles de l'ONU": the name right before
    "par celles" is the target of the measures the pronoun stands for."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].lower_ != "par":
        return []
    named = ctx.actor_at(doc[pronoun.i - 2])
    return [named] if named is not None and named.type in TARGET else []


def extract(ctx) -> list[Sanction]:
    out = []
    nouns = events_cues("sanction_nouns")
    previous = None
    last_records: list[Sanction] = []
    for sent in ctx.doc.sents:
        before = len(out)
        start = _named_next(ctx, sent) if previous is not None else None
        if start is not None and not _list_of_names(ctx, sent, start):
            start = None  # "Il s'agit de la première rencontre entre …": no list of names
        earlier = previous
        if start is not None:  # "Il s'agit de A et de B": the previous sentence's sanctions
            pending = _imposers_before(ctx, earlier, last_records)
            if pending or _sanctions_passage(ctx, sent):  # (where no one was named imposing: none)
                _emit(ctx, sent, out, pending, _list_targets(ctx, sent, start), sent[0].idx)
        previous = sent
        cue_seen = False
        for tok in tokens(ctx, sent):
            # "applique les sanctions de l'ONU contre Pyongyang et reprend celles de l'UE contre Moscou"
            standing_for_cue = cue_seen and tok.lower_ in ("celles", "ceux") and tok.pos_ == "PRON"
            if not standing_for_cue and (tok.pos_ not in ("NOUN", "PROPN") or not _is_cue(tok)):
                continue
            cue_seen = True
            if _blocked(tok) and not _said_imposed(tok):
                continue  # lifted, vetoed, threatened; but "lever les sanctions imposées au Niger" says they were
            placed = _placed_under(ctx, tok)
            if placed is not None:  # "X et Y ont placé sous sanctions le cargo Z"
                _emit(ctx, sent, out, placed[0], placed[1], tok.idx)
                continue
            gapped = _gapped_target(ctx, tok) if standing_for_cue else []
            parsed = _target(ctx, tok) if tok.lower_ in nouns or lemma(tok) in nouns else gapped
            linear = [] if gapped else _marker_targets(ctx, sent, tok)
            # the targets an explicit marker names ("contre", "visant", "les avoirs de") before the
            # parse's ("le gel des avoirs de X aux États-Unis": the parse hangs "aux États-Unis" on it)
            targets = linear or parsed or _trade_target(ctx, sent, tok.i + 1)
            verb = None
            struck = False
            if not targets:
                targets = _said_of(ctx, tok) or _under(ctx, sent, tok)
            if not targets:
                targets = _struck(ctx, tok)
                struck = bool(targets)
            if not targets:
                # "Y est visé par des sanctions de X", "Y a été placé sur la liste noire de X"
                verb = governing_verb(tok)
                targets = _passive_subject(ctx, verb) if verb is not None else []
                if not targets and _is_list(tok):
                    targets = _listed(ctx, tok)
                if not targets and verb is not None and _is_list(tok):
                    # "X a inscrit Y sur sa liste noire"; "... le ministre de la Défense, Z": the title's holder
                    objs = [c for c in verb.children if c.dep_ == "obj"]
                    targets = [r for c in objs for r in _named(ctx, list(c.subtree), TARGET)]
                    targets = targets or [r for c in objs if (r := ctx.title_holder(c)) is not None]
            if not targets:
                continue
            subj = subject_of(governing_verb(tok)) if struck else None
            imposers = _subject_imposers(ctx, subj) if subj is not None else _imposers(ctx, tok, verb)
            if not imposers and verb is not None and _is_list(tok):
                imposers = _imposers(ctx, None, verb)
            if not imposers and _said_imposed(tok):
                imposers = _relative_imposers(ctx, tok)
            if not imposers and _said_imposed(tok):
                # "La Cédéao a décidé de lever les sanctions imposées au Niger": who lifts imposed them
                lifter = governing_verb(tok)
                subj = subject_of(lifter) if lifter is not None else None
                imposers = people_of(ctx, subj, IMPOSER) if subj is not None else []
            _emit(ctx, sent, out, imposers + [a for a in _appliers(ctx, tok) if a not in imposers], targets, tok.idx)
        for verb in tokens(ctx, sent):
            said = _said_by(ctx, verb)
            if said is not None:  # "le général X, déjà visé par Bruxelles"
                _emit(ctx, sent, out, said[0], said[1], verb.idx)
                continue
            if lemma(verb) in _RESTRICTING and verb.pos_ == "VERB" and not _blocked(verb):
                # "Pékin interdit l'exportation de gallium vers les États-Unis"
                targets = (_trade_target(ctx, sent, verb.i + 1) or _entry_ban(ctx, sent, verb)
                           or _barred_from(ctx, sent, verb))
                if targets:
                    subj = subject_of(verb)
                    imposers = _subject_imposers(ctx, subj) if subj is not None else _named_before(ctx, verb)
                    if not imposers and verb.dep_ == "acl:relcl" and _is_cue(verb.head):
                        # "Ottawa applique des mesures économiques spéciales qui interdisent …": the
                        # measures' own imposer
                        imposers = _appliers(ctx, verb.head) or _imposers(ctx, verb.head)
                    _emit(ctx, sent, out, imposers, targets, verb.idx)
                continue
            if lemma(verb) in _DESIGNATING and verb.pos_ == "VERB" and not _blocked(verb):
                designated = _designated(ctx, sent, verb)
                if designated:  # "… de nouvelles sanctions. L'Australie a ciblé le Bureau X"
                    _emit(ctx, sent, out, designated[0], designated[1], verb.idx)
                    continue
            labelled = _designated_as(ctx, sent, verb)
            if labelled is not None and labelled[1]:  # "Washington a désigné X comme organisation terroriste"
                _emit(ctx, sent, out, labelled[0], labelled[1], verb.idx)
                continue
            on_list = _on_list(ctx, sent, verb)
            if on_list is not None:  # "A et B figuraient sur la liste", "Sur la liste … figurent A, B"
                imposers = on_list[0] or _imposers_before(ctx, earlier, last_records)
                _emit(ctx, sent, out, imposers, on_list[1], verb.idx)
                continue
            # "X a sanctionné Y", "Y a été sanctionné par X", "X a gelé les avoirs de Y"
            lem = "geler" if verb.lower_ in ("gelé", "gelée", "gelés", "gelées", "gèle", "gèlent") else lemma(verb)
            if verb.lower_.startswith("sanctionn"):
                lem = "sanctionner"  # "Washington sanctionne X": a verb form the tagger may read as a noun
            elif lem in _BANNING or verb.lower_.startswith("blacklist"):
                lem = "sanctionner"  # "la Russie avait banni 963 Américains, dont A", "Séoul a blacklisté X"
            if lem not in ("sanctionner", "geler"):
                continue
            if _blocked(verb):
                continue
            if lem == "geler":
                targets = _marker_targets(ctx, sent, verb) or _assets_of(ctx, sent, verb)
                if not targets:
                    continue
                subj = subject_of(verb)
                imposers = _subject_imposers(ctx, subj) if subj is not None else _named_before(ctx, verb)
                _emit(ctx, sent, out, imposers, targets, verb.idx)
                continue
            copular = _copular_sanctioned(ctx, sent, verb)
            if copular is not None:  # "A et B sont eux aussi sanctionnés"
                targets, imposers = copular
                if not imposers and _likewise(verb):
                    imposers = _imposers_before(ctx, earlier, last_records)
                _emit(ctx, sent, out, imposers, targets, verb.idx)
                continue
            passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)
            if not passive and _participle_by(verb):
                continue  # "la liste des personnes sanctionnées par l'UE": no "X a sanctionné Y" to read
            if passive:
                targets = _passive_subject(ctx, verb)
                imposers = _agent(ctx, verb) or _par_adjunct(ctx, verb)
                listed = _later_list(sent.doc, verb.i, sent.end) if not targets else None
                if listed is not None:  # "quatre juges avaient été sanctionnés, parmi lesquelles A et B"
                    targets = _list_targets(ctx, sent, listed)
                    if not imposers and _likewise(verb):
                        imposers = _imposers_before(ctx, earlier, last_records)
            else:
                targets = []
                for obj in verb.children:
                    if obj.dep_ == "obj":
                        # (named, and not "le Slovaque X": a person's nationality is no target)
                        targets = [r for r in people_of(ctx, obj, TARGET)
                                   if any(m.ref == r and m.surface[:1].isupper()
                                          and gazetteer.country_of_demonym(m.surface) is None
                                          for m in ctx.mentions_in(sent))]
                linear = _window(ctx, sent, verb.i + 1)
                targets = targets + [r for r in linear if r not in targets] if targets or linear else []
                imposers = _who_sanctions(ctx, verb)
            if targets:
                _emit(ctx, sent, out, imposers, targets, verb.idx)
        if len(out) > before:
            _like(ctx, sent, out, out[before:])
        _followed(ctx, sent, out, out[before:] or last_records)
        last_records = out[before:] or last_records
        # one record per (imposer, target) in a sentence: a bare mention joins the one naming its imposer
        sent_recs = out[before:]
        keep = [r for r in sent_recs if r.imposer is not None or
                not any(o.target == r.target and o.imposer is not None for o in sent_recs)]
        out[before:] = keep
    return _sole_imposer(ctx, _listed_after(ctx, out))


def _like(ctx, sent, out, records: list[Sanction]) -> None:
    """"X y figure, tout comme son fils Viktor", "X est frappé de sanctions américaines, tout comme
    ses deux enfants, A et B": who is named after "tout comme" is under the same measures."""
    doc = sent.doc
    start = next((t.i + 2 for t in tokens(ctx, sent)[:-2]
                  if t.lower_ == "tout" and doc[t.i + 1].lower_ == "comme"), None)
    if start is None:
        return
    while start < sent.end and (doc[start].is_punct or doc[start].pos_ == "ADV"):
        start += 1  # "tout comme, côté américain, ses deux enfants"
    imposers = list(dict.fromkeys(r.imposer for r in records if r.imposer is not None))
    if start + 1 < sent.end and doc[start].lower_ == "côté":
        side = gazetteer.country_of_demonym(doc[start + 1].text)
        if side is not None:  # "côté américain": only that side's measures
            imposers = [i for i in imposers if i.key == side.key] or imposers
        start = next((t.i + 1 for t in doc[start:sent.end] if t.text == ","), start)
    found = _list_targets(ctx, sent, start) or _window(ctx, sent, start)
    kinds = {r.target.type for r in records}  # people like people, bodies like bodies
    targets = [t for t in found if t.type in kinds and all(t != r.target and t != r.imposer for r in records)]
    if targets:
        _emit(ctx, sent, out, imposers, targets, doc[start].idx)


_FOLLOWING = re.compile(r"emboît\w* le pas|f(?:ait|ont) de même|fait autant", re.IGNORECASE)


def _followed(ctx, sent, out, records: list[Sanction]) -> None:
    """"L'UE a inscrit A, B et C ; le Royaume-Uni lui a emboîté le pas en février": who follows
    imposes the same measures on the same targets (those of this sentence, else the last one's)."""
    found = _FOLLOWING.search(doc_text(sent.doc), sent.start_char, sent.end_char) if records else None
    if found is None:
        return
    at = found.start() - sent.start_char
    verb = next((t for t in sent if t.idx >= sent.start_char + at and t.pos_ in ("VERB", "AUX")), None)
    subj = subject_of(verb) if verb is not None else None
    followers = _subject_imposers(ctx, subj) if subj is not None else []
    targets = list(dict.fromkeys(r.target for r in records))
    new = [f for f in followers if all(r.imposer != f for r in records)]
    if new and targets:
        _emit(ctx, sent, out, new, targets, sent.start_char + at)


def _sole_imposer(ctx, records: list[Sanction]) -> list[Sanction]:
    """An article about one regime ("Washington sanctionne le général Hemedti … Leur commandant
    voit ses avoirs gelés"): a target whose sentence names no imposer is under the only one the
    article names, when its sentence names no other country or body before it."""
    imposers = {r.imposer for r in records if r.imposer is not None}
    if len(imposers) != 1:
        return records
    (sole,) = imposers
    return [dataclasses.replace(r, imposer=sole) if r.imposer is None and r.target != sole
            and not _body_before(ctx, r, records) and not _collective(ctx, r) else r for r in records]


def _collective(ctx, r: Sanction) -> bool:
    """Are the measures of `r`'s sentence said to be many countries' ("visée par des sanctions
    occidentales", "les sanctions internationales")? Then no one imposer stands for them."""
    sent = next((x for x in sentences(ctx) if x.start_char == r.evidence.start), None)
    adjectives, nouns = events_cues("sanction_collective_adjectives"), events_cues("sanction_nouns")
    return sent is not None and any(t.lower_ in adjectives and lemma(t.head) in nouns for t in sent)


_LIST_REACH = 400  # characters


def _body_before(ctx, r: Sanction, records: list[Sanction]) -> bool:
    """Does the sentence of `r` name a country or body before its first target?"""
    sent = next((x for x in sentences(ctx) if x.start_char == r.evidence.start), None)
    if sent is None:
        return True
    mentions = list(ctx.mentions_in(sent))
    targets = {o.target for o in records if o.evidence == r.evidence}
    first = min((m.start for m in mentions if m.ref in targets), default=sent.end_char)
    # (a demonym in a title, "le vice-ministre iranien", names no body that could be imposing)
    return any(m.start < first and m.ref.type in IMPOSER and m.ref != r.target
               and not (m.ref.type == "Country" and m.surface[:1].islower()) for m in mentions)


def _listed_after(ctx, records: list[Sanction]) -> list[Sanction]:
    """"La Chine a annoncé des sanctions contre onze Américains. La liste comprend A, B et C": a
    target named without its imposer, right after a sentence naming one, is on that imposer's list
    when its own sentence names no country or body before it (who could be imposing)."""
    out = []
    for r in records:
        if r.imposer is None and not _body_before(ctx, r, records) and not _collective(ctx, r):
            prev = [o for o in out if o.imposer is not None and o.evidence.start < r.evidence.start
                    and r.evidence.start - o.evidence.end <= _LIST_REACH and o.imposer != r.target]
            if prev:
                r = dataclasses.replace(r, imposer=prev[-1].imposer)
        out.append(r)
    return out
