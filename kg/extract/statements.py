"""Statements: direct quotations and the speaker they are attributed to.

Quotations in « », “ ” and " " of four words or more (cue data in
kg/data/cues/statements.json). The text is cut into quote-aware segments (a
full stop inside a quotation does not end its sentence); in the segment of a
quotation the attribution is, in this order:

1. the speech verb nearest to the quotation, with its subject written out,
   before or after the verb ("X a estimé que « … »", "« … », a déclaré X",
   "« … », a écrit le média officiel"); prepositional phrases are never the
   speaker ("a déclaré X au dirigeant du Kremlin", "a dit à l'AFP");
2. "selon X" / "d'après X" where X is not an outlet relaying the words;
3. "Pour X, « … »";
4. a speech verb with a pronoun subject ("a-t-il ajouté") or none ("Et de
   préciser :", "ajoutant que") → the last speaker;
5. "selon l'agence X" when nothing else names a speaker;
6. no attribution at all, in the paragraph of an attributed quotation → the
   quotation continues and keeps its speaker.

A subject that describes rather than names ("le dirigeant nord-coréen", "le
média officiel") is resolved to the person holding that title in the article
(see kg.extract.roles) or to the outlet named before. Quotations split around
the verb ("« A », a-t-il dit, « B »") are one statement.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg import cues, gazetteer
from kg.extract.common import (apposed_person, article_roles, doc_text, doc_tokens, is_latter,
                               last_subject_person, of_gender, person_country, token_gender, tokens)
from kg.records import ActorRef, Evidence, Statement

QUOTES = re.compile(r"«\s*(?P<a>[^«»\n]+?)\s*»|“(?P<b>[^“”\n]+?)”|\"(?P<c>[^\"\n]+?)\"")
SPEAKER_TYPES = ("Person", "Organization", "Country")
_DEFINITE = {"le", "la", "l'", "l’"}
_CLAUSE_DEPS = ("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj", "xcomp", "csubj")


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each quotation in `text`, marks excluded from the words."""
    out = []
    for m in QUOTES.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g) is not None)
        out.append((m.start(group), m.end(group), m.group(group).strip()))
    return out


@functools.cache
def _cue(section: str) -> frozenset[str]:
    return frozenset(w.lower() for w in cues.load("statements")[section])


@functools.cache
def _outlet_names() -> frozenset[str]:
    return frozenset(gazetteer.fold(n) for n in cues.load("statements")["outlets"])


@dataclass
class _Quote:
    start: int  # character offsets of the words, marks excluded
    end: int
    words: str
    first: int  # token indices of the opening and closing marks
    last: int
    segment: int = -1


class _Doc:
    """What the attribution needs to know about one document."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.doc = ctx.doc
        self.quotes: list[_Quote] = []
        self.inside: set[int] = set()
        for start, end, words in quotations(doc_text(self.doc)):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            first = span.start - 1 if span.start > 0 and self.doc[span.start - 1].is_punct else span.start
            last = span.end if span.end < len(self.doc) and self.doc[span.end].is_punct else span.end - 1
            self.quotes.append(_Quote(start, end, words, first, last))
            self.inside.update(range(first, last + 1))
        self.segments, self.paragraph_of = self._segments()
        seg_of = {}
        for k, (a, b) in enumerate(self.segments):
            for i in range(a, b):
                seg_of[i] = k
        for q in self.quotes:
            q.segment = seg_of.get(q.first, seg_of.get(q.last, -1))
        self._roles = None

    def _segments(self):
        """Quote-aware sentences: (first token, end token) and their paragraph numbers."""
        doc, out, para, paras = self.doc, [], 0, []
        start = 0
        for tok in tokens(self.ctx, doc[:]):
            newline = "\n" in tok.whitespace_ or "\n" in tok.text
            end_here = newline or (tok.text in (".", "!", "?", "…") and tok.i not in self.inside)
            if end_here or tok.i == len(doc) - 1:
                if tok.i + 1 > start:
                    out.append((start, tok.i + 1))
                    paras.append(para)
                start = tok.i + 1
                if newline:
                    para += 1
        return out, paras

    @property
    def roles(self):
        if self._roles is None:
            self._roles = article_roles(self.ctx)
        return self._roles

    def span(self, k: int):
        a, b = self.segments[k]
        return self.doc[a:b]


# ---------------------------------------------------------------- noun phrases → actors

def _restricted_subtree(tok, inside: set[int]):
    """`tok` and its dependents, without embedded clauses and quotations."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        if t.i in inside:
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS or c.dep_ == "conj" and t.i != tok.i)
    return sorted(out, key=lambda t: t.i)


