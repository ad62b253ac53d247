"""Roles: a person's title as the text gives it, and the body or country it belongs to.

Three shapes, read on the tokens around each person mention (title words,
portfolios and prepositions are cue data in kg/data/cues/roles.json):

- a title before the name: "le président russe Vladimir Poutine",
  "le porte-parole du Kremlin, Dmitri Peskov", "la ministre japonaise des
  Affaires étrangères, Yoko Kamikawa";
- a title in apposition after it: "Dmitri Peskov, le porte-parole du Kremlin",
  "Cheong Seong-chang, chercheur à l'Institut Sejong", "X, un transfuge devenu
  chercheur qui dirige l'Institut ...";
- an elliptic title that borrows the head of the previous one in the sentence:
  "Les ministres russes de la Défense, A, et des Affaires étrangères, B, ainsi
  que celui de l'Industrie, C".

A demonym gives the country ("ministre russe" → Russie); a complement naming an
organisation or a country gives the body ("du Kremlin", "à l'Institut Sejong");
a complement naming a portfolio ("de la Défense") stays in the title.
"""
from __future__ import annotations

import functools

from kg import cues, gazetteer
from kg.records import ActorRef, Role

_MAX_TITLE_TOKENS = 14
_BODY_TYPES = ("Organization", "Country")


@functools.cache
def _cue(section: str):
    return cues.load("roles")[section]


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in _cue("titles"))


@functools.cache
def _portfolios() -> dict[str, str]:
    return {_loose(p): p for p in _cue("portfolios")}


def _loose(text: str) -> str:
    """Folded, without articles, each word without its plural s: "des Affaire étrangères" ~ "Affaires étrangères"."""
    words = [w for w in gazetteer.fold(text).split() if w not in ("de", "la", "le", "les", "l", "des", "du", "d", "et")]
    return " ".join(w[:-1] if w.endswith(("s", "x")) and len(w) > 3 else w for w in words)


def title_word(tok) -> str | None:
    """The singular title a token names ("ministres" → "ministre"), or None."""
    low = tok.lower_
    if low == "garde":  # "le garde des Sceaux", never "la garde d'honneur"
        nxt = tok.doc[tok.i + 1: tok.i + 3]
        return "garde" if [t.lower_ for t in nxt] == ["des", "sceaux"] else None
    if low in _titles():
        return low
    plural = _cue("title_plurals").get(low)
    if plural:
        return plural
    prefix, _, rest = low.partition("-")
    if rest and prefix in ("vice", "sous", "co") and (rest in _titles() or rest in _cue("title_plurals")):
        return low  # "vice-directrice", "sous-secrétaire", "co-présidente"
    return None


def canonical_title(title: str) -> str:
    """A title folded, without articles, its synonyms mapped to one form:
    "chef de la diplomatie" ~ "ministre des Affaires étrangères"."""
    loose = _loose(title)
    synonyms = {_loose(k): _loose(v) for k, v in _cue("title_synonyms").items()}
    return synonyms.get(loose, loose)


def described_title(ctx, tok, limit: int) -> tuple[str, ActorRef | None, int] | None:
    """A title phrase headed by `tok` ("le ministre sud-coréen des Affaires étrangères"):
    (its title text, its body or country, index of its last token), or None."""
    t = _parse(ctx, ctx.doc, tok.i, limit)
    if t is None:
        return None
    title, body = _title_and_body(ctx, t)
    return title, body, t.end


def _demonym_country(ctx, tok) -> ActorRef | None:
    if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    country = gazetteer.country_of_demonym(tok.text)
    if country is None:
        return None
    ref = ctx.actor_at(tok)
    if ref is not None and ref.type == "Country":
        return ref
    return ActorRef(country.label, "Country", country.key)


def _is_person(ctx, tok) -> bool:
    ref = ctx.actor_at(tok)
    return ref is not None and ref.type == "Person"


def _stop(tok) -> bool:
    return "\n" in tok.text or tok.text in ("«", "»", "\"", "“", "”")


class _Title:
    """A parsed title phrase: head words, modifiers, complements."""

    def __init__(self):
        self.head: list = []  # tokens of the title words
        self.head_text: list[str] = []  # their singular forms
        self.mods: list = []  # adjectives after the head (demonyms excluded)
        self.country: ActorRef | None = None  # from a demonym
        self.demonyms: list = []  # their tokens
        self.comps: list[tuple[object, list]] = []  # (preposition token, tokens)
        self.end = None  # index of the last token consumed


