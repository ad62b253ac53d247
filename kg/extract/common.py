"""Small helpers the fact extractors share: cue words, who a noun phrase names, where, when.

`people_of(ctx, token)` reads the people a noun phrase refers to: a name, a
description ("le président russe", "le dirigeant nord-coréen" → the person of
that country the article names most), a pair ("les deux dirigeants", "ils",
"leur" → the two people the article is about), a pronoun ("il" → the last
person named as a subject), a conjunction ("X et Y"). It uses the actor
mentions of the context first, so a better actor step improves it for free.
"""
from __future__ import annotations

import datetime
import functools
import re

from collections import Counter, defaultdict

from kg import cues, gazetteer
from kg.extract import dates
from kg.records import ActorRef, DateValue

LOCATION_PREPS = {"à", "au", "aux", "en", "dans", "vers"}
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
# dependents that open another clause or an adjunct: a noun phrase stops there
_CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "obl", "obl:mod", "obl:arg",
                "obl:agent", "dislocated", "vocative", "punct"}
_SUBJ_PRONOUNS = {"il", "elle"}
_PLURAL_PRONOUNS = {"ils", "elles"}
_PAIR_POSSESSIVES = {"leur", "leurs"}
_RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}


def doc_text(doc) -> str:
    """The document's text, kept on the doc: spaCy's `Doc.text` joins every token anew on each access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


_CURRENT: list = [None, None]  # the article being read and its tokens


def doc_tokens(doc) -> list:
    """The doc's tokens, listed once per article: indexing or iterating a Doc builds a new Token
    object each time, and the extractors walk the whole article a dozen times."""
    if _CURRENT[0] is not doc:
        _CURRENT[:] = [doc, list(doc)]
    return _CURRENT[1]


def forget_document() -> None:
    """Let the last document go (it holds the model's vocabulary): see kg.pipeline.release_model."""
    _CURRENT[:] = [None, None]


def events_cues(section: str) -> frozenset[str]:
    return cues.words("events", section)


def lemma(tok) -> str:
    return tok.lemma_.lower()


def has_reflexive(verb) -> bool:
    return any(c.lower_ in ("se", "s'", "s’", "nous", "vous") and c.dep_ in ("expl:comp", "expl:pv", "obj",
                                                                               "iobj", "expl", "expl:pass")
               for c in verb.children)


def case_of(tok) -> str:
    """The preposition(s) introducing a nominal ("à", "au", "en raison de"), lower case."""
    return " ".join(c.lower_ for c in tok.children if c.dep_ in ("case", "mark") and c.i < tok.i)


# ---------------------------------------------------------------- who

def article_people(ctx) -> list[ActorRef]:
    """The people of the article, most mentioned first (then first mentioned)."""
    counts: Counter = Counter()
    first: dict[ActorRef, int] = {}
    for m in ctx.mentions:
        if m.ref.type == "Person":
            counts[m.ref] += 1
            first.setdefault(m.ref, m.start)
    return sorted(counts, key=lambda r: (-counts[r], first[r]))


def main_pair(ctx) -> list[ActorRef]:
    """The two people an article is about ("les deux dirigeants", "leur rencontre")."""
    people = article_people(ctx)
    return people[:2] if len(people) >= 2 else []


def article_roles(ctx) -> list:
    """The article's roles, read once for all the extractors that need them."""
    if "roles" not in ctx._memo:
        from kg.extract import roles
        ctx._memo["roles"] = roles.extract(ctx)
    return ctx._memo["roles"]


def titled_pair(ctx, noun) -> list[ActorRef]:
    """"Les deux ministres se sont entretenus": the two people whose title the noun names (ministre,
    président...) that the sentence before and this one name up to the noun (for a leader's title, a
    head of state or government the gazetteer knows counts as holding it), else the article's two
    most mentioned of them; none when fewer than two hold it.
    "Les deux chefs de la diplomatie" names the whole title (a foreign minister, not "le chef du
    Kremlin"), which one holder's "homologue" also holds."""
    from kg.extract.roles import canonical_title
    roles = article_roles(ctx)
    whole = _title_of_pair(noun)
    if whole is not None:
        holders = {r.person for r in roles if canonical_title(r.title) == canonical_title(whole)}
        counterparts = {r.person for r in roles if gazetteer.fold(r.title) == "homologue"} - holders
        if len(holders) == 1 and len(counterparts) == 1:
            holders |= counterparts  # "Lavrov … accueilli par son homologue Choe Son-hui"
    else:
        words = {gazetteer.fold(lemma(noun)), gazetteer.fold(noun.text).removesuffix("s")}
        holders = {r.person for r in roles if r.title.split() and gazetteer.fold(r.title.split()[0]) in words}
    if len(holders) < 2:
        return []
    # ("X a été reçu par Y. Les deux présidents ont ensuite …")
    sents = sentences(ctx)
    k = next((i for i, x in enumerate(sents) if x.start <= noun.i < x.end), 0)
    leaders = whole is None and lemma(noun) in events_cues("leader_nouns")
    told = []
    for m in ctx.mentions:
        if sents[max(0, k - 1)].start_char <= m.start < noun.idx and (
                m.ref in holders or leaders and leader_entry(m.ref)):
            told = [r for r in told if r != m.ref] + [m.ref]
    if len(told) == 2:
        return told
    people = [p for p in article_people(ctx) if p in holders]
    return people[:2] if len(people) >= 2 else []


def leader_entry(ref):
    """The gazetteer's entry of a person it knows as a head of state or government, else None."""
    entry = gazetteer.get(ref.key) if ref.key and ref.type == "Person" else None
    return entry if entry is not None and entry.kind == "leader" else None


def _title_of_pair(noun) -> str | None:
    """"les deux chefs de la diplomatie" → "chef de la diplomatie"; None for a bare noun."""
    rest = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and case_of(c).split()[:1] in (
        ["de"], ["du"], ["des"], ["d'"])]
    if not rest:
        return None
    head = lemma(noun) if lemma(noun) != noun.lower_ else noun.lower_.removesuffix("s")
    return " ".join([head] + [t.text for t in noun.doc[noun.i + 1: rest[0].right_edge.i + 1]])


def _country_key(ref: ActorRef | None) -> str | None:
    if ref is None:
        return None
    if ref.type == "Country":
        return ref.key or gazetteer.fold(ref.name)
    return None


def person_country(ctx, ref: ActorRef) -> str | None:
    """The country key of a person: the gazetteer's, else a demonym right before a mention (read
    once per article and person)."""
    key = ("home", ref)
    if key not in ctx._memo:
        ctx._memo[key] = _person_country(ctx, ref)
    return ctx._memo[key]


def _person_country(ctx, ref: ActorRef) -> str | None:
    if ref.key:
        entry = gazetteer.get(ref.key)
        if entry is not None and entry.country:
            return entry.country
    # a demonym right before the name in the article: "le dirigeant nord-coréen Kim Jong-un"
    for m in ctx.mentions:
        if m.ref != ref:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in ctx.doc[max(0, span.start - 3): span.start]:
            key = _country_key(ctx.actor_at(tok))
            if key and tok.is_lower:
                return key
    return None


def person_of_description(ctx, noun) -> ActorRef | None:
    """"le président russe", "le dirigeant nord-coréen" → the person of that country the article
    names most, when the noun is a leader's title and no name follows it."""
    if lemma(noun) not in events_cues("leader_nouns") and noun.lower_ not in events_cues("leader_nouns"):
        return None
    country = None
    for c in noun.children:
        if c.dep_ in ("amod", "nmod") and c.i > noun.i:
            country = _country_key(ctx.actor_at(c))
            if country:
                break
    if country is None:
        return None
    for ref in article_people(ctx):
        if person_country(ctx, ref) == country:
            return ref
    return None


