"""Gifts: something given by one actor to another (offrir, remettre, donner; recevoir; cadeau).

"X a offert à Y un Z" / "X a offert un Z à son homologue": giver = subject,
recipient = "à ..." (an "homologue" is the other of the article's pair), item =
the object. "Y a reçu un Z de X": the subject receives. "En retour, il a reçu
un Z": the gift goes back, from the previous gift's recipient to its giver.
"Il a (aussi) offert...": "il" is the previous giver in the same passage.
"""
from __future__ import annotations

import re

from kg import gazetteer
from kg.extract import dates
from kg.extract.common import (case_of, clitic_object, doc_text, events_cues, lemma, main_pair, people_of, subject_of,
                               subject_people, tokens, verb_lemma)
from kg.records import Gift

WHO = ("Person", "Country", "Organization")
_STOP_ITEM = {",", ";", ":", "(", "«", "»", '"'}


def _phrase(head) -> str | None:
    """The words of the item noun phrase headed by `head`, without the other items of a list."""
    skip = set()
    for child in head.children:
        if child.dep_ in ("conj", "cc", "case") or (child.dep_ == "punct" and child.i > head.i) or _party(child):
            skip.update(t.i for t in child.subtree)
    words = []
    quoted = False
    for t in head.subtree:
        if t.text in ('"', "«", "»", "“", "”") and (t.i < head.i or quoted):
            quoted = t.i < head.i  # quatre « cubes Bhishm »: a quoted name, quotes dropped
            continue
        if t.text in _STOP_ITEM and words:
            break  # "l'ordre de Saint-André, la plus haute distinction": the apposition is no item
        if t.i in skip or t.i < head.left_edge.i:
            continue
        words.append(t.text_with_ws)
    text = "".join(words).strip(" ,;:\"«»")
    return text or None


def _passive(verb) -> bool:
    return any(c.dep_ == "aux:pass" or (c.pos_ == "AUX" and c.lemma_ == "être" and c.i < verb.i)
               for c in verb.children)


def _party(tok) -> bool:
    """"à Y" / "par X" hung on the item by the parse: the recipient or the giver, not the item."""
    return (tok.dep_ == "nmod" and case_of(tok).split()[:1] in (["à"], ["au"], ["aux"], ["par"])
            and tok.pos_ == "PROPN")


def _is_hands(tok) -> bool:
    """"des mains de X": the hands the gift came from, not the gift."""
    return lemma(tok) == "main" or tok.lower_ == "mains"


def _object(verb):
    """The object of the giving verb, also where the parse hung it under a misread recipient
    ("a offert à Narendra Modi une pendule": "Narendra" read as a verb; "a remis à son invité un
    fusil": the object read as a modifier of the recipient). "faire cadeau / don de X": X."""
    obj = next((c for c in verb.children if c.dep_ == "obj" and not _is_hands(c) and c.pos_ != "PRON"), None)
    if obj is not None and lemma(verb) == "faire" and lemma(obj) in events_cues("gift_nouns"):
        found = next((c for c in list(verb.children) + list(obj.children)
                      if c.dep_.startswith(("obl", "nmod")) and case_of(c).split()[:1] in (["de"], ["d'"])
                      and c.pos_ == "NOUN"), None)
        # "a fait présent à X d'une paire de chiens": the parse hangs "d'une paire" on X
        return found or next((t.head for t in verb.sent if t.i > obj.i and t.dep_ == "case"
                              and t.lower_ in ("de", "d'", "d’") and t.head.pos_ == "NOUN"), None)
    if obj is not None and lemma(obj) in _KIND_NOUNS and verb.doc[obj.left_edge.i - 1].text == ",":
        obj = None  # "à son invité deux chiens pungsan, une race de chasse": the parse's object describes
    if obj is not None:
        return obj
    for c in verb.children:
        if c.dep_ in ("obl:arg", "iobj", "obl", "obl:mod") and case_of(c).split()[:1] in (["à"], ["au"], ["aux"]):
            obj = next((x for x in c.children if x.dep_ == "obj"), None)
            if obj is None:  # "à son invité un fusil": a determined noun with no preposition
                obj = next((x for x in c.children if x.dep_ == "nmod" and x.pos_ == "NOUN" and not case_of(x)
                            and any(d.dep_ in ("det", "nummod") for d in x.children)), None)
            if obj is not None:
                return obj
    return None