def _parse(ctx, doc, h: int, limit: int) -> _Title | None:
    """Parse a title phrase starting at token `h`, not past token `limit` (inclusive)."""
    preps = _cue("title_preps")
    followers = _cue("title_followers")
    t = _Title()
    i = h
    while i <= limit and (title_word(doc[i]) or (t.head and doc[i].lower_ in followers)) and not t.comps:
        if _is_person(ctx, doc[i]) or _stop(doc[i]):
            break
        if doc[i].pos_ == "VERB" and i > 0 and doc[i - 1].pos_ == "AUX":
            break  # "l'Iran a envoyé à Kazan son président": a verb, not "un envoyé"
        t.head.append(doc[i])
        t.head_text.append(title_word(doc[i]) or doc[i].lower_)
        i += 1
        if i + 1 <= limit and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
                and title_word(doc[i + 1]):
            # "enseignant-chercheur": one title the tokenizer cut at its hyphen
            t.head += [doc[i], doc[i + 1]]
            t.head_text[-1] += "-" + title_word(doc[i + 1])
            i += 2
    if not t.head:
        return None
    if len(t.head) == 1 and t.head_text[0] in _cue("not_titles_alone"):
        return None
    while i <= limit:
        tok = doc[i]
        if _stop(tok) or _is_person(ctx, tok):
            break
        country = _demonym_country(ctx, tok)
        ref = ctx.actor_at(tok)
        if tok.lower_ in preps and (ref is None or ref.type == "Person"):
            t.comps.append((tok, []))
        elif country is not None and (not t.comps or t.comps[-1][1]):
            t.country = t.country or country
            t.demonyms.append(tok)
        elif tok.lower_ == "et" and t.comps and i + 1 <= limit and doc[i + 1].lower_ in preps:
            t.comps[-1][1].append(tok)
        elif t.comps and (tok.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "X", "NUM") or ref is not None
                          or (tok.text in ("-", "'", "’") and not tok.whitespace_)):
            t.comps[-1][1].append(tok)
        elif not t.comps and (tok.pos_ == "ADJ" or tok.lower_ in ("chargé", "chargée")):
            t.mods.append(tok)  # "le ministre russe chargé du Développement de l'Extrême-Orient"
        else:
            break
        t.end = i
        i += 1
    # a trailing preposition with nothing after it is not part of the title
    while t.comps and not t.comps[-1][1]:
        t.comps.pop()
    t.end = max([h + len(t.head) - 1, *(x.i for x in t.mods), *(x.i for x in t.demonyms),
                 *(tok.i for _, toks in t.comps for tok in toks)])
    return t


def _common_noun_body(ctx, tok) -> bool:
    """Is the body at `tok` named by a common noun and a demonym ("la diplomatie sud-coréenne",
    "l'armée russe")? Then the noun belongs to the title and the demonym gives the country."""
    m = ctx.mention_at(tok)
    if m is None or not m.surface[:1].islower():
        return False
    return any(gazetteer.country_of_demonym(w) is not None for w in m.surface.split()[1:])


def _comp_body(ctx, toks) -> ActorRef | None:
    for tok in toks:
        ref = ctx.actor_at(tok)
        if ref is not None and ref.type in _BODY_TYPES:
            if _common_noun_body(ctx, tok):
                continue
            span_text = " ".join(x.text for x in toks if x.pos_ != "DET")
            if _loose(span_text) in _portfolios():
                return None
            return ref
    return None


def _where_or_why(ctx, prep, toks) -> bool:
    """A complement that says where or why ("au palais des congrès de Kumsusan", "pour un
    entretien"), not which portfolio or body ("au Trésor", "à la Sécurité nationale")."""
    if prep.lower_ == "pour" and not any(t.text[:1].isupper() for t in toks):
        return True
    if prep.lower_ not in ("à", "au", "aux", "dans", "en"):
        return False
    head = next((t for t in toks if t.pos_ not in ("DET", "ADP")), None)
    return head is not None and (head.lower_ in cues.words("events", "visit_sites") or any(
        (r := ctx.actor_at(t)) is not None and r.type == "Place" for t in toks))


def _text(tokens) -> str:
    out = ""
    for k, tok in enumerate(tokens):
        out += tok.text
        if k < len(tokens) - 1:
            out += tok.whitespace_ or ("" if tok.text.endswith(("'", "’")) else " ")
    return out.strip()