def _is_definite(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


def is_outlet(ctx, tok) -> bool:
    """Is the actor at `tok` a news outlet or agency ("l'agence KCNA", "Reuters")?"""
    m = ctx.mention_at(tok)
    if m is None:
        return False
    if gazetteer.fold(m.ref.name) in _outlet_names() or gazetteer.fold(m.surface) in _outlet_names():
        return True
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    for t in ctx.doc[max(0, span.start - 3): span.start]:
        if t.lower_ in _cue("outlet_nouns"):
            return True
    return span.root.head.lower_ in _cue("outlet_nouns")


def _described_person(d: _Doc, tok) -> ActorRef | None:
    """"le dirigeant nord-coréen" → the person the article gives that title (and body).

    In order: a holder of the same title (first word) in the same body; a holder of the same full
    title, synonyms included ("le ministre des Affaires étrangères" ~ "le chef de la diplomatie");
    for a head title ("le chef de l'Otan"), whoever holds a title in that body; a person of that
    country with no other title; with no body at all ("le spécialiste de la péninsule"), the
    person last named as a subject: a definite description refers back."""
    from kg.extract import roles as roles_mod
    from kg.extract.common import last_subject_person, person_country
    title = roles_mod.title_word(tok)
    if title is None or not _is_definite(tok) or tok.lower_ != title:
        return None
    bodies = {ref.name for t in _restricted_subtree(tok, d.inside) if t.i != tok.i
              for ref in [d.ctx.actor_at(t)] if ref is not None and ref.type in ("Country", "Organization")}

    text = d.ctx.article.text  # (Doc.text rebuilds the string on each access)
    para_end = text.find("\n", tok.idx)
    if para_end < 0:
        para_end = len(text)

    def latest(cands):
        before = [r for r in cands if r.evidence.start <= tok.idx]
        if before:
            return max(before, key=lambda r: r.evidence.start).person
        # a holder named later only in the same paragraph: the next paragraph is someone else's
        after = [r for r in cands if r.evidence.start < para_end]
        return min(after, key=lambda r: r.evidence.start).person if after else None

    # "le chef du gouvernement indien": a title in India's government is held in India
    body_refs = [ref for t in _restricted_subtree(tok, d.inside) if t.i != tok.i
                 for ref in [d.ctx.actor_at(t)] if ref is not None and ref.type == "Organization" and ref.key]
    countries_of_bodies = {e.country for ref in body_refs for e in [gazetteer.get(ref.key)]
                           if e is not None and e.country}

    def in_bodies(r):
        return r.organization is not None and (r.organization.name in bodies or (
            r.organization.type == "Country" and r.organization.key in countries_of_bodies))

    # the full title first ("le chef de la diplomatie russe" is the foreign minister, not whoever is
    # a "chef" in Russia), then the head word in the same body
    segment_end = max((b for a, b in d.segments if a <= tok.i < b), default=len(d.doc)) - 1
    limit = segment_end
    for i in range(tok.i, segment_end + 1):
        if i in d.inside:
            limit = i - 1
            break
    described = roles_mod.described_title(d.ctx, tok, limit) if limit >= tok.i else None
    if described is not None:
        canon = roles_mod.canonical_title(described[0])
        if canon != roles_mod.canonical_title(title):  # more than the bare head word
            found = latest([r for r in d.roles if roles_mod.canonical_title(r.title) == canon
                            and (not bodies or r.organization is None or in_bodies(r))])
            if found is not None:
                return found
    first = gazetteer.fold(title).split()[:1]
    found = latest([r for r in d.roles if gazetteer.fold(r.title).split()[:1] == first
                    and (not bodies or in_bodies(r))])
    if found is not None:
        return found
    if bodies and title in {w.lower() for w in roles_mod._cue("head_titles")}:
        found = latest([r for r in d.roles if in_bodies(r)])
        if found is not None:
            return found
    if not bodies:
        experts = {w.lower() for w in roles_mod._cue("expert_titles")}
        if title in experts:  # "le spécialiste" → the expert last named
            found = latest([r for r in d.roles if gazetteer.fold(r.title).split()[0] in
                            {gazetteer.fold(w) for w in experts}])
            if found is not None:
                return found
        return last_subject_person(d.ctx, tok.idx)
    countries = {ref.key for t in _restricted_subtree(tok, d.inside) if t.i != tok.i
                 for ref in [d.ctx.actor_at(t)] if ref is not None and ref.type == "Country" and ref.key}
    titled = {r.person for r in d.roles}
    best = last = None
    for m in d.ctx.mentions:
        if m.start >= tok.idx:
            break
        if m.ref.type == "Person" and countries and person_country(d.ctx, m.ref) in countries:
            last = m.ref
            if m.ref not in titled:
                best = m.ref
    # "Le dirigeant vietnamien a affirmé": with no untitled person of that country, the one named last
    return best or last


def _counterpart(d: _Doc, tok) -> ActorRef | None:
    """"« … », lui a répondu son invité", "a déclaré son hôte": of the last two people the three
    sentences before name, the one who is not the last named as a subject."""
    from kg.extract.common import last_subject_person
    if tok.lower_ not in _cue("counterpart_nouns") or not any(
            c.dep_ == "det" and c.lower_ in ("son", "sa") for c in tok.children):
        return None
    start = tok.sent.start
    for _ in range(3):
        if start > 0:
            start = d.doc[start - 1].sent.start
    recent = []
    for m in d.ctx.mentions:
        if m.ref.type != "Person" or not d.doc[start].idx <= m.start < tok.idx:
            continue
        span = d.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span[0].i not in d.inside:
            recent = [r for r in recent if r != m.ref] + [m.ref]
    owner = last_subject_person(d.ctx, tok.idx)
    others = [r for r in recent[-2:] if r != owner]
    return others[-1] if len(recent) >= 2 and len(others) == 1 else None


def _latter(d: _Doc, tok) -> ActorRef | None:
    """"Ce dernier avait vanté …": the person named last before, outside quotations."""
    last = None
    for m in d.ctx.mentions:
        if m.start >= tok.idx:
            break
        span = d.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.ref.type == "Person" and span is not None and span[0].i not in d.inside:
            last = m.ref
    return last


def _described_outlet(d: _Doc, tok) -> ActorRef | None:
    """"le média officiel", "l'agence" → the last outlet named before, preferring one that
    announced or wrote something itself (the subject of a speech verb) over one merely cited."""
    if tok.lower_ not in _cue("outlet_nouns") or not _is_definite(tok):
        return None
    for t in d.doc[tok.i + 1:min(tok.sent.end, tok.i + 4)]:
        ref = d.ctx.actor_at(t)
        if t.i not in d.inside and ref is not None and ref.type == "Organization":
            return ref  # "l'agence officielle KCNA": the outlet the phrase names
        if t.is_punct:
            break
    best = author = None
    for m in d.ctx.mentions:
        if m.start >= tok.idx:
            break
        if m.ref.type == "Organization":
            span = d.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and is_outlet(d.ctx, span[0]):
                best = m.ref
                root = span.root
                while root.dep_ in ("flat:name", "appos", "nmod") and root.head.i != root.i:
                    root = root.head
                if root.dep_.startswith("nsubj") and _is_speech_verb(root.head):
                    author = m.ref
    return author or best


def _said_on(t, top) -> bool:
    """Is `t` in a "sur / dans / via" phrase below `top` ("un conseiller … sur le réseau social X"):
    the medium, not the body the phrase's head belongs to? (A name after a comma is set apart from
    the phrase, whatever the parse hangs it on: "sur Télé Sahel le Premier ministre, X".)"""
    if t.i > 0 and t.doc[t.i - 1].text == ",":
        return False
    cur = t
    while cur.i != top.i and cur.head.i != cur.i:
        if any(c.dep_ == "case" and c.lower_ in ("sur", "dans", "via") for c in cur.children):
            return True
        cur = cur.head
    return False


def np_actor(d: _Doc, tok) -> ActorRef | None:
    """The actor a noun phrase headed by `tok` names: a person first (the head, or a name in
    apposition), else a described person or outlet, else the body (organisation or country)."""
    ctx = d.ctx
    own = ctx.actor_at(tok)
    mention = ctx.mention_at(tok)
    if own is not None and own.type == "Person":
        if getattr(mention, "kind", None) == "description":
            # a description the actor step resolved: the title holder in this article agrees or wins
            return _counterpart(d, tok) or _described_person(d, tok) or own
        return own
    nation = gazetteer.country_of_demonym(tok.text) if tok.text[:1].isupper() and _is_definite(tok) else None
    if nation is not None:
        # "a déclaré le Néerlandais": the person of that country named last, not the country
        people = [m.ref for m in ctx.mentions if m.start < tok.idx and m.ref.type == "Person"
                  and person_country(ctx, m.ref) == nation.key]
        return people[-1] if people else None
    for c in tok.children:
        if c.i in d.inside or c.dep_ not in ("appos", "flat:name", "nmod", "compound", "dep"):
            continue
        if c.dep_ == "nmod" and (any(x.dep_ == "case" for x in c.children) or _in_pp(d, c)):
            continue
        ref = ctx.actor_at(c)
        if ref is not None and ref.type == "Person":
            return ref
    if own is not None and own.type in SPEAKER_TYPES:
        return own
    # "son homologue sud-coréen, Hwang Joon-kook": the name in apposition the parse hung elsewhere
    apposed = apposed_person(ctx, tok) if tok.pos_ == "NOUN" and tok.right_edge.i + 2 not in d.inside else None
    if apposed is not None:
        return apposed
    if is_latter(tok):
        return _latter(d, tok)
    if tok.lower_ in ("intéressé", "intéressée") and _is_definite(tok):
        # "a réagi l'intéressée": the person last named, of that gender
        return last_subject_person(ctx, tok.idx, token_gender(tok))
    described = (_titled_name(d, tok) if _is_definite(tok) else None) or _described_person(d, tok) \
        or _counterpart(d, tok) or _described_outlet(d, tok)
    if described is not None:
        return described
    bodies = [(t, ref) for t in _restricted_subtree(tok, d.inside) for ref in [ctx.actor_at(t)]
              if ref is not None and ref.type in ("Organization", "Country") and not _said_on(t, tok)]
    for t, ref in bodies:
        if t.pos_ != "ADJ":
            return ref
    return bodies[0][1] if bodies else None


# ---------------------------------------------------------------- attribution

@functools.cache
def _verb_forms() -> frozenset[str]:
    """Surface forms of the regular (-er) speech verbs, for tokens the tagger misreads."""
    forms = set()
    for verb in _cue("speech_verbs"):
        if " " in verb or "'" in verb or not verb.endswith("er"):
            continue
        stem = verb[:-2]
        forms.update(stem + end for end in ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient",
                                             "a", "ant", "era", "eront", "èrent"))
    return frozenset(forms)