def named_as_subject(span) -> bool:
    """Is the name `span` a grammatical subject, or in apposition to one? (any word of the name:
    the parse may split a name it misreads, "Choe" ROOT + "Son-hui" nsubj)"""
    root = span.root
    return any(t.dep_ in SUBJECT_DEPS for t in span) or (root.head.dep_ in SUBJECT_DEPS
                                                         and root.dep_ in ("appos", "flat:name"))


_BEFORE_VERB = {"se", "s'", "s’", "ne", "n'", "n’", "lui", "leur", "l'", "l’", "y", "en"}


def person_right_before(ctx, verb) -> ActorRef | None:
    """The person named right before a verb, only its clitics, auxiliaries and adverbs between
    ("…, et Mohammed ben Salmane s'est rendu à Ankara": the parse may hang the name elsewhere,
    and leave the verb no subject)."""
    k = verb.i - 1
    while k >= verb.sent.start and (verb.doc[k].pos_ in ("AUX", "ADV") or verb.doc[k].lower_ in _BEFORE_VERB):
        k -= 1
    if k < verb.sent.start:
        return None
    ref = ctx.actor_at(verb.doc[k])
    return ref if ref is not None and ref.type == "Person" else None


def last_subject_person(ctx, before: int, gender: str | None = None) -> ActorRef | None:
    """The person last named as a grammatical subject before character `before` (for "il"). With
    the pronoun's `gender` ("Fem" for "elle"), when that person is known to be of the other one
    ("le président américain"), the last person of that gender named before, subject or not (the
    parse may give a sentence no subject: "la toute nouvelle première ministre X, …, l'accueillait")."""
    best = None
    for m in ctx.mentions:
        if m.start >= before or m.ref.type != "Person":
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if named_as_subject(span):
            best = m.ref
        elif _impersonal(span.sent):
            # "Il s'agit de la deuxième visite de M. Choïgou … Le 4 juin, il avait été reçu": the
            # person an impersonal sentence is about
            best = m.ref
    if best is None:
        for m in ctx.mentions:
            if m.start < before and m.ref.type == "Person":
                best = m.ref
    return of_gender(ctx, best, gender, before)


def of_gender(ctx, ref: ActorRef | None, gender: str | None, before: int) -> ActorRef | None:
    """`ref`, the antecedent found for a pronoun of `gender` at character `before`; when `ref` is
    known to be of the other gender, the last person of the pronoun's named before it, if any."""
    if ref is None or gender is None or person_gender(ctx, ref) in (None, gender):
        return ref
    agreeing = [m.ref for m in ctx.mentions if m.start < before and m.ref.type == "Person"
                and person_gender(ctx, m.ref) == gender]
    return agreeing[-1] if agreeing else ref


def token_gender(tok) -> str | None:
    """"Fem" or "Masc" when the word's morphology gives one gender ("elle", "l'intéressée")."""
    found = tok.morph.get("Gender")
    return found[0] if len(found) == 1 else None


def _mention_gender(ctx, m) -> str | None:
    """The gender the words of a person's title give it: "Mme", "M.", or a determiner or adjective
    of the title noun right before the name ("la toute nouvelle première ministre X", "le ministre
    russe de la Défense X": "le", not the "la" of "la Défense") or of the description ("le
    président américain")."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    title = span.root if m.kind == "description" else None
    head = span.root.head
    if title is None and span.root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN" \
            and (_is_person_noun(head) or head.lower_ in _title_heads()):
        title = head  # "la ministre nord-coréenne des Affaires étrangères, Choe Son-hui"
    for t in reversed(ctx.doc[max(span.sent.start, span.start - 6): span.start] if title is None else []):
        if t.lower_ in cues.words("actors", "feminine_honorifics"):
            return "Fem"
        if t.lower_ in cues.words("actors", "masculine_honorifics"):
            return "Masc"
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON"):
            return None  # another phrase: "a reçu X", "Y, X"
        if t.pos_ == "NOUN" and (_is_person_noun(t) or t.lower_ in _title_heads()):
            title = t
            break
    for c in title.children if title is not None else ():
        if c.dep_ in ("det", "amod") and c.i < title.i and token_gender(c) is not None:
            return token_gender(c)
    return None


def person_gender(ctx, ref: ActorRef) -> str | None:
    """"Fem" or "Masc" when the article's mentions of the person say it (more of them one way than
    the other), else None."""
    genders = ctx._memo.get("genders")
    if genders is None:
        votes: dict = defaultdict(Counter)
        for m in ctx.mentions:
            if m.ref.type == "Person" and (g := _mention_gender(ctx, m)) is not None:
                votes[m.ref][g] += 1
        genders = ctx._memo["genders"] = {
            r: ("Fem" if c["Fem"] > c["Masc"] else "Masc" if c["Masc"] > c["Fem"] else None) for r, c in votes.items()}
    return genders.get(ref)


_IMPERSONAL = (("il", "s'", "agit"), ("il", "s’", "agit"), ("c'", "est"), ("c’", "est"), ("ce", "sont"),
               ("il", "y", "a"))


def _impersonal(sent) -> bool:
    """"Il s'agit de …", "C'est …", "Il y a …": a sentence whose subject is no one."""
    words = tuple(t.lower_ for t in sent[:3])
    return any(words[:len(w)] == w for w in _IMPERSONAL)


def _cataphora(ctx, pron) -> ActorRef | None:
    """"En visite au Vietnam, où il a été reçu par Tô Lâm, Vladimir Poutine a …": a pronoun in a
    clause fronted before the main clause's subject stands for that subject."""
    root = pron.sent.root
    verb = pron.head
    if verb.i == root.i or root.i < pron.i:
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > verb.right_edge.i]
    if len(subjects) != 1 or any(t.i == root.i for t in verb.subtree):
        return None
    ref = ctx.actor_at(subjects[0])
    return ref if ref is not None and ref.type == "Person" else None


def _is_pair_noun(tok) -> bool:
    if tok.lower_ not in events_cues("pair_nouns"):
        return False
    return any(c.lower_ in ("deux", "2") for c in tok.children)


def is_latter(tok) -> bool:
    """"ce dernier", "cette dernière": the person named last."""
    return tok.lower_ in ("dernier", "dernière") and any(c.dep_ == "det" and c.lower_ in ("ce", "cette")
                                                          for c in tok.children)


def _is_person_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and (lemma(tok) in events_cues("leader_nouns")
                                   or tok.lower_ in events_cues("leader_nouns"))


def people_of(ctx, tok, types=("Person",), depth: int = 0) -> list[ActorRef]:
    """The actors of `types` the noun phrase headed by `tok` refers to, in text order."""
    out: list[ActorRef] = []

    def add(refs):
        for r in refs:
            if r is not None and r.type in types and r not in out:
                out.append(r)

    ref = ctx.actor_at(tok) or ctx.title_holder(tok)
    if ref is not None and ref.type in types:
        add([ref])
    elif tok.lower_ in _RELATIVE_PRONOUNS and tok.pos_ == "PRON" and tok.head.dep_ == "acl:relcl" \
            and depth < 4:
        # "X, qui a rencontré Y": the relative pronoun is its antecedent
        add(people_of(ctx, tok.head.head, types, depth + 1))
    elif is_latter(tok) and "Person" in types:
        add([ctx.last_actor_before(tok, ("Person",), within_sentences=1)])
    elif "Person" in types:
        low = tok.lower_
        if low in _SUBJ_PRONOUNS and tok.pos_ == "PRON":
            add([_cataphora(ctx, tok) or last_subject_person(ctx, tok.idx, token_gender(tok))])
        elif _is_pair_noun(tok):
            add(titled_pair(ctx, tok) or main_pair(ctx))
        elif low in _PLURAL_PRONOUNS and tok.pos_ == "PRON":
            add(main_pair(ctx))
    if depth < 4:
        for child in tok.children:
            if child.dep_ in _CLAUSE_DEPS or child.dep_ in ("case", "mark", "cc"):
                continue
            if child.dep_ == "nmod" and child.i > tok.i and ctx.actor_at(tok) is None and not out:
                # "le porte-parole du Kremlin": a body the person belongs to, not the person
                if ctx.actor_at(child) is not None and ctx.actor_at(child).type != "Person":
                    continue
            if child.dep_ == "det" and child.lower_ in _PAIR_POSSESSIVES and "Person" in types:
                continue
            if child.dep_ == "nmod" and other_event(child):
                continue  # "reçue par X, après ses entretiens avec Y": Y is of that other event, not X
            if child.dep_ == "amod" and _is_person_noun(tok) and not (
                    (r := ctx.actor_at(child)) is not None and r.type == "Person"):
                continue  # "le président russe": a person of Russia, not Russia ("les présidents Macron et X" are)
            add(people_of(ctx, child, types, depth + 1))
    if not out and "Person" in types:
        add([person_of_description(ctx, tok)])
    if not out and "Person" in types and depth == 0 and tok.pos_ == "NOUN":
        add([apposed_person(ctx, tok)])
    return out