def _after_colon(verb, obj) -> list[str]:
    """"un présent pour le moins inhabituel : cinq drones, un drone de ... et un gilet": a gift noun
    the text then spells out after a colon: one present, its whole list as the item."""
    if obj is None or lemma(obj) not in events_cues("gift_nouns"):
        return []
    sent = verb.sent
    colon = next((t for t in sent if t.i > obj.i and t.text == ":"), None)
    if colon is None:
        return []
    text = doc_text(sent.doc)[colon.idx + 1: sent.end_char].strip().rstrip(".")
    return [text] if text else []


def _conjuncts(head) -> list:
    """`head` and the nouns coordinated with it ("une limousine, un service à thé et un poignard")."""
    out, todo = [], [head]
    while todo:
        cur = todo.pop(0)
        if cur in out:
            continue
        out.append(cur)
        todo += [c for c in cur.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return out


def _after_comma(phrase) -> bool:
    """Does a comma open the phrase `phrase` heads, whether the parse hangs it on the phrase or
    leaves it before ("…, un service à thé et un poignard")?"""
    first = phrase.left_edge
    return first.text == "," or (first.i > 0 and phrase.doc[first.i - 1].text == ",")


def _items(ctx, verb) -> list[str]:
    """What was given: the object and every noun coordinated with it, one item each; also a list
    the parser split off after an apposition ("deux chiens, une race rare, ainsi que des œuvres")."""
    obj = _object(verb)
    if obj is None:
        for c in verb.children:  # "a reçu des mains de X, ..., un présent : ..."
            if _is_hands(c):
                obj = next((x for x in c.subtree if lemma(x) in events_cues("gift_nouns")), None)
    if obj is None:  # "a offert à X un sabre" with the object parsed under X
        return _linear_items(ctx, verb) if verb_lemma(verb) in events_cues("gift_verbs") else []
    listed = _after_colon(verb, obj)
    if listed:
        return listed
    heads = _conjuncts(obj)
    around = list(verb.children) + (list(verb.head.children) if verb.dep_ == "xcomp" else [])
    for sib in around:
        # "... un vase ainsi que deux gravures": a conjunct the parse hung on the verb
        if sib.dep_ == "conj" and sib.pos_ == "NOUN" and sib.i > obj.i \
                and any(c.dep_ == "cc" for c in sib.children):
            heads += [c for c in _conjuncts(sib) if c not in heads]
        # "une limousine Aurus, un service à thé et une dague": a second object after a comma that
        # the list goes on from (not one that says what the first is: "…, une race de chasse")
        if sib.dep_ == "obj" and sib.i > obj.i and sib.pos_ in ("NOUN", "PROPN") and not _is_hands(sib) \
                and _after_comma(sib) and len(listed := _conjuncts(sib)) > 1 \
                and lemma(sib) not in _KIND_NOUNS | events_cues("gift_nouns"):
            heads += [c for c in listed if c not in heads]
        # an apposition the parse hung on the verb right after the object: its conjuncts are items
        if sib.dep_ in ("dep", "appos") and sib.i > obj.i and sib.pos_ == "NOUN" \
                and verb.doc[sib.left_edge.i - 1].text == "," and sib.left_edge.i - 1 <= obj.right_edge.i + 1:
            heads += [c for c in _conjuncts(sib)[1:] if c not in heads]
    for h in list(heads):  # "X, une race ..., ainsi que Y": conjuncts of the object's apposition
        for c in h.children:
            if c.dep_ in ("dep", "nmod") and any(g.lower_ == "dont" for g in c.children):
                # "plusieurs œuvres d'art, dont des portraits, ainsi qu'un couple de chiens": what
                # follows "ainsi que" is another item, not one of the examples "dont" gives
                heads += [x for x in _conjuncts(c)[1:] if x not in heads
                          and any(g.lower_ == "ainsi" for g in x.children)]
            if c.dep_ == "appos":
                # "A, B et C" parsed as A + apposition B (+ C): B is an item too; a lone
                # apposition ("l'ordre de X, la plus haute distinction") describes A
                listed = _conjuncts(c)
                if lemma(c) in _KIND_NOUNS:
                    continue  # "deux chiens pungsan, une race de chasse … et considérée comme …": what they are
                heads += [x for x in (listed if len(listed) > 1 else []) if x not in heads]
    items = []
    not_gifts = events_cues("not_gift_nouns") | events_cues("leader_nouns")
    for h in sorted(heads, key=lambda t: t.i):
        named = ctx.actor_at(h) is not None and not any(
            c.dep_ == "det" and c.lower_ in ("un", "une") for c in h.children)  # ("une Togg" is a thing)
        if named or h.lower_ in not_gifts or lemma(h) in not_gifts:
            continue  # a name the parse took for the object, a title, an abstraction: no present
        text = _phrase(h)
        if text and text not in items:
            items.append(text)
    return items or (_linear_items(ctx, verb) if verb_lemma(verb) in events_cues("gift_verbs") else [])


_KIND_NOUNS = {"race", "espèce", "variété", "marque", "modèle", "type", "sorte", "version", "réplique"}
_ITEM_STARTS = {"un", "une", "des", "deux", "trois", "quatre", "cinq", "six", "plusieurs", "le", "la", "l'",
                "l’", "les", "son", "sa", "ses"}
_ITEM_ENDS = {".", ";", "(", "«", "»", '"', ":", "lors", "pour", "en", "afin", "qui", "que", "dont", "comme",
              "selon", "après", "avant", "durant", "pendant"}


def _linear_items(ctx, verb) -> list[str]:
    """The items read off the words after the verb, where the parse lost the object ("a offert à
    X une montre, un service à thé et un poignard" with "montre" read as a verb): from the first
    determiner after the recipient to the end of the clause, one item per determiner after a comma,
    "et" or "ainsi que"."""
    sent = verb.sent
    items: list[list] = []
    i = verb.i + 1
    while i < sent.end:
        tok = ctx.doc[i]
        if tok.lower_ in _ITEM_ENDS or (items and tok.pos_ == "VERB" and tok.dep_ != "amod"
                                         and tok.lower_ not in _ITEM_STARTS and not tok.text.islower()):
            break
        if items and tok.pos_ in ("AUX", "VERB") and ctx.doc[i - 1].text == ",":
            break  # "…, a-t-il lui-même annoncé": an incise after the items
        ref = ctx.actor_at(tok)
        to_someone = tok.lower_ in ("à", "au", "aux") and any(
            (r := ctx.actor_at(t)) is not None and r.type in ("Person", "Country")
            for t in ctx.doc[i + 1:min(sent.end, i + 4)])
        if ref is not None and ref.type in ("Person", "Country") or to_someone or tok.lower_ in ("lui", "leur"):
            if items:
                break  # the recipient, after the items
            i += 1
            continue
        prev = ctx.doc[i - 1]
        if tok.lower_ in _ITEM_STARTS and (not items or prev.text == "," or prev.lower_ in ("et", "que")):
            if items and prev.lower_ in ("et", "que") and items[-1] and items[-1][-1].lower_ in ("et", "ainsi",
                                                                                                 "que"):
                while items[-1] and items[-1][-1].lower_ in ("et", "ainsi", "que"):
                    items[-1].pop()
            items.append([tok])
        elif items:
            if tok.text == ",":
                items.append([])
            else:
                items[-1].append(tok)
        i += 1
    out = []
    for words in items:
        while words and (words[-1].is_punct or words[-1].lower_ in ("et", "ainsi", "que")):
            words.pop()
        text = "".join(t.text_with_ws for t in words).strip()
        # (an item opens with a determiner or a number: "…, loin du protocole" is no item)
        opens = bool(words) and (words[0].lower_ in _ITEM_STARTS or words[0].like_num)
        if len(words) >= 2 and opens and text not in out and _thing(words):
            out.append(text)
    return out


_CALENDAR_WORDS = dates.FULL_MONTHS | dates.WEEKDAYS


def _a_day(item: str) -> bool:
    """"le 4 juin", "mardi": a day ("Reçu le 4 juin par Kim Jong-un": a reception, not a present)."""
    words = [w for w in gazetteer.fold(item).replace("'", " ").split()
             if w not in ("le", "l", "ce", "fin", "debut", "mi", "courant") and not w.isdigit()]
    return bool(words) and words[0] in _CALENDAR_WORDS


_TIME_PREPOSITIONS = frozenset({"au", "aux", "lors", "pendant", "durant", "après", "avant", "dès"})


def _a_time_phrase(item: str) -> bool:
    """"au dernier jour d'une visite", "lors de sa visite": when, not what."""
    words = item.split()
    return bool(words) and words[0].lower() in _TIME_PREPOSITIONS


def _thing(words) -> bool:
    """Can these words name a present? Not a person's title ("le président", "son homologue"),
    not a body or a place, not an abstraction offered ("son soutien", "une démonstration")."""
    head = next((t for t in words if t.text[:1].isalpha() and t.lower_ not in _ITEM_STARTS
                 and t.pos_ not in ("DET", "NUM")),
                None)  # the first word after the determiner ("tête-à-tête" too): the parse may call "montre" a verb
    if head is None:
        return False
    not_gifts = events_cues("not_gift_nouns") | events_cues("leader_nouns")
    return head.lower_ not in not_gifts and lemma(head) not in not_gifts


def _people(ctx, tok, giver=None) -> list:
    if tok.lower_ in ("homologue", "hôte", "invité") or lemma(tok) in ("homologue", "hôte", "invité"):
        others = [p for p in main_pair(ctx) if p != giver]
        if others:
            return others[:1]
    found = people_of(ctx, tok, WHO)
    if not found and giver is not None and (tok.lower_ in events_cues("leader_nouns")
                                            or lemma(tok) in events_cues("leader_nouns")):
        # "a offert au souverain", "au président": a leader's title the article gives no name
        # beside is the other of the two people the article is about
        found = [p for p in main_pair(ctx) if p != giver][:1]
    return found


def _recipient(ctx, verb, giver):
    for child in verb.children:
        if child.dep_ in ("iobj", "obl", "obl:arg", "obl:mod") and case_of(child).split()[:1] in (["à"], ["a"],
                                                                                              ["au"], ["aux"]):
            found = _people(ctx, child, giver)
            if found and found[0] != giver:
                return found[0]
        if (child.dep_ in ("iobj", "obj") or clitic_object(child)) and child.pos_ == "PRON" \
                and child.lower_ in ("lui", "leur"):
            return _pronoun_recipient(ctx, giver)  # "il lui a offert", "lui a fait cadeau de"
    return None


def _pronoun_recipient(ctx, giver, last=None):
    """"lui": the other party of the passage's last gift, else of the article's pair."""
    last = last or getattr(ctx, "_last_gift", None)
    if last is not None and giver in (last.recipient, last.giver):
        return last.giver if giver == last.recipient else last.recipient
    others = [p for p in main_pair(ctx) if p != giver]
    return others[0] if others else None


def _recipient_after(ctx, sent, verb, giver):
    """Fallback when the parse loses the "à ..." phrase: "à / au" + a person or "son homologue"
    later in the sentence."""
    toks = list(sent)
    for k, t in enumerate(toks):
        if t.i <= verb.i or t.lower_ not in ("à", "a", "au", "aux"):
            continue
        if t.lower_ == "a" and t.i + 1 < sent.end and sent.doc[t.i + 1].pos_ in ("VERB", "ADV"):
            continue  # "a annoncé le ministre X": the verb "avoir", not an unaccented "à"
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
    for child in verb.children:  # "des mains de X"
        if _is_hands(child):
            for sub in child.children:
                if sub.dep_ == "nmod" and case_of(sub).split()[:1] in (["de"], ["d'"], ["du"]):
                    found = _people(ctx, sub)
                    if found:
                        return found[0]
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
    """"En retour, il a reçu …", "et reçu en retour …": a marker before the verb or just after it."""
    after = verb.doc[min(sent.end, verb.i + 4) - 1]
    text = doc_text(sent.doc)[sent.start_char: after.idx + len(after.text)].lower()
    return any(m in text for m in events_cues("gift_return_markers"))


def _shared_subject(verb):
    """"X avait offert …, et reçu en retour …", "… et s'était vu remettre …": a verb coordinated
    with no subject of its own shares the first verb's."""
    head = verb.head if _seen_given(verb) else verb
    if head.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in head.children):
        return None
    return subject_of(head.head)