@functools.cache
def _irregular_stems() -> frozenset[str]:
    """Stems of the -re/-ir speech verbs ("sourire" → "souri"), for an inverted form the tagger
    misreads ("sourit-elle" tagged an adjective)."""
    return frozenset(v[:-2] for v in _cue("speech_verbs")
                     if " " not in v and "'" not in v and not v.endswith("er") and len(v) - 2 >= 3)


_INVERTED = ("-il", "-elle", "-ils", "-elles", "-t", "-t-il", "-t-elle", "-t-ils", "-t-elles")


_NEVER_VERBS = {"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "NUM", "SPACE", "SYM"}


def _is_speech_verb(tok) -> bool:
    if tok.pos_ in _NEVER_VERBS:
        return False  # (most words of an article: no test below can hold)
    verbs, relays = _cue("speech_verbs"), _cue("relay_verbs")
    lemma = tok.lemma_.lower()
    if lemma in relays:
        return False
    toks = doc_tokens(tok.doc)
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
    if nxt is not None and nxt.lower_ in _INVERTED and not tok.is_punct \
            and any(tok.lower_.startswith(st) and len(tok.lower_) - len(st) <= 3 for st in _irregular_stems()):
        return True
    if tok.pos_ == "VERB" and (lemma in verbs or tok.lower_ in verbs):
        return True
    if tok.lower_ in _verb_forms() and tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN", "X"):
        prev = toks[tok.i - 1] if tok.i > 0 else None
        return prev is None or prev.pos_ not in ("DET", "ADP") or prev.lower_ in ("-t", "t")
    return False


def _speech_verbs(d: _Doc, k: int):
    return [t for t in d.span(k) if t.i not in d.inside and _is_speech_verb(t)]


def _distance(tok, q: _Quote) -> int:
    return q.first - tok.i if tok.i < q.first else tok.i - q.last


def _verb_speaker(d: _Doc, verb) -> tuple[str, ActorRef | None]:
    """("explicit", actor or None) | ("pronoun", None) | ("none", None)."""
    pronouns = _cue("subject_pronouns") | _cue("plural_pronouns")
    # (the inversion may be split in three: "estime" "-t" "-il")
    window = [t for t in d.doc[max(0, verb.i - 3): verb.i + 3] if t.i not in d.inside
              and (t.i <= verb.i + 1 or d.doc[t.i - 1].lower_ in ("-t", "t"))]
    if any(t.lower_ in pronouns and t.dep_ in ("nsubj", "expl:subj", "nsubj:pass") for t in window) \
            or any(t.lower_ in ("-t-il", "-t-elle", "-il", "-elle") for t in window):
        return "pronoun", None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in d.inside]
    for c in subjects:
        if c.lower_ in pronouns:
            return "pronoun", None
        if c.lower_ == "qui" and verb.dep_.startswith("acl"):
            return "explicit", np_actor(d, verb.head)
        if c.pos_ == "PRON":
            continue
        return "explicit", np_actor(d, c)
    # "« … », juge Park Ji-hoon, chercheur à l'Institut Asan": the name right after the verb
    nxt = d.doc[verb.i + 1] if verb.i + 1 < len(d.doc) else None
    ref = d.ctx.actor_at(nxt) if nxt is not None and nxt.i not in d.inside else None
    if ref is not None and ref.type == "Person" and not subjects:
        return "explicit", ref
    # an inverted subject parsed as an object: "« … », a écrit le média officiel"
    for c in verb.children:
        if c.dep_ in ("obj", "dep", "appos") and c.i > verb.i and c.i not in d.inside \
                and not any(x.dep_ == "case" for x in c.children):
            ref = np_actor(d, c)
            if ref is not None:
                return "explicit", ref
    ref = _governing_subject(d, verb)
    if ref is None:
        ref = _postverbal_subject(d, verb)
    if ref is None:
        ref = _preverbal_subject(d, verb)
    if ref is not None:
        return "explicit", ref
    return "none", None