def apposed_person(ctx, tok) -> ActorRef | None:
    """"par le ministre de la Défense de la RPDC, No Kwang Chol": the name in apposition after a
    title phrase, wherever the parse hung it."""
    if ctx.title_holder(tok) is None and not _is_person_noun(tok) and tok.lower_ not in _title_heads():
        return None
    k = tok.right_edge.i + 1
    doc = tok.doc
    if k + 1 < len(doc) and doc[k].text == "," and tok.sent.start <= k + 1 < tok.sent.end:
        ref = ctx.actor_at(doc[k + 1])
        if ref is not None and ref.type == "Person":
            return ref
    return None


@functools.cache
def _title_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in cues.load("roles")["titles"])


def possessive_pair(ctx, noun) -> list[ActorRef]:
    """"leur rencontre", "leur arrivée" → the two people the sentence names before the noun when it
    names two ("Modi et Xi se serrent la main avant leur entretien"), else the article's pair."""
    if not any(c.dep_ == "det" and c.lower_ in _PAIR_POSSESSIVES for c in noun.children):
        return []
    named = list(dict.fromkeys(m.ref for m in ctx.mentions_in(noun.sent)
                               if m.ref.type == "Person" and m.start < noun.idx))
    return named if len(named) == 2 else main_pair(ctx)


def verb_lemma(tok) -> str | None:
    """The infinitive of a verb, also when the parser took a future or a participle for a noun
    ("visitera" tagged NOUN → "visiter"); None for what is no verb."""
    if tok.pos_ in ("VERB", "AUX"):
        return lemma(tok)
    if tok.dep_ in ("conj", "ROOT") and tok.is_lower:
        for ending, repl in (("eraient", "er"), ("eront", "er"), ("erait", "er"), ("era", "er"),
                             ("iront", "ir"), ("ira", "ir"), ("ées", "er"), ("és", "er"), ("ée", "er"),
                             ("é", "er")):
            if tok.lower_.endswith(ending) and len(tok.lower_) > len(ending) + 2:
                return tok.lower_[: -len(ending)] + repl
    return None


def clitic_object(tok) -> bool:
    """"lui" / "leur" right before the verb (or its auxiliary): an indirect object, never a subject."""
    return tok.pos_ == "PRON" and tok.lower_ in ("lui", "leur") and tok.i < tok.head.i and all(
        t.pos_ == "AUX" or t.lower_ in ("en", "y", "ne", "n'") for t in tok.doc[tok.i + 1:tok.head.i])


def subject_of(verb):
    """The subject token of a verb, climbing infinitives and coordinated verbs ("doit rencontrer")."""
    tok = verb
    for _ in range(4):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS] or [
            # "Il s'était rendu à Pyongyang": the parser may take a personal "il" for an impersonal one
            c for c in tok.children if c.dep_ == "expl:subj" and c.lower_ in ("il", "elle")
            and lemma(tok) not in _IMPERSONAL_VERBS]
        if len(subjects) > 1:
            # "Kim Jong-un lui a offert …": the parser may take the clitic for a second subject
            subjects = [c for c in subjects if not clitic_object(c)] or subjects
        if subjects:
            # "Mercredi, Xi Jinping l'a reçu": a fronted time word read as a second subject;
            # the subject nearest the verb is the real one
            return min(subjects, key=lambda c: abs(c.i - tok.i)) if len(subjects) > 1 else subjects[0]
        for child in tok.children:  # "Kim Jong Un était parti": a name the parser left as `dep`
            if child.dep_ == "dep" and child.i < tok.i and child.pos_ == "PROPN":
                return child
        if tok.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in tok.children):
            # "il s'est entretenu avec X, avant d'être reçu par Y": an infinitive clause of the main
            # verb, whatever noun the parse hung it on; its subject is the main clause's
            main = governing_verb(tok.head)
            if main is not None and main.i != tok.i:
                tok = main
                continue
        participle = tok.dep_ == "acl" or (tok.dep_ == "parataxis" and "Part" in tok.morph.get("VerbForm"))
        if participle and tok.head.i < tok.i and (tok.head.pos_ in ("PROPN", "NOUN", "PRON")
                                                  or tok.head.text[:1].isupper()):
            return tok.head  # "Narendra Modi, arrivé samedi à Tianjin": the noun the participle is said of
        if tok.head.i == tok.i and bare_participle(tok):
            # "Arrivé la veille à Calgary, Narendra Modi foulait …": a fronted participle the
            # parser made the root; the main clause it was cut from names its subject
            main = [c for c in tok.children if c.dep_ in ("parataxis", "conj") and c.i > tok.i
                    and any(g.dep_ in SUBJECT_DEPS for g in c.children)]
            if main:
                tok = main[0]
                continue
            # "Arrivé jeudi à Pyongyang, Dmitri Medvedev a été reçu …": the parser hangs the main
            # clause's subject on the participle, between it and the main verb
            clause = [c for c in tok.children if c.dep_ in ("parataxis", "conj") and c.i > tok.i]
            return next((c for c in tok.children if c.dep_ == "dep" and c.pos_ == "PROPN"
                         and clause and tok.i < c.i < clause[0].i), None)
        if tok.dep_ in ("xcomp", "conj", "advcl", "acl") and tok.head.i != tok.i:
            tok = tok.head
        else:
            return None
    return None


def bare_participle(tok) -> bool:
    """A participle with no auxiliary of its own ("reçu par X", "Y, sanctionnés par Z"): never the
    finite verb of an active clause."""
    return "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


_CLAUSE_MARKS = frozenset({"avant", "après", "pour", "sans", "afin"})

_IMPERSONAL_VERBS = frozenset({"falloir", "agir", "sembler", "paraître", "avoir", "être", "rester", "exister",
                               "arriver", "suffire", "valoir", "manquer", "pleuvoir", "agit"})