def _title_and_body(ctx, t: _Title) -> tuple[str, ActorRef | None]:
    """The title text and the body it belongs to."""
    affiliation = _cue("affiliation_preps")
    words = [" ".join(t.head_text)] + [m.text for m in t.mods]
    body_de = body_at = None
    for prep, toks in t.comps:
        body = _comp_body(ctx, toks)
        if body is not None:
            if prep.lower_ in affiliation:
                body_at = body_at or body
            else:
                if body_de is None and body.type == "Organization" and body_at is None:
                    # "président du Conseil européen", "président de la Chambre des communes":
                    # the body a title presides over is part of the title as the press writes it
                    words.append(_text([prep, *toks]))
                body_de = body_de or body
            continue
        if body_de is not None or body_at is not None:
            continue  # what follows the body ("de Séoul") is not part of the title
        kept = [x for x in toks if _demonym_country(ctx, x) is None]
        if not kept:
            continue
        canonical = _portfolios().get(_loose(_text(kept)))
        if canonical is None and _where_or_why(ctx, prep, kept):
            break  # "ministre au palais des congrès", "pour un entretien": where or why, not the title
        if canonical is not None:
            dets = [x for x in kept if x.pos_ == "DET" and x.i == kept[0].i]
            lead = _text([prep, *dets]) if dets else prep.text
            glue = "" if lead.endswith(("'", "’")) else " "
            words.append(lead + glue + canonical)
        else:
            words.append(_text([prep, *kept]))
    for _, toks in t.comps:
        for tok in toks:
            country = _demonym_country(ctx, tok)
            if country is not None:
                t.country = t.country or country
    return " ".join(words).strip(), body_at or body_de or t.country


def _title_before(ctx, doc, s: int, sent_start: int):
    """A title phrase ending right before the name at token `s` (a comma may separate them)."""
    end = s - 1
    if end >= sent_start and doc[end].text in _cue("honorifics"):
        end -= 1  # "la ministre des Affaires étrangères, Mme Yassine Fall"
    if end >= sent_start and doc[end].text == ",":
        end -= 1
    if end < sent_start:
        return None
    lo = max(sent_start, end - _MAX_TITLE_TOKENS)
    # a title cannot run over a quotation mark or another name: start after the last one
    blocked = max((k for k in range(lo, end + 1) if _stop(doc[k]) or _is_person(ctx, doc[k])), default=lo - 1)
    for h in range(blocked + 1, end + 1):
        if not title_word(doc[h]):
            continue
        if h >= 2 and doc[h - 1].text == "," and doc[h - 2].text in ("»", "\"", "”"):
            continue  # "« … », juge Park Ji-hoon": the speech verb after a quotation, not the title
        t = _parse(ctx, doc, h, end)
        if t is not None and t.end == end:
            if end < s - 1 and _in_prepositional_phrase(doc, h) and not _apposition_closed(ctx, doc, s):
                # "Face au dirigeant nord-coréen, Vladimir Poutine a trinqué": the name is not in apposition
                return None
            if h > sent_start and doc[h - 1].lower_ in _cue("title_premodifiers"):
                # "l'ancien président", "la haute représentante": the text's title keeps its qualifier
                t.head_text = [doc[h - 1].lower_] + t.head_text
            return t
    return None


def _in_prepositional_phrase(doc, h: int) -> bool:
    i = h - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP"


def _apposition_closed(ctx, doc, s: int) -> bool:
    """Is the name starting at token `s` followed by the end of an apposition (",", ".", ")")?"""
    i = s
    m = ctx.mention_at(doc[s])
    if m is not None:  # "Apollinaire Joachim Kyélem de Tambèla, et …": the whole name, particles included
        while i < len(doc) and doc[i].idx < m.end:
            i += 1
        if i > s and i < len(doc) and doc[i].text in (",", ".", ")", ";", "!", "?"):
            return True
        if i > s and i + 1 < len(doc) and doc[i].lower_ == "et" and _is_person(ctx, doc[i + 1]):
            return _apposition_closed(ctx, doc, i + 1)  # "leurs ministres des Affaires étrangères, A et B."
        i = s
    while i < len(doc) and not doc[i].is_punct and doc[i].pos_ in ("PROPN", "NOUN", "X") and i - s < 5:
        i += 1
    return i >= len(doc) or doc[i].text in (",", ".", ")", ";", "!", "?") or "\n" in doc[i - 1].whitespace_