def _governing_subject(d: _Doc, verb) -> ActorRef | None:
    """"X a renvoyé la question, ajoutant que « … »", "X a répondu et a ajouté": a participle,
    infinitive or coordinated verb without a subject of its own speaks with its governing verb's."""
    tok, hops = verb, 0
    while tok.dep_ in ("advcl", "xcomp", "conj", "acl") and tok.head.i != tok.i and hops < 4:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in tok.children):
            return None  # "quand il a dit": a clause of its own
        if tok.dep_ == "acl":
            # "X a publié un communiqué dénonçant « … »": a present participle on the object
            noun = tok.head
            if "Part" not in tok.morph.get("VerbForm") or "Pres" not in tok.morph.get("Tense") \
                    or noun.pos_ != "NOUN" or noun.dep_ != "obj" or noun.head.i == noun.i:
                return None
            tok = noun
        tok, hops = tok.head, hops + 1
        if tok.pos_ not in ("VERB", "AUX") or tok.i in d.inside:
            return None
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in d.inside and c.pos_ != "PRON":
                return np_actor(d, c)
    return None


def _ancestor_subject(d: _Doc, verb) -> ActorRef | None:
    """"La diplomatie X n'a jamais caché son hostilité envers ce groupe qu'elle accusait d'être
    « … »": a pronoun in a clause embedded in another refers to that clause's subject."""
    gender = _pronoun_gender(d, verb)
    tok = verb
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in d.inside:
            return None
        if tok.pos_ in ("VERB", "AUX"):
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in d.inside and c.pos_ != "PRON" \
                        and c.i < verb.i:
                    if gender is not None and c.morph.get("Gender") and c.morph.get("Gender") != [gender]:
                        return None  # "La Chine est disposée … « … », a-t-il poursuivi": not her
                    return np_actor(d, c)
    return None