def _seen_given(verb) -> bool:
    """"X s'est vu remettre / offrir un Z": X receives (the subject of "se voir" + a giving verb)."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and lemma(head) == "voir"
            and any(c.lower_ in ("se", "s'", "s’") for c in head.children))


def _given_by(ctx, verb):
    """"des chevaux, offerts par X au dirigeant Y": a participle said of the present, its giver
    after "par", its recipient after "à"; (giver, recipient, items) or None."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or head.i > verb.i:
        return None
    givers = [p for c in verb.children if c.dep_ == "obl:agent" or (c.dep_.startswith("obl")
                                                                     and case_of(c).split()[:1] == ["par"])
              for p in _people(ctx, c)]
    if not givers:
        return None
    recipient = _recipient(ctx, verb, givers[0]) or next(
        # "offerts par le chef de l'Etat russe à son hôte": the parse hangs "à Y" on the giver
        (p for t in verb.subtree if t.dep_ == "nmod" and case_of(t).split()[:1] in (["à"], ["au"], ["aux"])
         for p in _people(ctx, t, givers[0]) if p != givers[0]), None)
    if recipient is None and head.dep_ == "obj" and verb_lemma(head.head) in events_cues("gift_received_verbs"):
        # "Kim Jong-un reçoit une limousine offerte par Vladimir Poutine": who receives it
        found = subject_people(ctx, head.head, WHO)
        recipient = found[0] if found else None
    if recipient is None or recipient == givers[0]:
        return None
    if lemma(head) in _WHAT_NOUNS:
        # "les objets offerts par X à son hôte : une limousine, un service à thé et une dague";
        # "les cadeaux offerts par X" with no list names no item
        listed = _spelled_out(verb)
        return (givers[0], recipient, listed) if listed else None
    skip = {t.i for t in verb.subtree}
    words = [t for t in head.subtree if t.i not in skip]
    start = max((k + 1 for k, t in enumerate(words) if t.i < head.i and t.is_punct), default=0)
    words = words[start:]  # "La semaine dernière, 24 chevaux": from the last comma before the noun
    cut = next((k for k, t in enumerate(words) if t.i > head.i and t.text in _STOP_ITEM), len(words))
    item = "".join(t.text_with_ws for t in words[:cut]).strip(" ,;:")
    return (givers[0], recipient, [item]) if item and _thing([t for t in words[:cut] if t.i >= head.i - 3]) else None