def subject_people(ctx, verb, types=("Person",)) -> list[ActorRef]:
    subj = subject_of(verb)
    if subj is None:
        return []
    named = ctx.actor_at(subj)
    if named is not None and named.type == "Person":
        # "Selon le porte-parole, X, Y a été invité": a name in apposition to another name is
        # the parse joining a fronted source to the subject; the name nearest the verb is the subject
        later = [ctx.actor_at(c) for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
        later = [r for r in later if r is not None and r.type == "Person" and r != named]
        if later and "Person" in types:
            return later[:1]
    out = list(people_of(ctx, subj, types))
    # "X, et Y, ont participé": the parse may give the verb two subjects; both are
    for sib in subj.head.children:
        if sib.i != subj.i and sib.dep_ in SUBJECT_DEPS and subj.dep_ in SUBJECT_DEPS and subj.head.i != subj.i:
            out += [r for r in people_of(ctx, sib, types) if r not in out]
    return out


def guest_after(ctx, verb) -> ActorRef | None:
    """The first person named after a host verb, before any comma or other verb ("a reçu mardi à
    Pyongyang Sergueï Choïgou, secrétaire …", "qui avait reçu en mars 2024 Emmanuel Macron"), for
    when the parse hangs the guest elsewhere."""
    subjects = subject_people(ctx, verb, ("Person",))
    for tok in tokens(ctx, verb.sent):
        if tok.i <= verb.i:
            continue
        if tok.i > verb.i + 10 or tok.text in (",", ";", ":") or tok.pos_ in ("VERB", "AUX"):
            return None
        ref = ctx.actor_at(tok)
        if ref is not None and ref.type == "Person":
            return ref if ref not in subjects else None
    return None


def governing_verb(tok):
    """The verb a noun depends on ("lors d'une rencontre ..." → the main verb of the clause)."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur
    return None


# ---------------------------------------------------------------- where

def _country_adjective(ref, tok) -> bool:
    """"brésilien", "russe": a country's adjective, which names no place."""
    return ref.type == "Country" and tok.text[:1].islower() and tok.pos_ == "ADJ"


def place_in(ctx, tok, types, seats: bool = False) -> ActorRef | None:
    """A place named by the nominal `tok` or its modifiers ("au cosmodrome de Vostochny"); with
    `seats`, a seat of power too ("au Kremlin")."""
    best = None
    for t in [tok, *[c for c in tok.subtree if c.i != tok.i]]:
        if t.i > tok.right_edge.i:
            break
        ref = ctx.actor_at(t)
        if ref is not None and seats and ref.type == "Organization" \
                and ref.name in cues.load("actors")["seats_of_power"]:
            return ref  # "au Kremlin", "à la Maison Blanche": the seat of power as a place
        if ref is not None and ref.type in types:
            if ref.type == "Place":
                return ref
            if _country_adjective(ref, t):
                continue  # "en dépit du veto brésilien": a country's adjective is no place
            best = best or ref
    return best


_PLACE_SKIP_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "nsubj", "nsubj:pass",
                    "obj", "iobj", "punct", "cc", "det", "case", "mark"}


def in_since(tok, stop) -> bool:
    """Is `tok` inside a "depuis ..." phrase below `stop` (a past reference point, not the event)?"""
    cur = tok
    for _ in range(8):
        if cur.i == stop.i or cur.head.i == cur.i:
            return False
        if any(c.dep_ == "case" and c.lower_ == "depuis" for c in cur.children):
            return True
        cur = cur.head
    return False


def since_between(sent, anchor, char: int) -> bool:
    """Does "depuis" stand between the token `anchor` and the character `char` (after it)?"""
    if char <= anchor.idx:
        return False
    between = doc_text(sent.doc)[anchor.idx:char].lower()
    return " depuis " in f" {between} "


def time_word(tok) -> bool:
    """A weekday, a month or a number: the parser hangs a place phrase on a date before it."""
    low = gazetteer.fold(tok.text)
    return tok.like_num or low in dates.WEEKDAYS or low in dates.MONTHS


def _origin(head, child) -> bool:
    """Is the place phrase `child` what a "depuis" before it names ("arrivé depuis Pékin"), rather
    than a place after a "depuis" of time ("rendu depuis le début de la guerre à Kiev")?"""
    if not since_between(head.sent, head, child.idx):
        return False
    between = doc_text(head.doc)[head.idx:child.idx].lower()
    after = between[between.rfind("depuis"):].split()
    return not (set(after[1:]) & {"à", "au", "aux", "en", "dans"})


_OTHER_EVENT = ("après", "avant")


def other_event(nominal) -> bool:
    """Does "après" / "avant" introduce `nominal`, an event noun rather than a time ("trois
    semaines après la signature …": the signing's place and day, not the sentence's event; "avant
    le 15 mars" is a time)?"""
    if nominal.lower_ in ("lendemain", "veille") and any(
            c.dep_ == "nmod" and not time_word(c) and case_of(c).split()[:1] in (["de"], ["d'"], ["d’"], ["du"])
            for c in nominal.children):
        return True  # "au lendemain de ses entretiens avec Y": the day after that event
    return not time_word(nominal) and any(c.dep_ == "case" and c.lower_ in _OTHER_EVENT
                                          for c in nominal.children)


def attached_place(ctx, head, preps=LOCATION_PREPS | {"sur", "près"}, types=("Place", "Country"),
                   depth: int = 3, seats: bool = False):
    """A place in an adjunct of `head` (or below it) introduced by a preposition of place;
    a Place before a Country ("à Vladivostok, en Russie" → Vladivostok); "depuis ..." left out.
    With `seats`, a seat of power is a place ("ont eu des entretiens au Kremlin")."""
    found = []
    frontier = [head]
    for _ in range(depth):
        nxt = []
        for node in frontier:
            for child in node.children:
                if time_word(child) and child.dep_ in ("obj", "obl", "obl:mod", "nmod", "nummod", "xcomp"):
                    frontier.append(child)  # "arrivé lundi 17 mars à Paris": a date is no step away
                    continue
                if child.dep_ in _PLACE_SKIP_DEPS:
                    continue
                case = case_of(child).split()
                if case[:1] == ["depuis"]:
                    if lemma(child) not in events_cues("visit_nouns") | events_cues("meeting_nouns"):
                        nxt.append(child)  # "depuis le début de la guerre à Kiev": only a place below it
                    continue  # ("le premier depuis la visite de X à New Delhi": that visit's place)
                if other_event(child) or child.lower_ == "provenance" or _not_a_place_phrase(child):
                    continue  # "trois semaines après la signature à la Maison Blanche", "en provenance de X"
                if case[:1] and case[0] in preps and not _range_end(ctx, child) and not _after_since(child):
                    ref = place_in(ctx, child, types, seats)
                    if ref is not None and not _origin(head, child):
                        found.append(ref)
                        continue
                nxt.append(child)
        frontier = nxt
    for ref in found:
        if ref.type in ("Place", "Organization"):  # (an Organization only with `seats`)
            return ref
    return found[0] if found else None


def _after_since(phrase) -> bool:
    """"leur premier face-à-face depuis le 4 février dernier à Pékin": a place right after a
    "depuis" phrase of the same head is that earlier time's."""
    k = phrase.left_edge.i - 1
    return any(s.i != phrase.i and s.right_edge.i == k and any(c.dep_ == "case" and c.lower_ == "depuis"
                                                              for c in s.children)
               for s in phrase.head.children)


def _not_a_place_phrase(tok) -> bool:
    """"en dépit du veto ... à l'entrée de Caracas", "en raison de", "en échange de": a phrase of
    cause, concession or exchange, whose places are not where anything happens."""
    return tok.lower_ in events_cues("not_place_nouns") or lemma(tok) in events_cues("not_place_nouns")


def _range_end(ctx, phrase) -> bool:
    """"des remous, de Séoul à Tokyo": the end of a span of places, not where anything happens
    (`phrase`: the preposition or the phrase it opens)."""
    doc = phrase.doc
    k = phrase.left_edge.i - 1
    mention = ctx.mention_at(doc[k]) if k >= 0 and phrase.left_edge.lower_ in ("à", "au", "aux") else None
    if mention is None or mention.ref.type not in ("Place", "Country"):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in ("de", "d'", "d’", "du", "des")


def seat_country(ref: ActorRef | None) -> ActorRef | None:
    """The country a seat of power stands for ("le Kremlin" → Russie), or None."""
    if ref is None or ref.type != "Organization":
        return None
    key = cues.load("actors")["seats_of_power"].get(ref.name)
    entry = gazetteer.get(key) if key else None
    return ActorRef(entry.label, "Country", entry.key) if entry is not None else None