def _in_pp(d: _Doc, tok) -> bool:
    """Does a preposition introduce the noun phrase starting at `tok`?"""
    i = tok.i - 1
    while i >= 0 and (d.doc[i].pos_ == "DET" or d.doc[i].text in ("M.", "Mme", "MM.")):
        i -= 1
    return i >= 0 and d.doc[i].pos_ == "ADP"


def _postverbal_subject(d: _Doc, verb) -> ActorRef | None:
    """"a dit pour sa part M. Poutine": the first actor after the verb that no preposition introduces;
    "a prévenu le secrétaire américain à la Défense, X": a title phrase, then the name in apposition."""
    for t in d.doc[verb.i + 1: min(verb.i + 9, len(d.doc))]:
        if t.i not in d.inside and _is_definite(t) and not _in_pp(d, t):
            ref = _titled_name(d, t)
            if ref is not None:
                return ref
        if t.i in d.inside or t.text in (",", ".", ";", ":", "!", "?") or t.pos_ in ("VERB", "SCONJ") \
                or t.lower_ in _cue("source_markers") or "\n" in t.text:
            break
        ref = d.ctx.actor_at(t)
        if ref is None or ref.type not in SPEAKER_TYPES or t.pos_ == "ADJ":
            continue
        m = d.ctx.mention_at(t)
        first = d.doc.char_span(m.start, m.end, alignment_mode="expand")[0] if m else t
        if _said_on(first, verb):
            continue  # "a réagi sur la télévision publique Télé Sahel X": where it was said, not who said it
        if first.i == t.i and not _in_pp(d, first):
            return np_actor(d, t) or ref
    return None


def _titled_name(d: _Doc, tok) -> ActorRef | None:
    """"le ministre sud-coréen de la Défense, X" (a title phrase headed by `tok`, then a name):
    the person named, else the person the description refers to."""
    from kg.extract import roles as roles_mod
    if roles_mod.title_word(tok) is None:
        return None
    limit = tok.i
    while limit + 1 < len(d.doc) and limit + 1 not in d.inside and d.doc[limit + 1].text not in (".", ";", "!", "?") \
            and "\n" not in d.doc[limit].whitespace_ and limit - tok.i < 16:
        limit += 1
    described = roles_mod.described_title(d.ctx, tok, limit)
    if described is None:
        return None
    j = described[2] + 1
    if j < len(d.doc) and d.doc[j].text != "," and d.ctx.actor_at(d.doc[j]) is None:
        # "le sous-secrétaire au Commerce chargé de l'industrie et de la sécurité, X": the title
        # runs on past what the role grammar reads, up to the comma before the name
        k = j
        while k <= limit and k - j < 10 and d.doc[k].text != "," and d.doc[k].pos_ not in ("AUX", "SCONJ") \
                and not (d.doc[k].pos_ == "VERB" and "Part" not in d.doc[k].morph.get("VerbForm")):
            k += 1
        if k <= limit and d.doc[k].text == ",":
            j = k
    if j < len(d.doc) and d.doc[j].text == ",":
        j += 1
    if j < len(d.doc) and j not in d.inside:
        ref = d.ctx.actor_at(d.doc[j])
        if ref is not None and ref.type == "Person":
            return ref
    return _described_person(d, tok)


def _embedded(tok) -> bool:
    """Is a verb inside a relative clause or a participle modifier ("qui dirige", "devenu")?"""
    return tok.dep_ in ("acl", "acl:relcl", "amod") or (tok.pos_ == "AUX" and tok.head.dep_ in ("acl", "acl:relcl"))