_WHAT_NOUNS = {"objet", "cadeau", "présent", "don", "bien", "article"}


def _spelled_out(verb) -> list[str]:
    """The items a colon spells out right after "les objets / cadeaux offerts par X à Y", one each."""
    after = verb.doc[verb.i + 1:verb.sent.end]
    colon = next((t for t in after if t.text == ":" or t.pos_ in ("VERB", "AUX")), None)
    if colon is None or colon.text != ":":
        return []
    text = doc_text(verb.doc)[colon.idx + 1:verb.sent.end_char]
    text = re.split(r"[.;«(]", text, maxsplit=1)[0]
    return [x.strip(" ,") for x in re.split(r",|\bet\b|\bainsi qu(?:e|'|’)", text) if x.strip(" ,")]


def _agent(ctx, verb):
    """"... par X": the giver of a passive gift."""
    obj = _object(verb)
    for v in (verb, verb.head, *([obj] if obj is not None else [])):
        for child in v.children:
            if child.dep_ == "obl:agent" or (child.dep_.startswith(("obl", "nmod"))
                                             and case_of(child).split()[:1] == ["par"]):
                found = _people(ctx, child)
                if found:
                    return found[0]
    return None


def extract(ctx) -> list[Gift]:
    out: list[Gift] = []
    give, receive = events_cues("gift_verbs"), events_cues("gift_received_verbs")
    last: Gift | None = None
    for sent in ctx.doc.sents:
        for verb in tokens(ctx, sent):
            lem = verb_lemma(verb)
            gift_idiom = lem == "faire" and any(c.dep_ == "obj" and lemma(c) in events_cues("gift_nouns")
                                                 for c in verb.children)
            if lem not in give and lem not in receive and not gift_idiom:
                continue
            if lem in receive and _passive(verb):
                continue  # "avait été reçu à Pyongyang par X, le père de …": a reception, not a present
            if any(c.lower_ in ("ne", "n'", "n’") for c in verb.children) or any(
                    d.lower_ in ("aucun", "aucune") for c in verb.children if c.dep_ == "obj" for d in c.children):
                continue  # "ne leur offrira aucun refuge"
            ctx._last_gift = last
            given = _given_by(ctx, verb) if lem in give else None
            if given is not None:  # "24 chevaux, offerts par X au dirigeant Y"
                for item in given[2]:
                    last = Gift(giver=given[0], recipient=given[1], item=item, evidence=ctx.evidence(sent))
                    out.append(last)
                continue
            items = [i for i in _items(ctx, verb) if not _a_day(i) and not _a_time_phrase(i)]
            if not items:
                continue
            received = lem in receive or _seen_given(verb)
            subj = subject_of(verb) or _left_subject(ctx, verb) or _shared_subject(verb)
            if (verb.dep_ == "conj" and last is not None and not received and last.evidence.start == sent.start_char
                    and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)):
                # "le roi lui a remis une selle, et a offert à X un caftan": the same giver
                subj = None
                subj_people = [last.giver]
            else:
                subj_people = []
            subj_people = subj_people or (people_of(ctx, subj, WHO) if subj is not None else [])
            if subj is not None and subj.lower_ in ("il", "elle") and last is not None:
                # "Il a (aussi) offert...": the giver (or recipient) of the passage's last gift
                subj_people = [last.recipient if received else last.giver]
            elif (not subj_people and subj is not None and last is not None and not received
                  and (subj.lower_ in events_cues("leader_nouns") or lemma(subj) in events_cues("leader_nouns"))):
                # "En retour, le roi lui a remis ...": a title with no name gives back
                subj_people = [last.recipient]
            if not subj_people:
                continue
            # "Le gouverneur du territoire russe du Primorié, Oleg Kojemiako, a offert …": the person,
            # not the country a word of his title names
            subj_people = [p for p in subj_people if p.type == "Person"] or subj_people
            if not received:
                giver = subj_people[0]
                recipient = _recipient(ctx, verb, giver) or _recipient_after(ctx, sent, verb, giver)
            else:
                recipient = subj_people[0]
                giver = _giver_of_received(ctx, verb) if lem in receive else _agent(ctx, verb)
                if giver is None and last is not None and _return_marker(sent, verb) \
                        and recipient in (last.giver, last.recipient):
                    # "En retour, il a reçu ...": back from the last gift's recipient
                    giver, recipient = last.recipient, last.giver
                if lem == "recevoir" and giver is None:
                    continue
            if giver is None or recipient is None or giver == recipient:
                continue
            further = _and_to(ctx, sent, verb, giver) if not received else []
            # (the parse may read "et à sa sœur X un service" as a second thing given to the first)
            items = [i for i in items if not any(i != f and i.endswith(f) for _, f in further)] or items
            earlier = _recalled(verb)
            for item in items:
                last = Gift(giver=giver, recipient=recipient, item=item, evidence=ctx.evidence(sent), earlier=earlier)
                out.append(last)
            for other, item in further:
                out.append(Gift(giver=giver, recipient=other, item=item, evidence=ctx.evidence(sent)))
    return out