def seat_city(ref: ActorRef | None) -> ActorRef | None:
    """A meeting's place as a place: a seat of power named as where ("au Kremlin", "à l'Élysée")
    is the organisation, so its city stands for it (Moscou, Paris); anything else as it is."""
    country = seat_country(ref)
    entry = gazetteer.get(gazetteer.get(country.key).capital) if country is not None and country.key else None
    return ActorRef(entry.label, entry.type, entry.key) if entry is not None and entry.type == "Place" else ref


def city_named(mention) -> ActorRef | None:
    """The city a mention names, also where the actor step read a capital as the country it stands
    for ("SÉOUL, 13 juil. (Yonhap)", "a déclaré mardi à Pékin"); None for no known city."""
    if mention.ref.type == "Place":
        return mention.ref
    if mention.ref.type != "Country":
        return None
    entry = gazetteer.lookup(mention.surface, "Place")
    return ActorRef(entry.label, "Place", entry.key) if entry is not None else None


def country_of_place(ref: ActorRef | None) -> str | None:
    """The gazetteer country key of a country or a known place."""
    if ref is None or ref.type not in ("Country", "Place"):
        return None
    entry = gazetteer.get(ref.key) if ref.key else gazetteer.lookup(ref.name, ref.type)
    if entry is None:
        return None
    return entry.key if entry.type == "Country" else entry.country


def place_after(ctx, trigger, types=("Place", "Country"), window: int = 10):
    """A place the words right after `trigger` introduce ("a rencontré Y à Sotchi", "reçu au
    Kremlin par Y"), read linearly where the parse hung it elsewhere: a preposition of place,
    then within five words a mention of `types` (or a seat of power: "au Kremlin"). Stops at a
    quotation, a semicolon, "depuis" or the end of the sentence."""
    sent = trigger.sent
    seats = cues.load("actors")["seats_of_power"]
    end = min(sent.end, trigger.i + 1 + window)
    for tok in ctx.doc[trigger.i + 1:end]:
        if tok.text in ("«", "»", '"', ";", "“", "”") or tok.lower_ == "depuis" or (
                tok.lower_ in _OTHER_EVENT and tok.dep_ == "case" and other_event(tok.head)):
            return None  # (a place after "après la signature …" is another event's)
        if tok.lower_ not in LOCATION_PREPS or _range_end(ctx, tok):
            continue
        if tok.i + 1 < end and _not_a_place_phrase(ctx.doc[tok.i + 1]):
            return None
        for nxt in ctx.doc[tok.i + 1:min(sent.end, tok.i + 6)]:
            ref = ctx.actor_at(nxt)
            if ref is not None:
                if (ref.type in types and not _country_adjective(ref, nxt)) or (
                        ref.type == "Organization" and ref.name in seats):
                    return ref
                break
    return None


def place_before(ctx, tok, types=("Place", "Country"), window: int = 12):
    """The place named last before `tok` in its sentence, a few words back ("quitter la Chine pour
    Abou Dhabi, où …", "à Vladivostok pour le Forum économique oriental, où …" → the city);
    a seat of power counts ("au Kremlin, où"). Stops at a quotation or a semicolon."""
    seats = cues.load("actors")["seats_of_power"]
    for prev in reversed(tokens(ctx, ctx.doc[max(tok.sent.start, tok.i - window):tok.i])):
        if prev.text in ("«", "»", '"', ";", "“", "”"):
            return None
        ref = ctx.actor_at(prev)
        if ref is not None and ((ref.type in types and not _country_adjective(ref, prev))
                                or (ref.type == "Organization" and ref.name in seats)):
            return ref
    return None


# ---------------------------------------------------------------- when

_STORY_REACH = 3  # sentences
_STAMP = re.compile(r"\s*(?:publié|mis\s+à\s+jour|mise\s+à\s+jour|actualisé|modifié|mis\s+en\s+ligne)\b",
                    re.IGNORECASE)


def _last_full_date(ctx, sent, same_paragraph: bool, reach: int | None = _STORY_REACH):
    """(sentence, date mention) of the last full date in the few sentences before `sent` (within
    its paragraph when asked; in any sentence before it with no `reach`), or None."""
    # (a stray quotation mark the parser made a sentence of is no step of the story)
    before = [s for s in sentences(ctx) if s.end <= sent.start and any(t.is_alpha for t in tokens(ctx, s))]
    before = before[-reach:] if reach else before
    text = doc_text(ctx.doc)
    for prev in reversed(before):
        # another paragraph: another moment of the story. (The parse keeps a paragraph's closing line
        # break inside `prev`, so this seldom stops; stopping at every paragraph break measured worse:
        # development meeting dates 432 -> 427 of 594.)
        if same_paragraph and "\n" in text[prev.end_char:sent.start_char]:
            break
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens(ctx, prev)):
            continue  # a header ("Nord-Corée | 2025/07/13 11:24 KST", "Publié le …"): no story told
        head = text[prev.start_char:prev.end_char]
        if _STAMP.match(head):
            continue  # "Publié: 20.10.2023, 09:14 | Mis à jour: …": the page's day, not the story's
        # (not an aside: "vers 3 heures du matin (20 heures à Paris, mardi)")
        days = [m for m in _dates_of(ctx, prev) if m.value.precision == "date" and not _in_parentheses(head, m.start)]
        if days:
            # the day of the sentence's own event, not the last of a range it gives ("s'est entretenu
            # jeudi avec X, qui effectue une visite du 16 au 17 mai": Thursday)
            root = prev.root
            own = [m for m in days if (span := ctx.doc.char_span(prev.start_char + m.start, prev.start_char + m.end,
                                                                 alignment_mode="expand")) is not None
                   and span.root.head.i == root.i]
            return prev, (own or days)[-1]
    return None


def _story_day(ctx, sent):
    """The day the story stands at before `sent`, for its "la veille", "le lendemain", "le lundi
    suivant": the last full date of the three sentences before it; None when the sentence needs none
    or they give none."""
    if not dates.counts_from_story_day(sent.text):
        return None
    found = _last_full_date(ctx, sent, same_paragraph=False)
    # ("En avril 2019 … Le 24 avril, … Le lendemain, …": the day in the year the article gave it)
    return datetime.date.fromisoformat(_in_context_year(ctx, *found).value) if found else None


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_MONTH_YEAR = re.compile(r"\b(\w+)\.?\s+(\d{4})\b")


_MONTH_THAT_YEAR = re.compile(r"\b(\w+)\s+(?:de\s+cette\s+année[- ]là|de\s+la\s+même\s+année)\b", re.IGNORECASE)


def _months_named(ctx) -> list[tuple[int, int, str]]:
    """(offset, month, year) of every "<month> <year>" of the article, and of every "<month> de cette
    année-là" with the year last written before it, read once."""
    if "months" not in ctx._memo:
        text = doc_text(ctx.doc)
        named = [(m.start(), month, m.group(2)) for m in _MONTH_YEAR.finditer(text)
                 if (month := dates.MONTH_NUMBERS.get(gazetteer.fold(m.group(1))))]
        for m in _MONTH_THAT_YEAR.finditer(text):
            month, year = dates.MONTH_NUMBERS.get(gazetteer.fold(m.group(1))), _year_before(text, m.start())
            if month and year:
                named.append((m.start(), month, year))
        ctx._memo["months"] = sorted(named)
    return ctx._memo["months"]


_THAT_YEAR = re.compile(r"\b(?:cette\s+année-là|cette\s+année\s+là|la\s+même\s+année)\b", re.IGNORECASE)


_SAME_MONTH = re.compile(r"\b(?:du|le|au)\s+même\s+mois\b|\bce\s+mois[- ]là\b", re.IGNORECASE)


def same_month(ctx, sent) -> DateValue | None:
    """"Au début du même mois", "ce mois-là": the month the article last named before the sentence
    (with its year), or None when the sentence says neither or no month was named."""
    text = doc_text(ctx.doc)
    if not _SAME_MONTH.search(text[sent.start_char:sent.end_char]):
        return None
    named = [(at, m, y) for at, m, y in _months_named(ctx) if at < sent.start_char]
    return DateValue(f"{named[-1][2]}-{named[-1][1]:02d}", "gYearMonth") if named else None