def _misparsed_auxiliary(t, verb) -> bool:
    """"X a une nouvelle fois appelé": the tense auxiliary the parse took for the main verb."""
    return t.lemma_.lower() in ("avoir", "être") and 0 < verb.i - t.i <= 5 \
        and "Part" in verb.morph.get("VerbForm")


def _preverbal_subject(d: _Doc, verb) -> ActorRef | None:
    """"Cheong Seong-chang, chercheur à l'Institut Sejong, a quant à lui dit": when the parse
    gives the verb no subject, the actor that opens its clause."""
    found = []
    i = verb.i - 1
    while i >= 0:
        t = d.doc[i]
        if t.i in d.inside or "\n" in t.text or "\n" in t.whitespace_ or t.text in (".", ";", ":", "!", "?") \
                or t.pos_ == "SCONJ" or t.lower_ in ("que", "qu'", "qu’") \
                or (t.pos_ in ("VERB", "AUX") and t.head.i != verb.i and not _embedded(t)
                    and not _misparsed_auxiliary(t, verb)):
            break
        ref = d.ctx.actor_at(t)
        if ref is not None and ref.type in SPEAKER_TYPES and t.pos_ != "ADJ":
            m = d.ctx.mention_at(t)
            first = d.doc.char_span(m.start, m.end, alignment_mode="expand")[0] if m else t
            if first.i == t.i and not _in_pp(d, t):
                found.append(ref)
        i -= 1
    people = [r for r in found if r.type == "Person"]
    return (people or found or [None])[-1]


def _source_marker(d: _Doc, k: int) -> tuple[ActorRef | None, bool]:
    """"selon X" in segment `k`: (X, is X an outlet)."""
    markers = _cue("source_markers")
    best = (None, False)
    for tok in d.span(k):
        if tok.i in d.inside:
            continue
        pair = (tok.lower_ + d.doc[tok.i + 1].lower_) if tok.i + 1 < len(d.doc) else tok.lower_
        if tok.lower_ not in markers and pair not in markers:
            continue
        head = tok.head if tok.dep_ == "case" and tok.head.i > tok.i else None
        ref = np_actor(d, head) if head is not None and head.i not in d.inside else None
        if ref is None:
            for t in d.doc[tok.i + 1: min(tok.i + 7, len(d.doc))]:
                if t.i in d.inside:
                    break
                ref = d.ctx.actor_at(t)
                if ref is not None:
                    break
        if ref is None or ref.type not in SPEAKER_TYPES:
            continue
        outlet = head is not None and (head.lower_ in _cue("outlet_nouns") or is_outlet(d.ctx, head))
        if not outlet:
            outlet = any(is_outlet(d.ctx, t) for t in d.doc[tok.i + 1: min(tok.i + 7, len(d.doc))]
                         if d.ctx.actor_at(t) == ref)
        if not outlet:
            return ref, False
        best = best if best[0] is not None else (ref, True)
    return best


def _opinion_marker(d: _Doc, k: int) -> ActorRef | None:
    """"Pour X, « … »" at the start of a segment."""
    a, b = d.segments[k]
    if d.doc[a].lower_ not in _cue("opinion_markers"):
        return None
    for t in d.doc[a + 1: min(a + 6, b)]:
        if t.text == ",":
            return None
        ref = d.ctx.actor_at(t)
        if ref is not None and ref.type in SPEAKER_TYPES:
            return ref
    return None


def _person_subjects(d: _Doc) -> list[tuple[int, ActorRef]]:
    """(token index, person) of every person a clause outside quotations has as its subject."""
    out = []
    for tok in doc_tokens(d.doc):
        if tok.dep_ in ("nsubj", "nsubj:pass") and tok.i not in d.inside and tok.pos_ != "PRON":
            ref = np_actor(d, tok)
            if ref is not None and ref.type == "Person":
                out.append((tok.i, ref))
        elif tok.i not in d.inside and _is_speech_verb(tok):
            # the parse may give a speech verb no subject: its speaker still counts
            kind, ref = _verb_speaker(d, tok)
            if kind == "explicit" and ref is not None and ref.type == "Person":
                out.append((tok.i, ref))
    for k, (a, _) in enumerate(d.segments):
        # "Pour X, chercheur à …, la portée reste limitée. « … », sourit-il": X is the topic
        ref = _opinion_marker(d, k)
        if ref is not None and ref.type == "Person":
            out.append((a, ref))
    return sorted(set(out), key=lambda e: e[0])


def _last(events: list[tuple[int, ActorRef]], before: int) -> ActorRef | None:
    best = None
    for i, ref in events:
        if i < before:
            best = ref
    return best


@dataclass
class _Attribution:
    speaker: ActorRef | None
    verb: object = None
    direct: bool = False  # attributed in its own segment (not a continuation)