def _elliptic_before(ctx, doc, s: int, sent_start: int):
    """", et des Affaires étrangères, B" / "celui de l'Industrie, C": complements with no head."""
    preps = _cue("title_preps")
    end = s - 1
    if end >= sent_start and doc[end].text == ",":
        end -= 1
    i = end
    while i >= sent_start and end - i < _MAX_TITLE_TOKENS:
        tok = doc[i]
        if _stop(tok) or _is_person(ctx, tok) or tok.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ", "PRON", "SCONJ"):
            break
        i -= 1
    first = i + 1
    if first > end or doc[first].lower_ not in preps or i < sent_start:
        return None
    before = doc[i]
    if before.lower_ not in ("et", ",") and before.lower_ not in _cue("elliptic_pronouns"):
        return None
    return first, end


def _counterpart_before(doc, s: int, sent_start: int) -> bool:
    """"… (et|avec) son homologue (chinois) B": the name at token `s` is another's counterpart."""
    toks = [t.lower_ for t in doc[max(sent_start, s - 4):s]]
    if "homologue" not in toks:
        return False
    k = toks.index("homologue")
    return k >= 1 and toks[k - 1] in ("son", "sa", "leur") and all(
        t in (",", "-") or gazetteer.country_of_demonym(t) is not None for t in toks[k + 1:])


def _title_after(ctx, doc, e: int, sent_end: int) -> list[_Title]:
    """"NAME, (un|le) titre ... [devenu titre ...] [qui dirige ORG]": the titles in apposition."""
    if e >= sent_end or doc[e].text != ",":
        return []
    i = e + 1
    if i < sent_end and doc[i].pos_ == "DET":
        i += 1
    out = []
    limit = min(sent_end - 1, e + 1 + _MAX_TITLE_TOKENS)
    while i <= limit and doc[i].lower_ in _cue("title_adverbs"):
        i += 1  # "Denis Manturov, également ministre de l'Industrie"
    while True:
        pre = []  # "un ancien diplomate", "l'actuel porte-parole"
        while i <= limit and doc[i].pos_ == "ADJ" and not title_word(doc[i]) and len(pre) < 2 \
                and _demonym_country(ctx, doc[i]) is None:
            pre.append(doc[i])
            i += 1
        if not (i <= limit and title_word(doc[i])):
            break
        t = _parse(ctx, doc, i, limit)
        if t is None:
            break
        nxt = t.end + 2 if t.end + 1 < len(doc) and doc[t.end + 1].text == "," else t.end + 1
        if nxt < len(doc) and _is_person(ctx, doc[nxt]):
            break  # "A, le président français B, …", "A, le ministre de la Défense, B": the title is B's
        t.head_text = [x.lower_ for x in pre] + t.head_text
        out.append(t)
        i = t.end + 1
        if i <= limit and doc[i].lemma_.lower() in _cue("chain_verbs"):
            i += 1
            if i <= limit and doc[i].pos_ == "DET":
                i += 1
            continue
        break
    if out and i <= limit and doc[i].lower_ == "qui" and i + 1 <= limit \
            and doc[i + 1].lemma_.lower() in _cue("lead_verbs"):
        for tok in doc[i + 2: min(i + 8, sent_end)]:
            ref = ctx.actor_at(tok)
            if ref is not None and ref.type in _BODY_TYPES:
                out[-1].led = ref
                break
    return out