def _recalled(verb) -> bool:
    """"En février déjà, X avait offert une Aurus", "X avait déjà fait livrer une Aurus": a present
    recalled as given before the one the article reports (a pluperfect with "déjà")."""
    head = verb.head if verb.dep_ == "xcomp" and lemma(verb.head) == "faire" else verb  # "fait livrer"
    pluperfect = any(c.dep_.startswith("aux") and lemma(c) in ("avoir", "être") and "Imp" in c.morph.get("Tense")
                     for c in head.children)
    return pluperfect and any(t.lower_ == "déjà" for t in head.sent if t.i < verb.i)


_AND_TO_DETS = {"un", "une", "des", "deux", "trois", "le", "la", "les", "l'", "l’", "son", "sa", "ses"}


def _and_to(ctx, sent, verb, giver) -> list:
    """"a offert à Emmanuel Macron une réplique de sitar, et à Brigitte Macron un sari de soie":
    the further (recipient, item) pairs the sentence gives after the first."""
    doc, out = sent.doc, []
    toks = tokens(ctx, doc[verb.i + 1:sent.end])
    for k, t in enumerate(toks[:-3]):
        if t.lower_ != "et" or toks[k + 1].lower_ not in ("à", "au", "aux"):
            continue
        j, ref = k + 2, None
        while j < min(len(toks), k + 9) and toks[j].text not in _STOP_ITEM and (
                ref is None or ctx.actor_at(toks[j]) == ref):
            ref = ref or ctx.actor_at(toks[j])
            j += 1  # "et à sa sœur Kim Yo-jong": up to the end of the name
        if ref is None or ref.type != "Person" or ref == giver or j >= len(toks) or toks[j].lower_ not in _AND_TO_DETS:
            continue
        end = next((e for e in range(j + 1, len(toks)) if toks[e].text in _STOP_ITEM or toks[e].text == "."), len(toks))
        item = "".join(x.text_with_ws for x in toks[j:end]).strip(" ,;:.")
        if item and _thing(toks[j:end]):
            out.append((ref, item))
    return out