def extract(ctx) -> list[Statement]:
    d = _Doc(ctx)
    min_words = cues.load("statements")["min_words"]
    persons = _person_subjects(d)
    speakers: list[tuple[int, ActorRef]] = []  # (token index, speaker) of attributed quotations
    attributions: list[_Attribution] = []
    for q in d.quotes:
        attributions.append(_attribute(d, q, persons, speakers, attributions))
        att = attributions[-1]
        if att.speaker is not None and (att.direct or len(q.words.split()) >= min_words):
            # (not a quoted phrase carried over from the last speaker: "Ce dernier a vanté des liens
            # « très étroits »" is the latter's sentence)
            speakers.append((q.first, att.speaker))
    out: list[Statement] = []
    k = 0
    while k < len(d.quotes):
        q, att = d.quotes[k], attributions[k]
        words = q.words
        # "« A », a-t-il dit, « B »": one quotation split around its verb
        while (k + 1 < len(d.quotes) and att.verb is not None and attributions[k + 1].verb is not None
               and attributions[k + 1].verb.i == att.verb.i
               and d.quotes[k + 1].segment == q.segment and q.last < att.verb.i < d.quotes[k + 1].first
               and q.last + 1 < len(d.doc) and d.doc[q.last + 1].text == ","
               and d.quotes[k + 1].first - q.last <= 12):
            k += 1
            words = words + " " + d.quotes[k].words
        k += 1
        if att.speaker is None or len(words.split()) < min_words:
            continue
        if q.segment < 0 or _fragment(d, q, words) or _named_thing(d, q, att):
            continue
        seg = d.span(q.segment)
        evidence = Evidence(article=ctx.article.id, start=seg.start_char, end=seg.end_char,
                            sentence=seg.text.strip())
        out.append(Statement(speaker=att.speaker, quote=words, evidence=evidence))
    return out


_FRAGMENT_WORDS = 7


def _fragment(d: _Doc, q: _Quote, words: str) -> bool:
    """A short capitalised phrase with no verb quoted inside a sentence ("a salué « L'esprit de
    Camp David »", "le « Jour de la victoire »"): the name of a thing, not a statement. A phrase
    that opens its sentence or follows a colon is quoted speech."""
    if len(words.split()) > _FRAGMENT_WORDS or not words[:1].isupper():
        return False
    span = d.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    before = [t for t in d.doc[max(0, q.first - 2):q.first] if not t.is_space]
    return bool(before) and before[-1].text not in (":", ".", "\n") and not d.doc[q.first].is_sent_start


_DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce",
                "cette", "ces"}


def _named_thing(d: _Doc, q: _Quote, att) -> bool:
    """A quotation a determiner opens inside a sentence, with no speech verb of its own ("consacrés,
    selon Moscou, à la mise en œuvre des « accords conclus au plus haut niveau »"): a phrase of
    reported speech, not a statement."""
    before = [t for t in d.doc[max(0, q.first - 2):q.first] if not t.is_space and not t.is_punct]
    return att.verb is None and bool(before) and before[-1].lower_ in _DETERMINERS


def _attribute(d: _Doc, q: _Quote, persons, speakers, previous: list[_Attribution]) -> _Attribution:
    k = q.segment
    if k < 0:
        return _Attribution(None)
    # an infinitive after the quotation ("« … » pour réagir") does not introduce it, unless its verb
    # does ("« … », s'est contenté de déclarer X"); a passive ("la question a été évoquée") says
    # what was said, not who said it
    verbs = sorted((v for v in _speech_verbs(d, k)
                    if not (v.i > q.last and "Inf" in v.morph.get("VerbForm") and not _introduced_by(v, q))
                    and not any(c.dep_ == "aux:pass" for c in v.children)),
                   key=lambda v: (_distance(v, q), v.i))
    verb = verbs[0] if verbs else None
    kind = None
    if verb is not None:
        kind, ref = _verb_speaker(d, verb)
        if kind == "explicit":
            return _Attribution(ref, verb, True)
    source, outlet = _source_marker(d, k)
    if kind == "pronoun" and (source is None or outlet or source.type != "Person"):
        # "« … », a-t-il déclaré, selon le ministère": the body named by "selon" relays the words
        ref = _ancestor_subject(d, verb)
        if ref is None:
            before = verb.i if verb.i < q.first else q.first
            ref = _pronoun_antecedent(d, verb, persons, speakers, before)
        return _Attribution(ref, verb, True)
    if source is not None and not outlet:
        return _Attribution(source, verb, True)
    opinion = _opinion_marker(d, k)
    if opinion is not None:
        return _Attribution(opinion, verb, True)
    if kind == "pronoun":
        before = verb.i if verb.i < q.first else q.first
        ref = _pronoun_antecedent(d, verb, persons, speakers, before)
        return _Attribution(ref, verb, True)
    if kind == "none":
        ref = _last(sorted(speakers), q.first) or _last(persons, q.first)
        return _Attribution(ref, verb, True)
    if source is not None:
        return _Attribution(source, verb, True)
    # a continued quotation: the previous segment of the paragraph held an attributed one
    for j in range(len(d.quotes) - 1, -1, -1):
        pq = d.quotes[j]
        if pq is q or pq.first >= q.first or j >= len(previous):
            continue
        if pq.segment in (k, k - 1) and pq.segment >= 0 and d.paragraph_of[pq.segment] == d.paragraph_of[k]:
            return _Attribution(previous[j].speaker, None, False)
        break
    if k > 0 and d.paragraph_of[k - 1] == d.paragraph_of[k]:
        prev = d.span(k - 1)
        if prev[-1].text == ":":
            pverbs = _speech_verbs(d, k - 1)
            if pverbs:
                pkind, ref = _verb_speaker(d, pverbs[-1])
                if pkind != "explicit":
                    ref = _last(sorted(speakers), q.first) or _last(persons, q.first)
                return _Attribution(ref, None, False)
    return _Attribution(None)