def extract(ctx) -> list[Role]:
    doc = ctx.doc
    found: list[Role] = []
    seen_person_spans = set()
    last_in_sent: dict[int, tuple[str, ActorRef | None]] = {}
    for m in ctx.mentions:
        if m.ref.type != "Person":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or (span.start, span.end) in seen_person_spans:
            continue
        seen_person_spans.add((span.start, span.end))
        sent = span.sent
        evidence = ctx.evidence(span)
        roles_here: list[tuple[str, ActorRef | None]] = []
        t = plural = _title_before(ctx, doc, span.start, sent.start)
        if t is not None:
            roles_here.append(_title_and_body(ctx, t))
            head = " ".join(t.head_text)
            last_in_sent[sent.start] = (head, roles_here[-1][1], roles_here[-1][0])
        elif _counterpart_before(doc, span.start, sent.start):
            # "la ministre nord-coréenne des Affaires étrangères A et son homologue chinois B": the
            # same title, in the demonym's country; with no title before it, "homologue" is the title
            full = last_in_sent[sent.start][2] if sent.start in last_in_sent else "homologue"
            country = next((c for c in (_demonym_country(ctx, x) for x in doc[max(sent.start, span.start - 2):span.start])
                            if c is not None), None)
            roles_here.append((full, country))
        else:
            ell = _elliptic_before(ctx, doc, span.start, sent.start)
            if ell is not None and sent.start in last_in_sent:
                head, body, _ = last_in_sent[sent.start]
                toks = list(doc[ell[0]: ell[1] + 1])
                t = _Title()
                t.head_text = [head]
                t.comps = [(toks[0], toks[1:])]
                title, own = _title_and_body(ctx, t)
                roles_here.append((title, own or body))
        for t in _title_after(ctx, doc, span.end, sent.end):
            title, body = _title_and_body(ctx, t)
            led = getattr(t, "led", None)
            roles_here.append((title, led or body))
        for title, body in roles_here:
            if title:
                found.append(Role(person=m.ref, title=title, organization=body, evidence=evidence))
        if plural is not None and roles_here[0][0] and any(x.lower_ in _cue("title_plurals") for x in plural.head):
            # "les Premiers ministres A et B": a plural title is each one's
            for other in _coordinated_people(ctx, span):
                found.append(Role(person=other, title=roles_here[0][0], organization=None, evidence=evidence))
    found.extend(_description_roles(ctx))
    return _dedupe(found)


def _coordinated_people(ctx, span) -> list[ActorRef]:
    """The people named right after `span` in a list ("A, B et C")."""
    doc, out, i = ctx.doc, [], span.end
    while i + 1 < len(doc) and doc[i].lower_ in (",", "et"):
        ref = ctx.actor_at(doc[i + 1])
        if ref is None or ref.type != "Person":
            break
        out.append(ref)
        i += 1
        while i < len(doc) and ctx.actor_at(doc[i]) == ref:
            i += 1
    return out


def _description_roles(ctx) -> list[Role]:
    """"le dirigeant nord-coréen", "a souligné le ministre russe": a definite title phrase the actor
    step resolved to its person is a title the text gives that person, when it names a body or
    country (a bare "le dirigeant" says too little)."""
    doc, out = ctx.doc, []
    for m in ctx.mentions:
        if m.ref.type != "Person" or getattr(m, "kind", "name") != "description":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not title_word(span[0]):
            continue
        head = span[0]
        if not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in head.children):
            continue
        sent = span.sent
        masked = _Masked(ctx, range(span.start, span.end))  # the description is the title, not a name
        t = _parse(masked, doc, head.i, sent.end - 1)
        if t is None or any(w in _cue("title_plurals") for w in (x.lower_ for x in t.head)):
            continue
        if head.i > sent.start and doc[head.i - 1].lower_ in _cue("title_premodifiers"):
            t.head_text = [doc[head.i - 1].lower_] + t.head_text  # "l'ancien ministre russe de la Défense"
        title, body = _title_and_body(masked, t)
        if title and body is not None:
            out.append(Role(person=m.ref, title=title, organization=body, evidence=ctx.evidence(span)))
    return out


def _dedupe(roles: list[Role]) -> list[Role]:
    """One role per (person, title, body); a title without body is dropped when the same
    person holds it with a body in the article."""
    with_body = {(r.person, gazetteer.fold(r.title)) for r in roles if r.organization is not None}
    words = {(r.person, r.organization): [] for r in roles}
    for r in roles:
        words[(r.person, r.organization)].append(set(gazetteer.fold(r.title).split()))
    seen, out = set(), []
    for r in roles:
        key = (r.person, gazetteer.fold(r.title), r.organization)
        if key in seen:
            continue
        mine = set(gazetteer.fold(r.title).split())
        if any(mine < other for other in words[(r.person, r.organization)]):
            continue  # "le ministre russe" beside "le ministre russe de la Défense": the fuller title
        if r.organization is None and (r.person, gazetteer.fold(r.title)) in with_body:
            continue
        seen.add(key)
        out.append(r)
    return out


class _Masked:
    """A context that does not see the actor mention on some tokens."""

    def __init__(self, ctx, indices):
        self._ctx, self._masked = ctx, set(indices)

    def actor_at(self, tok):
        return None if tok.i in self._masked else self._ctx.actor_at(tok)

    def mention_at(self, tok):
        return None if tok.i in self._masked else self._ctx.mention_at(tok)