def _that_year(ctx, sent) -> str | None:
    """The year "cette année-là" / "la même année" in `sent` stands for: the last one the article
    wrote before it (None when the sentence says neither, or no year was written)."""
    text = doc_text(ctx.doc)
    if not _THAT_YEAR.search(text[sent.start_char:sent.end_char]):
        return None
    return _year_before(text, sent.start_char)


def _year_before(text: str, at: int) -> str | None:
    """The last year written in `text` before character `at`, or None."""
    years = _YEAR.findall(text[:at])
    return years[-1] if years else None


def _in_context_year(ctx, sent, dm) -> DateValue:
    """"En août 2011, Kim Jong-il … Puis, le 24 août, …": a day and month without a year take the
    year the article last gave that month, before the sentence."""
    value = DateValue(dm.value.value, dm.value.precision)  # (the record type, not the parser's)
    that_year = _that_year(ctx, sent)
    if that_year is not None and not _YEAR.search(dm.text):
        # "En avril de cette année-là", "la même année": the year the article last named
        return DateValue(that_year + value.value[4:], value.precision)
    if value.precision != "date" or _YEAR.search(dm.text):
        return value
    month = int(value.value[5:7])
    words = gazetteer.fold(dm.text).replace(".", " ").split()
    if not any(dates.MONTH_NUMBERS.get(w) == month for w in words):
        return value  # "jeudi", "la veille": fixed by the publication date, not by a year named before
    later = _time_later(ctx, sent)
    if later is not None:
        # "En juillet 2023 … Deux mois plus tard, le 13 septembre, …": the year that count gives
        day = int(value.value[8:10])
        fits = [y for y in (later.year - 1, later.year, later.year + 1)
                if (d := dates.safe_date(y, month, day)) is not None and abs((d - later).days) <= _LATER_SLACK_DAYS]
        if fits:
            return DateValue(f"{fits[0]}{value.value[4:]}", value.precision)
    # (before the date itself: "en janvier 2024 : elle est reçue … le 16 janvier")
    here = sent.start_char + dm.start
    named = [(at, y) for at, m, y in _months_named(ctx) if m == month and at < here]
    if named:
        at, year = named[-1]
        # ("… en juillet 2023 … Le 13 septembre 2024 … 2025 accélère encore. Le 12 juillet, …": a
        # chronology that has moved on to a later year since)
        since = [y for y in _YEAR.findall(doc_text(ctx.doc)[at:here]) if y > year]
        year = since[-1] if since else year
        if year != value.value[:4]:
            return DateValue(year + value.value[4:], value.precision)
    return value


_TIME_LATER = re.compile(r"\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|\d{1,2})\s+"
                         r"(mois|semaines?|jours)\s+(?:plus\s+tard|après)\b", re.IGNORECASE)
COUNT_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11}
_SEASON_YEAR = re.compile(r"\b(printemps|été|automne|hiver)\s+(\d{4})\b", re.IGNORECASE)
_SEASON_MONTHS = {"printemps": 4, "été": 7, "automne": 10, "hiver": 1}
_LATER_SLACK_DAYS = 45