def _introduced_by(inf, q: _Quote) -> bool:
    """"« … », s'est contenté de déclarer X", "a tenu à préciser": an infinitive whose verb
    follows the quotation right after its comma."""
    head = inf.head
    doc = inf.doc
    return (inf.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and q.last < head.i < inf.i
            and head.i - q.last <= 5 and not any(t.is_punct for t in doc[q.last + 2: inf.i]))


def _pronoun_gender(d: _Doc, verb) -> str | None:
    for t in d.doc[max(0, verb.i - 3): verb.i + 3]:
        if t.i in d.inside:
            continue
        low = t.lower_.lstrip("-").removeprefix("t-")
        if low in ("il", "ils"):
            return "Masc"
        if low in ("elle", "elles"):
            return "Fem"
    return None


def _pronoun_antecedent(d: _Doc, verb, persons, speakers, before: int) -> ActorRef | None:
    """"il"/"elle": the last person named as a subject, unless a body is the subject of a later
    clause in the same paragraph with the pronoun's gender ("Le ministère s'est félicité de ces
    décisions. « … », a-t-il indiqué dans un communiqué")."""
    person_at = max([i for i, r in [*persons, *speakers] if i < before and r.type == "Person"], default=-1)
    para = next((d.paragraph_of[k] for k, (a, b) in enumerate(d.segments) if a <= before < b), None)
    gender = _pronoun_gender(d, verb)
    body = None
    for tok in d.doc[person_at + 1: before]:
        if tok.i in d.inside or tok.dep_ not in ("nsubj", "nsubj:pass") or tok.pos_ != "NOUN":
            continue
        if para is None or next((d.paragraph_of[k] for k, (a, b) in enumerate(d.segments) if a <= tok.i < b),
                                None) != para:
            continue
        if gender is None or tok.morph.get("Gender") != [gender]:
            continue
        ref = np_actor(d, tok)
        if ref is not None and ref.type == "Organization":
            body = ref
    found = body or _named_since(d, person_at, before, para) or _last_person(persons, speakers, before, d.doc)
    # "elle" for a man ("Le président X a reçu Mme Y. « … », a-t-elle déclaré"): the last woman named
    return of_gender(d.ctx, found, gender, d.doc[before].idx)


def _named_since(d: _Doc, person_at: int, before: int, para) -> ActorRef | None:
    """"Le Japon a exprimé ses regrets par la voix de son ambassadeur, X. « … », a-t-il déclaré":
    the one person named (not as a subject) in the sentences of the paragraph after the last
    person subject's sentence; None when there are none or several."""
    start = d.doc[person_at].sent.end if person_at >= 0 else 0
    if start >= before:
        return None
    lo, hi = d.doc[start].idx, d.doc[before].idx
    named = []
    for m in d.ctx.mentions:
        if m.ref.type != "Person" or not lo <= m.start < hi:
            continue
        span = d.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span[0].i in d.inside:
            continue
        if para is not None and next((d.paragraph_of[k] for k, (a, b) in enumerate(d.segments)
                                      if a <= span[0].i < b), None) != para:
            continue
        if m.ref not in named:
            named.append(m.ref)
    return named[0] if len(named) == 1 else None


def _last_person(persons, speakers, before: int, doc=None) -> ActorRef | None:
    """The person last named as a subject before `before`; in a sentence whose last such subject
    is that of a clause it reports ("X confirme que Y recevra Z. « … », a-t-il précisé"), the
    subject of the main clause."""
    events = sorted([*persons, *((i, r) for i, r in speakers if r.type == "Person")], key=lambda e: e[0])
    events = [e for e in events if e[0] < before]
    if not events:
        return None
    i, ref = events[-1]
    if doc is not None and _reported(doc[i]):
        sent = doc[i].sent
        main = [r for j, r in events if sent.start <= j < i and not _reported(doc[j])]
        if main:
            return main[-1]
    return ref


def _reported(tok) -> bool:
    """Is `tok` the subject of a clause another verb reports or governs ("que Y recevra")?"""
    return tok.head.dep_ in ("ccomp", "advcl", "acl", "acl:relcl", "xcomp")