def _time_later(ctx, sent) -> datetime.date | None:
    """"Deux mois plus tard", "Sept semaines plus tard": about the day that long after the time
    the article last named with its year before the sentence ("en juillet 2023", "le 26 juillet
    2023", "l'été 2023"), or None when it says no such thing or named none."""
    text = doc_text(ctx.doc)
    m = _TIME_LATER.search(text[sent.start_char:sent.end_char])
    if m is None:
        return None
    named = [(at, datetime.date(int(y), mo, 15)) for at, mo, y in _months_named(ctx) if at < sent.start_char]
    named += [(s.start(), datetime.date(int(s.group(2)), _SEASON_MONTHS[s.group(1).lower()], 15))
              for s in _SEASON_YEAR.finditer(text[:sent.start_char])]
    if not named:
        return None
    start = max(named, key=lambda n: n[0])[1]
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else COUNT_WORDS[word]
    unit = m.group(2).lower()
    if unit == "mois":
        total = start.year * 12 + start.month - 1 + n
        return datetime.date(total // 12, total % 12 + 1, 15)
    return start + datetime.timedelta(days=n * (7 if unit.startswith("semaine") else 1))


TIME_UNITS = {"jour": ("days", 1), "jours": ("days", 1), "semaine": ("days", 7), "semaines": ("days", 7),
              "mois": ("months", 1), "an": ("months", 12), "ans": ("months", 12), "année": ("months", 12),
              "années": ("months", 12)}


def gap_told(ctx, sent, trigger) -> tuple[str, int] | None:
    """("days", 2) for "deux jours plus tard", ("months", -2) for "deux mois plus tôt": a gap the
    sentence counts from the time told before it, before the meeting cue or on its verb, with no
    date of its own after it ("Deux mois plus tard, le 13 septembre, …" is dated by that day)."""
    words = tokens(ctx, sent)
    for k in range(2, len(words) - 1):
        unit, plus, way = words[k - 1], words[k], words[k + 1]
        if plus.lower_ != "plus" or way.lower_ not in ("tard", "tôt") or unit.lower_ not in TIME_UNITS:
            continue
        count = words[k - 2].lower_
        n = COUNT_WORDS.get(count) or (int(count) if count.isdigit() else None)
        if n is None:
            continue
        verb = governing_verb(trigger) if trigger.pos_ not in ("VERB", "AUX") else trigger
        if not (way.i < trigger.i or {way.head.i, unit.head.i} & {trigger.i, getattr(verb, "i", None)}):
            continue
        if any(dm.start >= way.idx + len(way.text) - sent.start_char for dm in _dates_of(ctx, sent)):
            continue
        kind, size = TIME_UNITS[unit.lower_]
        return kind, n * size * (1 if way.lower_ == "tard" else -1)
    return None


def tokens(ctx, span) -> list:
    """The tokens of a sentence or span, made once per article (indexing a Doc builds a new Token
    object each time, and every extractor walks every sentence)."""
    return doc_tokens(ctx.doc)[span.start:span.end]


def sentences(ctx) -> list:
    """The article's sentences, listed once (Doc.sents builds them anew at each call)."""
    if "sents" not in ctx._memo:
        ctx._memo["sents"] = list(ctx.doc.sents)
    return ctx._memo["sents"]


def _dates_of(ctx, sent, narrative=None):
    """The date mentions of a sentence, read once per article."""
    key = ("dates", sent.start, narrative)
    if key not in ctx._memo:
        ctx._memo[key] = dates.find_dates(sent.text, ctx.reference, narrative)
    return ctx._memo[key]


def story_date(ctx, sent) -> DateValue | None:
    """The day the story stands at when `sent` tells an event without a date: the last full date of
    the few sentences before it in its paragraph ("Lavrov est arrivé mercredi à Pyongyang. Il a
    rencontré Kim …")."""
    # "Le même jour, le chef du Kremlin a rencontré X": the day last named, however far back
    told = same_day(sent)
    found = _last_full_date(ctx, sent, same_paragraph=not told, reach=None if told else _STORY_REACH)
    return _in_context_year(ctx, *found) if found else None


_SAME_DAY = re.compile(r"\b(?:le|ce)\s+(?:même\s+jour|jour\s+même|jour-là|jour\s+là)\b", re.IGNORECASE)


def same_day(sent) -> bool:
    """Does the sentence say "le même jour", "le jour même", "ce jour-là"?"""
    return _SAME_DAY.search(sent.text) is not None


_EARLIER_THAT_DAY = re.compile(r"\bplus\s+tôt\s+dans\s+la\s+journée\b(?!\s+(?:de|du|d')\b)"
                               r"|\b(?:quelques|deux|trois|\d+)\s+heures\s+(?:plus\s+tôt|auparavant)\b", re.IGNORECASE)


def earlier_that_day(sent) -> bool:
    """Does the sentence tell what came "plus tôt dans la journée", "quelques heures plus tôt"
    (earlier on the day the story stands at)?"""
    return _EARLIER_THAT_DAY.search(sent.text) is not None


_LATER_THAT_DAY = re.compile(r"\b(?:dans\s+la\s+soirée|en\s+fin\s+de\s+journée|en\s+fin\s+d'après-midi"
                             r"|dans\s+l'après-midi|plus\s+tard\s+dans\s+la\s+journée|ce\s+soir)\b", re.IGNORECASE)
_ANOTHER_DAY = re.compile(r"\b(?:demain|lendemain|surlendemain)\b", re.IGNORECASE)


def later_that_day(sent) -> bool:
    """Does the sentence tell what is to come "dans la soirée", "en fin de journée" (later on the
    day the story stands at, not another day)?"""
    return _LATER_THAT_DAY.search(sent.text) is not None and _ANOTHER_DAY.search(sent.text) is None


def news_day(ctx, sent) -> DateValue | None:
    """The day of an event `sent` tells without any date as the article's news ("Le prince héritier
    a accueilli Vladimir Poutine au palais d'Al-Yamamah"): the day the article was published, a
    guess the merge takes only when no article dates the event. (The last day the article named
    before, tried instead, is too often a day of its background.)"""
    if _dates_of(ctx, sent):
        return None  # "depuis mars 2018", "en 2019": the sentence has its own time, even if not the event's
    return DateValue(ctx.published.isoformat(), "date") if ctx.published else None


def _ahead(ctx, dm, value: DateValue) -> DateValue:
    """"Lula doit se rendre samedi à Abou Dhabi": for an event to come, a bare weekday is the next
    one from the article's day, not the last."""
    words = gazetteer.fold(dm.text).split()
    if (ctx.reference is None or value.precision != "date" or not words
            or not any(w in dates.WEEKDAYS for w in words) or any(w[0].isdigit() for w in words)
            or any(w in dates.MONTHS or w in ("dernier", "derniere", "passe") for w in words)):
        return value
    day = datetime.date.fromisoformat(value.value)
    reference = datetime.date(ctx.reference.year, ctx.reference.month, ctx.reference.day)
    if day < reference:
        day += datetime.timedelta(days=7)
    return DateValue(day.isoformat(), "date")


_SPAN_NOUNS = frozenset({"mois", "debut", "fin", "milieu", "mi", "semaine", "annee", "an", "printemps", "ete",
                         "automne", "hiver", "jour", "journee", "nuit", "matin", "matinee", "soir", "soiree", "date",
                         "courant", "cours", "periode", "veille", "lendemain", "heure", "heures", "aube", "moment",
                         "apres-midi", "week-end"})


def _of_a_thing(tok, anchor) -> bool:
    """"l'armistice de 1953", "le traité de 2000": a year or date that is the "de" complement of a
    noun other than the event itself dates that thing (not "au mois de juillet", "fin de l'année")."""
    if tok.dep_ != "nmod" or case_of(tok).split()[:1] not in (["de"], ["d'"], ["d’"]):
        return False
    head = tok.head
    if head.pos_ != "NOUN" or head.i == anchor.i or time_word(head) or gazetteer.fold(head.text) in _SPAN_NOUNS \
            or gazetteer.fold(head.lemma_) in _SPAN_NOUNS:
        return False
    events = events_cues("meeting_nouns") | events_cues("visit_nouns")
    cur = head
    for _ in range(3):  # ("lors du sommet de juin 2024", "sa visite d'État de mars 2019": the event's own date)
        if cur.lower_ in events or lemma(cur) in events:
            return False
        if cur.dep_ != "nmod" or cur.head.pos_ != "NOUN":
            break
        cur = cur.head
    return True


def _in_other_relative(tok, anchor) -> bool:
    """Is `tok` inside a relative or participial clause that does not hold `anchor` (another
    event's time: "ont signé un accord prévoyant une élection en 2024")?"""
    ancestors = {a.i for a in anchor.ancestors} | {anchor.i}
    cur = tok
    for _ in range(12):
        if cur.i in ancestors or cur.head.i == cur.i:
            return False
        # (past that test, `cur` is neither `anchor` nor one of its heads: `anchor` is outside its clause)
        if (cur.dep_ == "acl:relcl" or (cur.dep_ == "acl" and "Pres" in cur.morph.get("Tense")
                                         and "Part" in cur.morph.get("VerbForm"))
                or (_participle_of_a_thing(cur) and cur.head.i != anchor.i)):
            return True
        if cur.i != tok.i and cur.pos_ == "NOUN" and other_event(cur):
            return True  # "trois semaines après la signature, le 8 août, de …": that event's day
        if _contrast_clause(cur):
            return True  # "ont signé une lettre, alors que l'Indonésie a commandé 42 Rafale en 2022"
        cur = cur.head
    return False


_CONTRAST_MARKS = frozenset({"alors", "tandis", "bien", "même", "quoique", "puisque", "parce"})


def _contrast_clause(tok) -> bool:
    """An adverbial clause with its own subject set against the main one ("alors que", "tandis
    que", "même si", "parce que"): another event, with its own time."""
    return (tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in tok.children)
            and any(c.dep_ in SUBJECT_DEPS for c in tok.children))


def _participle_of_a_thing(tok) -> bool:
    """A past participle describing what is not the clause's subject ("dans le complexe de Kalma,
    inauguré fin juin"): the time of that thing's own event. ("Lavrov, arrivé vendredi, a tenu …"
    describes the subject: the time of his trip, the story's; "un dîner offert mercredi" describes
    the event itself.)"""
    return (tok.dep_ == "acl" and "Past" in tok.morph.get("Tense") and "Part" in tok.morph.get("VerbForm")
            and tok.head.dep_ not in SUBJECT_DEPS)


def _in_parentheses(text: str, at: int) -> bool:
    return text[:at].count("(") > text[:at].count(")")


def date_near(ctx, sent, anchor, skip_since: bool = False, ahead: bool = False) -> DateValue | None:
    """The date expression of `sent` nearest to the token `anchor` ("depuis 2019" skipped when asked;
    a bare weekday the next one when the event is `ahead`)."""
    found = _dates_of(ctx, sent, _story_day(ctx, sent))
    text = doc_text(ctx.doc)[sent.start_char:sent.end_char]  # (Span.text walks the tokens each time)
    # a day given as an aside ("arrivé mercredi peu avant 03h00 (mardi 20h00 en Suisse)") only
    # when the sentence gives no other
    found = [dm for dm in found if not _in_parentheses(text, dm.start)] or found
    best, kept = None, []
    for dm in found:
        start = sent.start_char + dm.start
        before = text[max(0, dm.start - 12): dm.start].lower()
        # "n'était plus venu depuis juillet 2000, lorsqu'il avait été reçu par X": the time of the
        # "lorsque" clause that follows, not a "since"
        then = anchor.idx > start and re.match(r"\s*,?\s*(?:lorsqu|quand)", text[dm.end:].lower()) is not None
        if skip_since and not then and since_between(sent, anchor, start):
            continue
        span = ctx.doc.char_span(start, sent.start_char + dm.end, alignment_mode="expand")
        if skip_since and not then and ("depuis" in before or (span is not None and in_since(span.root, anchor))):
            continue
        if span is not None and not then and _in_other_relative(span.root, anchor):
            continue  # "a atterri à Belgrade le jour anniversaire du bombardement, qui avait tué … en mai 1999"
        if span is not None and _of_a_thing(span.root, anchor):
            continue  # "pour le 70e anniversaire de l'armistice de 1953"
        dist = abs(start - anchor.idx)
        value = _in_context_year(ctx, sent, dm)
        kept.append((dist, _ahead(ctx, dm, value) if ahead else value, dm))
        if best is None or dist < best[0]:
            best = kept[-1]
    if best is None:
        return None
    finer = [k for k in kept if k[1].precision == "date" and best[1].precision != "date"
             and k[1].value.startswith(best[1].value)]
    if finer:  # "en janvier 2024 : elle est reçue au Kremlin … le 16 janvier": the day of that month
        best = min(finer, key=lambda k: k[0])
    first = next((dm for dm in found if dm.end < best[2].start
                  and text[dm.end:best[2].start].strip().lower() in ("et", "puis", "au", "-")), None)
    if first is not None:  # "Vendredi et samedi, X et Y ont mené deux séries d'entretiens": from the first day
        value = _in_context_year(ctx, sent, first)
        best = (best[0], _ahead(ctx, first, value) if ahead else value, first)
    return DateValue(best[1].value, best[1].precision)


def since_month(ctx, sent) -> DateValue | None:
    """"Depuis lundi, Xi Jinping s'est entretenu avec …": talks held between that day and the
    article's; their month when both fall in one, else None."""
    if ctx.published is None:
        return None
    text = doc_text(ctx.doc)[sent.start_char:sent.end_char]
    for dm in _dates_of(ctx, sent):
        if dm.value.precision != "date" or "depuis" not in text[max(0, dm.start - 12):dm.start].lower():
            continue
        day = datetime.date.fromisoformat(dm.value.value)
        if day <= ctx.published and (day.year, day.month) == (ctx.published.year, ctx.published.month):
            return DateValue(day.isoformat()[:7], "gYearMonth")
    return None


_THEN = re.compile(r"^\s*,?\s*(?:puis|et\s+de\s+nouveau|puis\s+de\s+nouveau|et\s+encore)\s*,?\s*$", re.IGNORECASE)


def times_then(ctx, sent, date: DateValue) -> list[tuple]:
    """"reçu par Kim Jong-un en septembre 2024, puis le 21 mars dernier", "revient le 21 mars, puis le
    4 juin et encore le 17 juin, à chaque fois reçu par X": the other dates of the run of dates,
    joined by "puis", "et encore"..., that holds `date` (each another time of the same kind of
    event), in the sentence's order; each with the place named with it, or None ("rencontrés le
    4 mai à Moscou, puis le 8 octobre à Kazan", "en mai à Moscou, ainsi qu'à Kazan en octobre")."""
    found = _dates_of(ctx, sent, _story_day(ctx, sent))
    text = doc_text(ctx.doc)[sent.start_char:sent.end_char]
    runs, last = [], None
    for dm in found:
        between = "" if last is None else re.sub(r"\b(?:le|la|les|en|au|à|début|fin|mi)\b", " ",
                                                  text[last.end:dm.start], flags=re.IGNORECASE)
        joined = last is not None and _THEN.match(between)
        past = None if last is None or joined else _went_on(ctx, sent, last.end, dm.start)
        if joined or past is not None:
            place = _place_of_time(ctx, sent, past, dm) if past is not None else None
            runs[-1].append((_year_of_run(ctx, sent, dm, last, runs[-1][-1][0]), place))
        else:
            runs.append([(_in_context_year(ctx, sent, dm), None)])
        last = dm
    run = next((r for r in runs if any(when == date for when, _ in r)), [])
    return [(when, place) for when, place in run if when != date]


def _year_of_run(ctx, sent, dm, last, before: DateValue) -> DateValue:
    """A time of a run named with no year at all ("le 4 mai 2024, puis le 8 octobre") is in the year
    the time before it names (`last`, read as `before`), or the next one when it would come before
    it ("en décembre 2023, puis en janvier"); "puis en septembre dernier" names its own."""
    value = _in_context_year(ctx, sent, dm)
    if _YEAR.search(dm.text) or _RELATIVE_YEAR.search(dm.text) or not _YEAR.search(last.text):
        return value
    moved = DateValue(before.value[:4] + value.value[4:], value.precision)
    if moved.value[:len(before.value)] < before.value[:len(moved.value)]:
        moved = DateValue(str(int(before.value[:4]) + 1) + value.value[4:], value.precision)
    return moved


_RELATIVE_YEAR = re.compile(r"\b(?:derni|prochain|pass[ée])", re.IGNORECASE)
_GOES_ON = re.compile(r"(?:,\s*|\s)(?:puis|ainsi\s+qu(?:e\b|'|’))", re.IGNORECASE)


def _went_on(ctx, sent, a: int, b: int) -> int | None:
    """Between two dates (offsets in the sentence), another time of the same event after a place
    ("le 4 mai à Moscou, puis le 8 octobre", "en juillet à Vilnius, en marge du sommet, puis en
    septembre", "ainsi qu'à Kazan en octobre"): the offset past "puis" / "ainsi qu'"; None where a
    verb, a person, a clause's end or a long gap comes between."""
    text = doc_text(ctx.doc)[sent.start_char + a:sent.start_char + b]
    goes_on = list(_GOES_ON.finditer(text))
    if len(goes_on) != 1 or len(text.split()) > 14 or any(c in text for c in ";:«»\"()"):
        return None
    span = ctx.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    if any(m.ref.type == "Person" for m in ctx.mentions if sent.start_char + a <= m.start < sent.start_char + b):
        return None
    return a + goes_on[0].end()


def _place_of_time(ctx, sent, start: int, dm):
    """The place named with a time of a run: after its "puis" and before it, or right after it up to
    the next comma."""
    text = doc_text(ctx.doc)[sent.start_char:sent.end_char]
    comma = text.find(",", dm.end)
    stop = len(text) if comma < 0 else comma
    for m in ctx.mentions_in(sent):
        if m.ref.type in ("Place", "Country", "Organization") and (
                sent.start_char + start <= m.start < sent.start_char + dm.start
                or sent.start_char + dm.end <= m.start < sent.start_char + stop):
            if m.ref.type != "Organization" or seat_country(m.ref) is not None:
                return m.ref
    return None


_FUTURE_ENDINGS = ("ra", "ront", "rait", "raient", "rons", "rez")


def _future_form(verb) -> bool:
    """A regular future or conditional the tagger read as another tense ("recevra" as a past):
    the infinitive's stem and a future ending ("recevr-a" from "recevoir", "rencontrer-ont")."""
    text, lem = verb.lower_, lemma(verb)
    if verb.pos_ not in ("VERB", "AUX") or "Part" in verb.morph.get("VerbForm") or not lem.endswith(("r", "re", "oir")):
        return False
    stem = lem[:-3] + "r" if lem.endswith("oir") else lem[:-1] if lem.endswith("re") else lem
    return any(text == stem + e[1:] for e in _FUTURE_ENDINGS)


def is_planned(verb) -> bool:
    """Future, conditional, or under "doit / devrait / va / prévoit de" → planned."""
    chain = [verb]
    if verb.dep_ in ("conj", "advcl") and "Inf" in verb.morph.get("VerbForm") and verb.head.pos_ in ("VERB", "AUX"):
        # "doit prendre part jeudi à une session et s'entretenir avec X", "se rendra lundi à
        # Washington pour rencontrer X": an infinitive joined to another verb, or its purpose,
        # takes its mood (a finite verb has its own)
        chain.append(verb.head)
    if chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    markers = events_cues("planned_markers")
    for v in chain:
        tense = v.morph.get("Tense")
        mood = v.morph.get("Mood")
        if "Fut" in tense or "Cnd" in mood or _future_form(v):
            return True
        if v.i != verb.i and lemma(v) in markers:
            return True
        for c in v.children:
            if c.dep_.startswith("aux") and (lemma(c) in markers or "Fut" in c.morph.get("Tense")
                                             or "Cnd" in c.morph.get("Mood")):
                if lemma(c) in ("avoir", "être") and "Fut" not in c.morph.get("Tense"):
                    continue
                return True
    return False
