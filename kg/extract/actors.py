"""Actors: spaCy's entities repaired and completed by rules and the gazetteer.

The steps, each a small pure function of the parsed document:

1. *Page furniture* is set aside: "Lire aussi…" teasers, photo credits,
   English captions, wire-agency tags ("PUBLICATIONxINxGER…").
2. *Candidates* come from three sources: the gazetteer's names found in the
   text (also lower-case institutions: "les chefs d'état-major interarmées",
   "la diplomatie chinoise"); spaCy's entities, repaired (honorifics and
   titles stripped, over-long organisation names cut, truncated ones
   completed: "Conseil" → "Conseil de sécurité"); and patterns NER misses
   (Korean names, "l'agence X"). The longest wins where they overlap.
3. *Types and identity*: the gazetteer types what it knows ("Washington"
   tagged PER is a capital); a capital used politically is its country
   ("Moscou a nié", "les mises en garde de Washington"), and the city where it
   is a location ("à Pyongyang", "l'université Kookmin de Séoul"); demonyms
   give countries ("le ministre russe").
4. *Coreference inside the article*: a lone surname takes the full name
   introduced in the article ("M. Peskov"); descriptions ("le dirigeant
   nord-coréen", "le chef du Kremlin", "le média officiel") become mentions
   of the actor the article introduced with that title
   ("le président russe Vladimir Poutine"), so that the other extractors can
   read them with `ctx.actor_at`.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass

from kg import cues, gazetteer, nlp
from kg.extract import actor_model
from kg.extract.common import doc_tokens
from kg.records import ActorRef, Mention

NER_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
_TRIM = " \t\n,;:.!?«»\"“”()[]'’-–—"
_MAX_NAME_TOKENS = 12
# "aussiKim": furniture glued to a name (a word that starts lower-case); "JoongAng", "YouTube" are names
_GLUED = re.compile(r"(?<![A-Za-zÀ-ÿ])[a-zà-ÿ]{2,}[A-ZÀ-Þ]")
_WIRE_TAG = re.compile(r"[A-Z]{2,}x[A-Z]{2,}x")  # "PUBLICATIONxINxGERxSUIxAUTxHUNxONLY"
_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.){1,3}[A-ZÀ-Þ]?\.?$|^[A-ZÀ-Þ]\.?-?[A-ZÀ-Þ]\.$")
_WORDS = re.compile(r"[^\s'’\-]+")
_INITIAL = re.compile(r"[A-Z]\.?")  # "la Lady R." at a sentence's end: the tokenizer keeps the period
_DESIGNATION = re.compile(r"^[A-Za-zÀ-ÿ]{1,8}\s?-\s?\d+[A-Za-z0-9]*$")  # "Su-57", "Geran-25": a model, not an actor
_CENTURY = re.compile(r"^[IVXLC]+(?:e|er|ème)$")  # "XXIe (siècle)"


def _cue(section: str) -> frozenset[str]:
    return cues.words("actors", section)


@dataclass(frozen=True)
class _Cand:
    start: int  # token bounds
    end: int
    ref: ActorRef
    rank: int  # 3 named after a company noun, 2 gazetteer name, 1 repaired entity or pattern
    ner: str | None = None  # the recogniser's label of an entity ("PER", "MISC"...), "PATTERN"


# ------------------------------------------------------------ page furniture

def _is_english(words: list[str]) -> bool:
    english, french = _cue("english_words"), _cue("french_words")
    low = [w.lower() for w in words]
    en = sum(w in english for w in low)
    fr = sum(w in french for w in low)
    return en >= 2 and en > 2 * fr


def _starts_with_words(text: str, prefix: str) -> bool:
    """"le direct" opens "Le direct de la rédaction" and "Lire aussiKim Jong-un …" (a link glued to
    its label), not "Le directeur général de l'AIEA"."""
    if not text.lower().startswith(prefix):
        return False
    nxt = text[len(prefix):len(prefix) + 1]
    return not (nxt.islower() or nxt.isdigit())


def furniture_tokens(doc) -> set[int]:
    """Indices of the tokens on lines that are page furniture rather than running text."""
    prefixes = _cue("furniture_prefixes")
    out: set[int] = set()
    line: list = []

    def flush():
        if not line:
            return
        text = "".join(t.text_with_ws for t in line).strip()
        low = text.lower()
        words = re.findall(r"[A-Za-zÀ-ÿ’']+", text)
        segments = [g for g in re.split(r"\s+[-–>|»/]\s+", text) if g.strip()]
        rubric = (len(segments) >= 2 and all(len(g.split()) <= 3 for g in segments)
                  and not re.search(r"[.!?«»\"]", text))  # "AFP - Monde - Asie", "Monde > Europe"
        masthead = 0 < len(words) <= 3 and text.isupper() and not re.search(r"[.!?]", text)  # "L'EXPRESS"
        if (rubric or masthead or any(_starts_with_words(text, p) for p in prefixes) or _WIRE_TAG.search(text)
                or (re.match(r"^(?:par|by)\s+[A-ZÀ-Þ]", text, re.I) and len(words) <= 6)
                or "imago" in low or "getty images" in low or (len(words) >= 4 and _is_english(words))):
            out.update(t.i for t in line)
        line.clear()

    for tok in doc_tokens(doc):
        if "\n" in tok.text:
            flush()
            continue
        line.append(tok)
        if "\n" in tok.whitespace_:
            flush()
    flush()
    return out


# ------------------------------------------------------------ gazetteer names in the text

@gazetteer.derived
def _name_index() -> tuple[dict[str, tuple[tuple[str, gazetteer.Entry], ...]], frozenset[str]]:
    """Folded gazetteer name → its (name, entry) pairs; and every leading part of a folded name
    ("coree", "coree du", "coree du nord"), so that a scan stops as soon as no name can follow."""
    index: dict[str, list] = {}
    prefixes = set()
    for entry in gazetteer.entries():
        for name in (entry.label, *entry.names):
            key = gazetteer.fold(name)
            if not key:
                continue
            words = key.split()
            prefixes.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
            bucket = index.setdefault(key, [])
            if all(n != name or e.key != entry.key for n, e in bucket):
                bucket.append((name, entry))
    return {k: tuple(v) for k, v in index.items()}, frozenset(prefixes)


_ARABIC_ARTICLES = frozenset({"al", "el"})


def _case_agrees(name: str, surface: str) -> bool:
    """Does the surface write the name's capitals as capitals ("Le Point" is not "le point")?"""
    if len(name) >= 2 and name.isupper():
        return surface.isupper()
    nw, sw = _WORDS.findall(name), _WORDS.findall(surface)
    if name[:1].islower() and len(nw) == len(sw) and surface[:1].islower():
        # a lower-case institution: its portfolio may go either way ("ministère russe de la défense")
        return True
    if len(nw) != len(sw):
        return name[:1].isupper() == surface[:1].isupper() or name[:1].islower()
    for i, (n, s) in enumerate(zip(nw, sw)):
        if i > 0 and n.lower() in _ARABIC_ARTICLES and s.lower() == n.lower():
            continue  # "Tamim ben Hamad al-Thani" for "… Al Thani"
        if n[:1].isupper() and not s[:1].isupper() and not (
                i >= 2 and nw[i - 1].lower() in ("du", "de", "des", "la") and nw[0][:1].isupper()):
            return False  # (but "Grand Palais du peuple": a late complement's capital may go either way)
        if i > 0 and n[:1].islower() and s[:1].isupper() and s.lower() not in ("du", "de", "des"):
            return False
    return True


def _folded_tokens(doc) -> list[str]:
    return [gazetteer.fold(t.text) if not t.is_space else "" for t in doc_tokens(doc)]


def gazetteer_spans(doc, folded=None, skip=frozenset()):
    """Every (start, end, entry) where the text writes a gazetteer name, longest first at each start."""
    index, prefixes = _name_index()
    folded = folded if folded is not None else _folded_tokens(doc)
    out = []
    n = len(doc)
    punct = [t.is_punct for t in doc_tokens(doc)]
    breaks = ["\n" in t.text for t in doc_tokens(doc)]
    for i in range(n):
        if i in skip or not folded[i] or punct[i]:
            continue
        parts = []
        best = None
        for j in range(i, min(n, i + _MAX_NAME_TOKENS)):
            if j in skip or breaks[j]:
                break
            if folded[j]:
                parts.append(folded[j])
            key = " ".join(parts)
            if key not in prefixes:
                break
            found = index.get(key)
            if found and not punct[j]:
                surface = doc[i:j + 1].text
                for name, entry in found:
                    if _case_agrees(name, surface):
                        best = (i, j + 1, entry)
                        break
        if best is not None and not (best[2].type == "Place" and not best[2].country
                                     and _part_of_compound(doc, best[0], best[1])) \
                and not _adjective_use(doc, best[0], best[1]):
            out.append(best)
    return out


def _part_of_compound(doc, start: int, end: int) -> bool:
    """Is the name glued by a hyphen to a capitalised word ("Asie-Pacifique" is not "Pacifique")?"""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if (before is not None and before.text in "-‐" and not before.whitespace_ and start >= 2
            and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper()):
        return True
    return bool(after is not None and after.text in "-‐" and not doc[end - 1].whitespace_ and not after.whitespace_
                and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())


def _adjective_use(doc, start: int, end: int) -> bool:
    """A one-word place that is also a French word, before a lower-case noun ("le « Cher dirigeant »")."""
    return (end - start == 1 and doc[start].lower_ in _cue("french_words") and end < len(doc)
            and doc[end].is_alpha and doc[end].text.islower())


# ------------------------------------------------------------ entity repair

def clean_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token bounds of the name inside an entity span, or None when nothing is left.

    Honorifics, punctuation and leading lower-case words ("président Poutine")
    go; the span stops at a line break; an over-long name stops at its first
    lower-case word unless it is an institution ("Conseil de sécurité", see
    `_org_extent`)."""
    toks = doc_tokens(doc)
    honorifics = _cue("honorifics")
    particles = _cue("name_particles")
    heads = _cue("org_heads")
    for i in range(start, end):
        if "\n" in toks[i].text or ("\n" in toks[i].whitespace_ and i < end - 1):
            end = i + 1 if "\n" not in toks[i].text else i
            break
    generic = _cue("generic_nouns")
    while start < end - 1 and toks[start].text in generic:
        start += 1  # "Sommet Russie-Corée du Nord", "Guerre Ukraine"
    while start < end and (toks[start].text in honorifics or toks[start].is_punct or toks[start].is_space
                           or toks[start].lower_ in particles
                           or (toks[start].text[:1].islower() and toks[start].lower_ not in heads)):
        start += 1
    if start < end and toks[start].lower_ in heads:
        return _org_extent(doc, start, end)
    for i in range(start + 1, end):
        tok = toks[i]
        if tok.is_alpha and tok.text.islower() and tok.lower_ not in particles:
            end = i
            break
    while end > start and (toks[end - 1].lower_ in particles or toks[end - 1].is_punct or toks[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return start, end


def _org_extent(doc, start: int, limit: int) -> tuple[int, int] | None:
    """The name of an institution from its head noun: adjectives, "de"/"d'" + noun, proper names
    ("Institut mondial d'études sur la Corée du Nord"), never a determiner clause
    ("Conseil de sécurité | de toute vente")."""
    particles = {"de", "du", "des", "d'", "d’"}
    linkers = {"sur", "pour", "en", "à", "aux", "au"}
    i = start + 1
    end = start + 1
    n = len(doc)
    stop = min(n, max(limit, start + 1) + 6)
    while i < stop:
        tok = doc[i]
        if "\n" in tok.text or tok.is_punct:
            break
        low = tok.lower_
        if tok.text in cues.words("given_names", "given_names") and i + 1 < n and doc[i + 1].text[:1].isupper():
            break  # "la présidente du Conseil italien Giorgia Meloni": the holder's name, not the body's
        if (tok.text[:1].isupper() and i + 1 < n and doc[i + 1].text[:1].isupper() and doc[i - 1].text.islower()
                and gazetteer.country_of_demonym(doc[i - 1].text) is not None):
            break  # "du Parti communiste vietnamien Tô Lâm": a name after the body's nationality is its holder's
        if tok.text[:1].isupper() and _known_person_at(doc, i, stop):
            break  # "du Parti communiste Nguyen Phu Trong": a person the gazetteer knows is no part of a body
        if tok.text[:1].isupper() and tok.is_alpha or (tok.pos_ == "PROPN" and "-" in tok.text):
            # "Ewha de Seoul": a proper name then "de" + a known place is a location, cut there
            i += 1
            end = i
            continue
        if tok.pos_ == "ADJ" and tok.text.islower() and i == end:
            i += 1
            end = i
            continue
        if low in particles or low in linkers:
            j = i + 1
            while j < stop and doc[j].lower_ in ("la", "le", "l'", "l’", "les"):
                j += 1
            if j >= stop:
                break
            nxt = doc[j]
            if nxt.text[:1].isupper() and nxt.is_alpha:
                if low in particles and end > start + 1 and doc[end - 1].text[:1].isupper():
                    entry = gazetteer.lookup(nxt.text)
                    if entry is not None and entry.type in ("Place", "Country"):
                        break  # "Université Ewha | de Seoul"
                i = j
                continue
            if low in particles and nxt.pos_ == "NOUN" and nxt.text.islower() and j == i + 1 or (
                    low in particles and nxt.pos_ == "NOUN" and doc[i + 1].lower_ in ("la", "l'", "l’")
                    and nxt.text.islower() and j == i + 2):
                i = j + 1
                end = i
                continue
            break
        break
    if end - start < 2:
        return None
    return start, end


def _known_person_at(doc, i: int, stop: int) -> bool:
    """Do the two to four words from `i` name a person the gazetteer knows?"""
    for k in range(i + 2, min(stop, i + 4) + 1):
        entry = gazetteer.lookup(doc[i:k].text, "Person")
        if entry is not None and entry.type == "Person":
            return True
    return False


def _looks_like_person(span) -> bool:
    toks = [t for t in span if not t.is_punct]
    return (2 <= len(toks) <= 4 and all(t.text[:1].isupper() and t.is_alpha or "-" in t.text for t in toks)
            and toks[-1].pos_ == "PROPN" and not any(t.lower_ in _cue("french_words") for t in toks)
            and gazetteer.lookup(span.text) is None)


@functools.cache
def _folded_generic_nouns() -> frozenset[str]:
    return frozenset(gazetteer.fold(g) for g in _cue("generic_nouns"))


def _junk(text: str) -> bool:
    folded = gazetteer.fold(text)
    return (len(folded) < 2 or bool(_GLUED.search(text)) or bool(_WIRE_TAG.search(text))
            or bool(_INITIALS.match(text)) or text in _cue("generic_nouns")
            or bool(_DESIGNATION.match(text)) or bool(_CENTURY.match(text))
            or folded in _folded_generic_nouns()
            or not any(c.isupper() for c in text))


def _given_name_first(span) -> bool:
    """Two to four capitalised words, the first a given name: a person's name."""
    words = [t for t in span if not t.is_punct]
    return (2 <= len(words) <= 4 and words[0].text in cues.words("given_names", "given_names")
            and all(t.text[:1].isupper() or t.lower_ in _cue("name_particles") for t in words))


_PERSON_TITLES = frozenset({"Général", "Colonel", "Capitaine", "Commandant", "Lieutenant", "Maréchal", "Amiral",
                            "Roi", "Reine", "Prince", "Princesse"})


def entity_spans(doc, skip=frozenset()):
    """spaCy's entities, repaired: (start, end, ner type)."""
    out = []
    for ent in doc.ents:
        if any(t.i in skip for t in ent):
            continue
        if ent[0].pos_ == "VERB" and len(ent) > 1 and ent[1].text.islower():
            continue  # "Parti dimanche soir de Pyongyang"
        holder = _titled_holder(doc, ent)
        if holder is not None:  # "ministre de la Défense Kim Jong-un" read as one body
            out.append((holder[0], holder[1], "Person", ent.label_))
            continue
        bounds = clean_span(doc, ent.start, ent.end)
        if bounds is None:
            continue
        if _nationality_noun(doc[bounds[0]]) and bounds[1] - bounds[0] > 1 and doc[bounds[0] + 1].text[:1].isupper():
            # "la Slovène Beti Hohler", "la Péruvienne Luz del Carmen Ibáñez Carranza": the demonym is
            # a mention of the country, the rest the person it introduces
            out.append((bounds[0], bounds[0] + 1, "Place", ent.label_))
            out.append((bounds[0] + 1, bounds[1], "Person", "PER"))
            continue
        span = doc[bounds[0]:bounds[1]]
        ner_type = NER_TYPES.get(ent.label_)
        if (len(span) > 1 and span[0].text.islower() and span[0].lower_ in _cue("media_nouns")
                and all(t.text[:1].isupper() for t in span[1:] if t.is_alpha)):
            # "sa chaîne Telegram", "la radio Free Asia": the outlet is the name, not the noun
            span = doc[span.start + 1:span.end]
            ner_type = "Organization"
        if ent.label_ == "MISC":
            ner_type = "Person" if _looks_like_person(span) else None
        if ner_type != "Person" and _given_name_first(span):
            ner_type = "Person"  # "Nancy Pelosi" read as a place, "Olena Kovalenko" as a body
        if _firm_name(span):
            ner_type = "Organization"  # "Oceaneering International", "Hudson Technologies": a firm
        if ner_type == "Person":
            span = _before_country(doc, span)
            span = _given_name_before(doc, span, skip)
        if (ner_type != "Person" and bounds[0] > ent.start and doc[bounds[0] - 1].text in _PERSON_TITLES
                and span[0].text[:1].isupper()):
            ner_type = "Person"  # "le Capitaine Traoré", "le Général Tiani": a title names a person
        out.append((span.start, span.end, ner_type, ent.label_))
    return out


def _firm_name(span) -> bool:
    """A name of capitalised words ending with a firm's designator ("Oceaneering International",
    "Insitu Inc."), not a line of page furniture ("Actualités › International")."""
    suffixes = _cue("org_suffixes")
    return (len(span) > 1 and span[-1].text in suffixes and span[0].text[:1].isupper()
            and all(t.is_alpha and t.text[:1].isupper() for t in span[:-1]))


def _nationality_noun(tok) -> bool:
    """"le Sénégalais", "la Fidjienne": a capitalised demonym after a determiner, a person's
    nationality before their name."""
    return (tok.text[:1].isupper() and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("le", "la", "l'", "l’", "les")
            and gazetteer.country_of_demonym(tok.text) is not None)


def _titled_holder(doc, ent) -> tuple[int, int] | None:
    """An entity that opens with a lower-case title and ends with a person's name the gazetteer
    knows ("ministre de la Défense No Kwang Chol"): the name's bounds, else None."""
    if not ent[0].text.islower() or ent[0].lower_ not in _title_openers() or len(ent) < 3:
        return None
    for k in range(ent.start + 1, ent.end - 1):
        entry = gazetteer.lookup(doc[k:ent.end].text, "Person") if doc[k].text[:1].isupper() else None
        if entry is not None and entry.type == "Person":
            return k, ent.end
    return None


def _given_name_before(doc, span, skip):
    """", Abdelrahim | Hamdan Daglo,": a capitalised word the recogniser left out right before a
    person's name at the start of an apposition, not a known actor, a title or a French word, is
    the person's given name."""
    k = span.start - 1
    if k < 1 or k in skip or not doc[k].is_alpha or not doc[k].text[:1].isupper() or doc[k].text.isupper():
        return span
    if doc[k - 1].text != "," or not doc[k].whitespace_ or "\n" in doc[k].whitespace_:
        return span  # only in an apposition: ", Abdelrahim Hamdan Daglo,"; not "au Commerce X"
    if doc[k].lower_ in _title_openers() or gazetteer.lookup(doc[k].text) is not None \
            or gazetteer.country_of_demonym(doc[k].text) is not None or doc[k].lower_ in _cue("french_words") \
            or doc[k].text in _cue("honorifics") or doc[k].text in _PERSON_TITLES:
        return span  # ", Président Faye", ", Selon X": a title or a word, not a given name
    return doc[k:span.end]


def _before_country(doc, span):
    """"le roi Salmane d'Arabie saoudite", "Mohammed VI du Maroc": a person's name stops before
    "de" + the country they rule or come from."""
    for k in range(span.start + 1, span.end - 1):
        if doc[k].lower_ not in ("de", "d'", "d’", "du", "des"):
            continue
        rest = doc[k + 1:min(len(doc), k + 4)]
        for j in range(len(rest), 0, -1):
            entry = gazetteer.lookup(rest[:j].text, "Country")
            if entry is not None and entry.type == "Country":
                return doc[span.start:k]
    return span


# ------------------------------------------------------------ patterns NER misses

_KOREAN_GIVEN = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+-[a-zà-ÿ]+$")


def pattern_spans(doc, skip=frozenset()):
    """Korean names ("Cheong Seong-chang") and outlets after "agence"/"journal" ("l'agence Yonhap")."""
    toks = doc_tokens(doc)
    out = []
    for tok in toks:
        if tok.i in skip or tok.i == 0:
            continue
        prev = toks[tok.i - 1]
        if (_KOREAN_GIVEN.match(tok.text) and prev.text[:1].isupper() and prev.is_alpha and len(prev.text) <= 7
                and prev.lower_ not in _cue("french_words") and prev.lower_ not in _cue("title_determiners")
                and not (prev.i > 0 and toks[prev.i - 1].is_alpha and toks[prev.i - 1].text[:1].isupper())):
            out.append((prev.i, tok.i + 1, "Person", "PATTERN"))
        if tok.lower_ in _cue("media_nouns") and tok.lower_ != "presse":
            j = tok.i + 1
            while j < len(doc) and (toks[j].lower_ in ("de", "presse", "officielle", "officiel", "d'", "d’", "état",
                                                      "etat", "publique", "public")
                                    or gazetteer.country_of_demonym(toks[j].text) is not None):
                j += 1
            k = j
            while k < len(doc) and toks[k].text[:1].isupper() and toks[k].is_alpha and k not in skip:
                k += 1
            if k > j and k - j <= 3:
                out.append((j, k, "Organization", "PATTERN"))
    return out


def company_spans(doc, skip=frozenset()):
    """Names after a lower-case company noun ("la société Polar Trade", "le navire nord-coréen
    Sea Star 7"): an organisation, whatever NER or the gazetteer make of the words alone."""
    out = []
    n = len(doc)

    def name_end(j: int) -> int:
        k = j
        while (k < n and k - j < 4 and k not in skip and "\n" not in doc[k - 1].whitespace_
               and (doc[k].text[:1].isupper() and (doc[k].is_alpha or _DESIGNATION.match(doc[k].text)
                                                   or k > j and _INITIAL.fullmatch(doc[k].text))
                    or doc[k].is_digit and k > j
                    # ("Alliance of Democracies", "Raytheon Missiles & Defense")
                    or k > j and doc[k].lower_ in ("of", "&") and k + 1 < n and doc[k + 1].text[:1].isupper())):
            k += 1
        return k

    nouns = _cue("company_nouns")
    for tok in doc_tokens(doc):
        low = tok.lower_
        plural = low.endswith(("s", "x")) and low[:-1] in nouns
        if tok.i in skip or not tok.text.islower() or (low not in nouns and not plural):
            continue
        j = tok.i + 1
        if j + 1 < n and doc[j].text.islower() and (gazetteer.country_of_demonym(doc[j].text) is not None
                                                    or doc[j].is_alpha and not doc[j].is_stop and doc[j + 1].text[:1].isupper()):
            j += 1  # "la banque russe X", "l'armateur public X"
        if j + 1 < n and doc[j].text == "," and doc[j + 1].lower_ in ("le", "la", "l'", "l’"):
            j += 2  # "un autre navire, le X"
        elif plural and j + 2 < n and doc[j].text == "," and doc[j + 1].lower_ == "dont" \
                and doc[j + 2].lower_ in ("le", "la", "l'", "l’", "les"):
            j += 3  # "des navires russes, dont le X et le Y"
        k = name_end(j)
        while k > j:
            out.append((j, k))
            if not plural or k >= n or doc[k].lower_ not in (",", "et"):
                break
            # "les cargos Angara et Lady R", "dont le X, le Y et le Z": each name of the list
            j = k + 1 + (k + 1 < n and doc[k + 1].lower_ in ("le", "la", "l'", "l’"))
            k = name_end(j)
    return out


def ministry_spans(doc, skip=frozenset()):
    """Lower-case ministries NER misses: "le ministère sud-coréen de l'unification",
    "le ministère russe de la défense", "le ministère japonais des Affaires étrangères"."""
    out = []
    n = len(doc)
    for tok in doc_tokens(doc):
        if tok.i in skip or tok.lower_ not in _cue("ministry_heads") or not tok.text.islower():
            continue
        j = tok.i + 1
        if j >= n or gazetteer.country_of_demonym(doc[j].text) is None:
            continue
        j += 1
        if j < n and doc[j].lower_ in ("de", "du", "des", "d'", "d’"):
            k = j + 1
            if k < n and doc[k].lower_ in ("la", "l'", "l’"):
                k += 1
            if k < n and doc[k].is_alpha and k not in skip and "\n" not in doc[k].whitespace_:
                end = k + 1
                if end < n and doc[end].lower_ in ("étrangères", "etrangères", "intérieures", "sociales"):
                    end += 1
                out.append((tok.i, end))
    return out


# ------------------------------------------------------------ political or location use

def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _departure_before(doc, start: int, reach: int) -> bool:
    """Is there a verb of departure ("partir", "quitter", "s'envoler"...) among the `reach` words
    before the preposition that precedes the name at `start`?"""
    verbs = _cue("departure_verbs")
    return any(_lemma(t) in verbs or t.lower_ in verbs for t in doc[max(0, start - reach):start - 1])


def is_location_use(doc, start: int) -> bool:
    """Is the name at token `start` a location ("à Pyongyang", "l'université Kookmin de Séoul",
    "parti de Pyongyang") rather than its state ("aide à Moscou", "les mises en garde de Washington")?"""
    if start == 0:
        return False
    tok, prev = doc[start], doc[start - 1]
    head = tok.head if tok.head.i != tok.i else None
    if tok.lower_.startswith("capitale"):
        return True  # "la capitale nord-coréenne" names the city
    if prev.lower_ in _cue("location_prepositions"):
        if prev.lower_ in ("à", "au", "aux"):
            # "fait part à Moscou", "la livraison d'armes à Moscou": a recipient, not a place
            hops = 0
            while head is not None and hops < 3:
                if head.pos_ in ("VERB", "AUX") and head.i > start:
                    break  # "À Helsinki, il a offert ...": a fronted place is where, not to whom
                dative = _lemma(head) in _cue("dative_heads") or head.lower_ in _cue("dative_heads")
                if dative and (hops == 0 or head.pos_ not in ("VERB", "AUX")):
                    # "a déclaré à Moscou", "la livraison d'armes à Moscou"; but in "a déclaré X,
                    # à l'issue d'un entretien à Tokyo" the verb is not what "à Tokyo" depends on
                    return False
                if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                    break
                head, hops = head.head, hops + 1
        return True
    if prev.lower_ == "pour":
        # "s'est envolé pour Hanoï", "devait quitter Pyongyang pour Hanoï": where a trip goes
        return _departure_before(doc, start, 6)
    if prev.lower_ in ("de", "d'", "d’", "du") and start >= 2:
        before = doc[start - 2]
        if _departure_before(doc, start, 5):
            return True
        if before.pos_ == "PROPN" or before.text[:1].isupper() and before.is_alpha:
            return True
        k = start - 2
        while k > 0 and k > start - 4 and before.pos_ == "ADJ" and before.text.islower():
            k -= 1  # "le palais royal de Rabat", "la résidence présidentielle de X"
            before = doc[k]
        if before.lower_ in _cue("location_nouns") or _lemma(before) in _cue("location_nouns"):
            return True
        return False
    return False


def _ref_of_entry(entry, doc, start: int) -> ActorRef:
    if entry.type == "Place":
        seat = cues.load("actors").get("political_seats", {}).get(entry.key)
        body = gazetteer.get(seat) if seat else None
        if body is not None and not is_location_use(doc, start):
            # "Bruxelles a sanctionné": the Union that sits there, not Belgium
            return ActorRef(body.label, body.type, body.key)
        country = gazetteer.country_of_capital(entry.label)
        if country is not None and not is_location_use(doc, start):
            return ActorRef(country.label, "Country", country.key)
    if entry.type == "Country" and entry.capital == entry.key and is_location_use(doc, start):
        return ActorRef(entry.label, "Country", entry.key)
    return ActorRef(entry.label, entry.type, entry.key)


def _ref_for(name: str, ner_type: str | None, doc, start: int) -> ActorRef | None:
    entry = gazetteer.lookup(name)
    if entry is not None:
        return _ref_of_entry(entry, doc, start)
    country = gazetteer.country_of_demonym(name)
    if country is not None:
        return ActorRef(country.label, "Country", country.key)
    if ner_type is None or _junk(name):
        return None
    return ActorRef(name, ner_type)


def _common_word(doc, c: _Cand) -> bool:
    """A recognised name that is one common French word ("Samedi", "Sanctions", "Partenariat",
    "Trésor", "Bonjour"): a sentence start, a heading or a capitalised noun, not an actor. A
    person's name is dropped only where its place explains the capital (a sentence or line
    start, after a dash or a colon): "Petit", "Bonnet" may be surnames."""
    if c.end - c.start != 1 or c.ref.key is not None or c.rank != 1:
        return False
    tok = doc[c.start]
    if "-" in tok.text or tok.text.isupper() or not nlp.is_french_word(tok.text):
        return False
    if c.ref.type != "Person":
        return True
    before = [t for t in doc[max(0, c.start - 3):c.start] if not t.is_space]
    return (not before or tok.is_sent_start or "\n" in doc[c.start - 1].whitespace_
            or before[-1].text in ("—", "–", "-", ":", "«", "•", "|", "›", ">", "(", '"', "“"))


# ------------------------------------------------------------ hyphenated pairs

def _split_pair(doc, start: int, end: int, known_people: set[str]):
    """"Poutine-Kim" / "Poutine- Kim Jong-un": two people joined by a hyphen, as two (char) mentions."""
    span = doc[start:end]
    text = span.text
    m = re.match(r"^(.+?)\s*[-–—]\s*(.+)$", text)
    if not m or "-" in m.group(1):
        return None
    left, right = m.group(1), m.group(2)
    if not (left[:1].isupper() and right[:1].isupper()):
        return None
    if left.split()[-1].lower() in _cue("name_particles"):
        return None  # "Hafez al-Assad", "Tamim ben Hamad al-Thani": an article, not a pair

    def person(name):
        entry = gazetteer.lookup(name, "Person")
        if entry is not None:
            return ActorRef(entry.label, "Person", entry.key)
        if gazetteer.fold(name) in known_people:
            return ActorRef(name, "Person")
        return None

    a, b = person(left), person(right)
    if a is None or b is None:
        if a is None and b is None:
            return None
        # one side known, the other a surname of the article's people
        if gazetteer.fold(left.split()[-1]) not in known_people and gazetteer.fold(right.split()[0]) not in known_people:
            return None
        a = a or ActorRef(left, "Person")
        b = b or ActorRef(right, "Person")
    s = span.start_char
    r_start = s + text.index(right, len(left))
    return [Mention(ref=a, surface=left, start=s, end=s + len(left)),
            Mention(ref=b, surface=right, start=r_start, end=r_start + len(right))]


# ------------------------------------------------------------ demonyms

def demonym_mentions(doc, taken: set[int], skip=frozenset()) -> list[Mention]:
    out = []
    for tok in doc_tokens(doc):
        if tok.i in taken or tok.i in skip or tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        country = gazetteer.country_of_demonym(tok.text)
        if country is not None:
            out.append(Mention(ref=ActorRef(country.label, "Country", country.key), surface=tok.text,
                               start=tok.idx, end=tok.idx + len(tok.text)))
    return out


# ------------------------------------------------------------ surnames

def resolve_surnames(mentions: list[Mention]) -> list[Mention]:
    """"Peskov" / "M. Kim" after "Dmitri Peskov" / "Kim Jong Un" in the same article is that person
    (the latest full name that has this part, else the first one that comes later)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    full_names = [(m.start, m.ref) for m in ordered if m.ref.type == "Person" and len(m.ref.name.split()) > 1]

    def parts(ref):
        words = ref.name.split()
        names = {gazetteer.fold(words[0])}
        if len(words) < 2 or gazetteer.fold(words[-2]) not in _cue("patronymic_particles"):
            names.add(gazetteer.fold(words[-1]))  # not "Salmane", the father of "Mohammed ben Salmane"
        if ref.key:
            entry = gazetteer.get(ref.key)
            if entry is not None:
                names |= {gazetteer.fold(n) for n in entry.names if len(n.split()) == 1}
        return names

    out = []
    for m in ordered:
        ref = m.ref
        if ref.type == "Person" and len(ref.name.split()) == 1:
            folded = gazetteer.fold(ref.name)
            before = [r for s, r in full_names if s < m.start and folded in parts(r)]
            after = [r for s, r in full_names if s > m.start and folded in parts(r)]
            if before:
                ref = before[-1]
            elif after:
                ref = after[0]
        out.append(Mention(ref=ref, surface=m.surface, start=m.start, end=m.end, kind=m.kind))
    return out


# ------------------------------------------------------------ descriptions

@dataclass(frozen=True)
class Description:
    start: int  # token bounds of the title words ("président", "numéro un")
    end: int
    key: tuple  # (title class, country or body key, complement)
    linked: ActorRef | None  # the person named right beside it ("le président russe Vladimir Poutine")
    country: str | None = None  # the country the qualifiers give, if any
    body_name: str = ""  # the body's words as written ("Conseil de sécurité de Russie"), folded


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


@functools.cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_norm(w) for w in _cue("leader_titles")), frozenset(_norm(w) for w in _cue("other_titles"))


@functools.cache
def _title_openers() -> frozenset[str]:
    """The words a title can start with, however the tokenizer cuts it ("porte-parole", "porte")."""
    leader, other = _titles()
    return frozenset(w for t in (*leader, *other, "homologue", "homologues")
                     for w in (t.split(" ")[0], re.split(r"[ \-']", t)[0]))


def _title_at(doc, i: int) -> tuple[str, int] | None:
    """The title starting at token i ("numéro un", "porte-parole", "chef de l'État"), its class and end.
    "son homologue" is its own class: the counterpart of someone, not a head of state."""
    leader, other = _titles()
    toks = doc_tokens(doc)
    if _norm(toks[i].text) not in _title_openers():
        return None
    for size in (4, 3, 2, 1):
        if i + size > len(toks):
            continue
        text = _norm("".join(t.text_with_ws for t in toks[i:i + size - 1]) + toks[i + size - 1].text)
        if text in ("homologue", "homologues"):
            return "homologue", i + size
        if text in leader:
            return "leader", i + size
        if text in other:
            return text, i + size
    return None


def _qualifiers(doc, i: int, by_token: dict[int, Mention]):
    """What follows a title: a country (demonym, "de Corée du Nord"), a body ("du Kremlin"),
    a ministry complement ("de la Défense"); returns (country key, body key, complement, end)."""
    seats = cues.load("actors")["seats_of_power"]
    country = body = None
    body_name = ""
    complement = []
    j = i
    n = len(doc)
    while j < n and j < i + 7:
        tok = doc[j]
        c = gazetteer.country_of_demonym(tok.text)
        if c is not None and tok.text[:1].islower():
            country = country or c.key
            j += 1
            continue
        if tok.lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "aux", "à", "au"):
            j += 1
            continue
        m = by_token.get(j)
        if m is not None and doc[j - 1].lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’"):
            if m.ref.type == "Country":
                country = country or m.ref.key or gazetteer.fold(m.ref.name)
            elif m.ref.type == "Organization":
                seat = seats.get(m.ref.name)
                if seat:
                    country = country or seat
                body_name = body_name or gazetteer.fold(m.surface)
                body = body or (m.ref.key or gazetteer.fold(m.ref.name))
            else:
                break
            while j < n and by_token.get(j) is m:
                j += 1
            continue
        if tok.text[:1].isupper() and tok.is_alpha and doc[j - 1].lower_ in ("de", "du", "des", "d'", "d’", "la",
                                                                             "l'", "l’", "aux"):
            complement.append(gazetteer.fold(tok.text))
            j += 1
            continue
        if tok.lower_ == "étrangères" and complement:
            j += 1
            continue
        break
    # trailing particles are not part of the description
    while j > i and doc[j - 1].lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "aux", "à", "au"):
        j -= 1
    return country, body, " ".join(complement), j, body_name


def _country_conflict(ref: ActorRef, country: str | None) -> bool:
    """Is `ref` a person the gazetteer places in another country than the description's?"""
    if country is None or not ref.key:
        return False
    entry, state = gazetteer.get(ref.key), gazetteer.get(country)
    return (entry is not None and state is not None and state.type == "Country" and entry.country is not None
            and entry.country != country)


def _name_after(doc, k: int, by_token: dict[int, Mention], title=None) -> ActorRef | None:
    """The person whose name starts at token k (after optional commas and honorifics), in apposition:
    not the subject of a new clause after a description that ends its own ("où l'attendait le
    dirigeant nord-coréen, M. Poutine a été accueilli"; but "Depuis mardi, le leader nord-coréen,
    Kim Jong-un effectue une visite")."""
    comma = False
    while k < len(doc) and doc[k].text in (",", "M.", "Mme"):
        comma = comma or doc[k].text == ","
        k += 1
    if not (k < len(doc) and k in by_token and by_token[k].ref.type == "Person" and by_token[k].kind == "name"):
        return None
    m = by_token[k]
    e = k
    while e < len(doc) and by_token.get(e) is m:
        e += 1
    if (comma and e < len(doc) and doc[e].pos_ in ("VERB", "AUX") and title is not None
            and title.head.pos_ in ("VERB", "AUX") and title.head.i < title.i):
        return None
    return m.ref


def mentions_by_token(doc, mentions: list[Mention]) -> dict[int, Mention]:
    """Each token index covered by a mention, mapped to that mention (the last one wins)."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                by_token[t.i] = m
    return by_token


_FORMER = frozenset({"ancien", "ancienne", "ex"})


def find_descriptions(doc, mentions: list[Mention], skip=frozenset()) -> list[Description]:
    by_token = mentions_by_token(doc, mentions)
    dets = _cue("title_determiners")
    foreign = {gazetteer.fold(w) for w in _cue("foreign_ministry_titles")}
    out = []
    toks = doc_tokens(doc)
    i = 1
    while i < len(toks):
        # "l'ancien ministre russe de la Défense": a former title, its own class
        former = i > 1 and toks[i - 1].lower_ in _FORMER and toks[i - 2].lower_ in dets
        if i in skip or i in by_token or toks[i - 1].lower_ not in dets and not former:
            i += 1
            continue
        found = _title_at(doc, i)
        if found is None or former and found[0] in ("leader", "homologue"):
            i += 1
            continue
        cls, t_end = found
        country, body, complement, q_end, body_name = _qualifiers(doc, t_end, by_token)
        if country is None and body is None:
            i = t_end
            continue
        if gazetteer.fold(cls) in foreign:
            cls, complement = "ministre", "affaires"  # "le chef de la diplomatie" is the foreign minister
        elif cls == "ministre" and complement.startswith("affaires"):
            complement = "affaires"
        if cls in ("leader", "homologue"):
            key = (cls, country or body, "")
        else:
            key = ("ancien " * former + cls, body or country, complement)
        # a person right after ("le président russe Vladimir Poutine", "…, Sergueï Choïgou"), after a
        # complement ("l'ambassadeur sud-coréen auprès de l'ONU, Hwang Joon-kook") or right before
        linked = _name_after(doc, q_end, by_token, doc[i])
        if linked is None:
            k = q_end
            while k < min(len(doc), q_end + 7) and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX") \
                    and (doc[k].is_alpha or doc[k].text.endswith(("'", "’"))) and "\n" not in doc[k].whitespace_:
                k += 1
            if k > q_end and k < len(doc) and doc[k].text == ",":
                linked = _name_after(doc, k, by_token, doc[i])
        closes = q_end >= len(doc) or doc[q_end].pos_ not in ("VERB", "AUX")
        if linked is None and closes:
            # "X, le président russe, …" (not "D'après X, le président russe a offert …": a subject)
            k = i - 2
            while k >= 0 and doc[k].text == ",":
                k -= 1
            if doc[i - 2].text == "," and k >= 0 and k in by_token and by_token[k].ref.type == "Person":
                linked = by_token[k].ref
        if linked is not None and _country_conflict(linked, country):
            linked = None
        out.append(Description(start=i, end=t_end, key=key, linked=linked, country=country, body_name=body_name))
        i = q_end if q_end > i else i + 1
    return out


def _nearest(items, start: int) -> ActorRef | None:
    """The ref of the (start, ref) item nearest before `start`, else the first one after."""
    before = [r for s, r in items if s < start]
    after = [r for s, r in items if s > start]
    return before[-1] if before else after[0] if after else None


def description_mentions(doc, mentions: list[Mention], skip=frozenset()) -> list[Mention]:
    """Mentions for descriptions: those that name someone beside them are that person; the others
    are resolved to the person the article introduced with the same title (nearest before, else
    nearest after), or with the same title of the same country or body ("le ministre russe" after
    "le ministre russe des Affaires étrangères, Sergueï Lavrov"), or its counterpart ("son homologue
    russe Sergueï Lavrov")."""
    descs = find_descriptions(doc, mentions, skip)
    links = [(d.start, d.key, d.linked) for d in descs if d.linked is not None]
    named_bodies = [(d.start, d.key[0], d.body_name, d.linked) for d in descs if d.linked is not None and d.body_name]
    heads = {_norm(w) for w in _cue("body_head_titles")}
    out = []
    for d in descs:
        if d.linked is not None:
            continue  # the name beside it is the mention (the roles read the title words)
        ref = None
        cls, where, _ = d.key
        if ref is None:
            ref = _nearest([(s, r) for s, k, r in links if k == d.key], d.start)
        if ref is None and cls not in ("leader", "homologue") and d.body_name:
            # "le secrétaire du Conseil de sécurité" after "le secrétaire du Conseil de sécurité de
            # Russie, Sergueï Choïgou": the body named shorter, the same title
            ref = _nearest([(s, r) for s, c, b, r in named_bodies if c == cls and b != d.body_name
                            and b.startswith(d.body_name + " ") and s < d.start], d.start)
        if ref is None and cls not in ("leader", "homologue"):
            ref = (_nearest([(s, r) for s, k, r in links if k[0] == cls and k[1] == where], d.start)
                   or _nearest([(s, r) for s, k, r in links if k[0] == "homologue" and k[1] == where
                                and s < d.start], d.start))
        if ref is None and cls == "leader" and where:
            # "son homologue nord-coréen": any leader title linked to that country, else the one
            # head of state or government of that country the article names; "le chef de l'Otan": its
            # secretary general
            same = [r for s, k, r in links if k[0] == "leader" and k[1] == where]
            heads_of = [(s, r) for s, k, r in links if k[1] == where and k[0] in heads]
            ref = same[0] if same else _named_leader(mentions, where) or _nearest(heads_of, d.start)
        if ref is None and cls == "homologue" and where:
            ref = _nearest([(s, r) for s, k, r in links if k[1] == where], d.start) or _named_leader(mentions, where)
        if ref is None and where and cls not in ("leader", "homologue"):
            # "le chef de la diplomatie russe" with no title given beside a name: the one person of
            # that country the gazetteer knows the article names, heads of state left out
            ref = _named_leader(mentions, where, leaders=False)
        if ref is None:
            continue
        span = doc[d.start:d.end]
        out.append(Mention(ref=ref, surface=span.text, start=span.start_char, end=span.end_char,
                           kind="description"))
    out += expert_mentions(doc, mentions, skip)
    out += media_mentions(doc, mentions, skip)
    return out


def expert_mentions(doc, mentions: list[Mention], skip=frozenset()) -> list[Mention]:
    """"Le spécialiste ajoute", "selon le chercheur": the expert the article introduced before
    ("Antoine Dupré, chercheur à l'Ifri", "la politologue Anne Morel")."""
    experts = {_norm(w) for w in _cue("expert_titles")}
    dets = _cue("title_determiners") | {"cet"}
    by_token = mentions_by_token(doc, mentions)
    introduced = []  # (token, person) of people given an expert title beside their name
    for m in mentions:
        if m.ref.type != "Person" or m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        after = [t for t in doc[span.end:span.end + 3] if t.text != ","]
        before = doc[max(0, span.start - 1):span.start]
        if (span.end < len(doc) and doc[span.end].text == "," and after and after[0].lower_ in experts) or \
                any(t.lower_ in experts for t in before):
            introduced.append((span.start, m.ref))
    out = []
    if not introduced:
        return out
    for tok in doc_tokens(doc):
        if tok.i == 0 or tok.i in skip or tok.i in by_token or tok.lower_ not in experts \
                or doc[tok.i - 1].lower_ not in dets:
            continue
        nxt = tok.i + 1
        if nxt < len(doc) and nxt in by_token and by_token[nxt].ref.type == "Person":
            continue  # "le chercheur Go Myong-hyun": the name is right there
        ref = _nearest([(s, r) for s, r in introduced if s < tok.i], tok.i)
        if ref is not None:
            out.append(Mention(ref=ref, surface=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                               kind="description"))
    return out


def _named_leader(mentions: list[Mention], country: str, leaders: bool = True) -> ActorRef | None:
    """The one head of state or government (with `leaders`; else the one other person) of
    `country` the gazetteer knows among the article's mentions, or None."""
    found: Counter = Counter()
    for m in mentions:
        entry = gazetteer.get(m.ref.key) if m.ref.key and m.ref.type == "Person" else None
        if entry is not None and (entry.kind == "leader") == leaders and entry.country == country:
            found[m.ref] += 1
    ranked = found.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0]
    # several: the one the article is about ("Bill Clinton" recalled once in an article on Trump)
    return ranked[0][0] if ranked and ranked[0][1] >= 3 * ranked[1][1] else None


def _is_media(ref: ActorRef) -> bool:
    if ref.type != "Organization":
        return False
    entry = gazetteer.get(ref.key) if ref.key else None
    return entry is not None and getattr(entry, "kind", None) == "media"


def media_mentions(doc, mentions: list[Mention], skip=frozenset()) -> list[Mention]:
    """"a écrit le média officiel": the news agency the article named before, preferring one of
    the country the sentence is about."""
    toks = doc_tokens(doc)
    phrases = sorted({gazetteer.fold(p) for p in _cue("media_descriptions")}, key=lambda p: -len(p.split()))
    media = [m for m in mentions if _is_media(m.ref)]
    if not media:
        return []
    taken = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            taken.update(t.i for t in span)
    out = []
    dets = _cue("title_determiners")
    folded = _folded_tokens(doc)
    for i in range(1, len(doc)):
        if i in skip or i in taken or toks[i - 1].lower_ not in dets:
            continue
        for p in phrases:
            size = len(p.split())
            if " ".join(f for f in folded[i:i + size + 1] if f)[:len(p)] != p:
                continue
            words = " ".join(f for f in folded[i:i + size + 2] if f)
            if not (words == p or words.startswith(p + " ")):
                continue
            end = i + size
            # the country of the description, else those the sentence is about
            countries = set()
            for t in doc[end:min(len(doc), end + 2)]:
                c = gazetteer.country_of_demonym(t.text)
                if c is not None:
                    countries.add(c.key)
            sent = toks[i].sent
            weight = Counter({c: 10 for c in countries})
            for m in mentions:
                if sent.start_char <= m.start < sent.end_char and m.ref.key and not _is_media(m.ref):
                    e = gazetteer.get(m.ref.key)
                    if e is not None:
                        weight[e.key if e.type == "Country" else e.country] += 1
            if any(m.start >= toks[end - 1].idx and m.start <= toks[min(len(doc) - 1, end + 3)].idx
                   for m in media):
                break  # "l'agence officielle nord-coréenne KCNA": the name is right there
            earlier = [m for m in media if m.start < toks[i].idx]
            if not earlier:
                break
            ref = max(enumerate(earlier),
                      key=lambda im: (weight[gazetteer.get(im[1].ref.key).country], im[0]))[1].ref
            span = doc[i:end]
            out.append(Mention(ref=ref, surface=span.text, start=span.start_char, end=span.end_char,
                               kind="description"))
            break
    return out


# ------------------------------------------------------------ putting it together

def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: the longest first, gazetteer names before entities at equal length."""
    chosen, used = [], set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.rank, c.start)):
        if any(i in used for i in range(c.start, c.end)):
            continue
        chosen.append(c)
        used.update(range(c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _after_product_noun(doc, start: int) -> bool:
    products = _cue("product_nouns")
    for k in range(start - 1, max(-1, start - 4), -1):
        t = doc[k]
        if t.lower_ in products:
            return True
        if not (t.is_alpha and t.text.islower()):
            return False
    return False


def _near_place(doc, end: int) -> bool:
    return (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "près"
            or end < len(doc) and doc[end].lower_ == "près")


def _place_head(doc, start: int, heads, skip) -> int | None:
    """The lower-case place noun a name completes, looking back over small words and adjectives."""
    for i in range(start - 1, max(-1, start - 5), -1):
        t = doc[i]
        if i in skip or "\n" in t.whitespace_:
            return None
        if t.text.islower() and t.lower_ in heads:
            return i
        if not (t.text.islower() and (t.is_alpha or t.lower_ in ("l'", "l’", "d'", "d’"))) or t.lower_ in (
                "le", "les", "un", "une", "à", "au", "en", "et", "sur", "dans"):
            return None
    return None


def place_head_spans(doc, heads, skip=frozenset()):
    """Names that a lower-case place noun introduces, where the recogniser saw none ("la mer
    Noire", "le pont de la Concorde-Nord", "l'aéroport international Houari-Boumediene"): the
    capitalised words after the noun, its adjectives and "de (la)"; (start of the name, end)."""
    out = []
    n = len(doc)
    for i, low in enumerate(t.lower_ for t in doc_tokens(doc)):
        if low not in heads or i in skip or not doc[i].text.islower():
            continue
        tok = doc[i]
        j = tok.i + 1
        while j < n and j - tok.i <= 4 and doc[j].text.islower() and (
                doc[j].pos_ == "ADJ" or doc[j].lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’")):
            j += 1
        def capitalised(k):
            return (k < n and k not in skip and doc[k].text[:1].isupper()
                    and (doc[k].is_alpha or "-" in doc[k].text or "'" in doc[k].text))
        k = j
        while capitalised(k) or (k > j and doc[k].lower_ in ("de", "du", "d'", "d’") and capitalised(k + 1)):
            k += 1  # "résidence d'État de Diaoyutai"
        if k > j and "\n" not in doc[j - 1].whitespace_:
            out.append((j, k))
    return out


def _inside_title(doc, start: int) -> bool:
    """Does a lower-case name at `start` end a title ("le chef de la diplomatie | sud-coréenne"):
    the title is the person's, the demonym after it gives the country."""
    if not doc[start].text.islower():
        return False
    for k in range(max(0, start - 4), start):
        found = _title_at(doc, k)
        if found is not None and found[1] == start + 1 and found[0] != "leader":
            return True
    return False


def candidates(doc, skip=frozenset()) -> tuple[list[_Cand], set[str]]:
    """The names the rules find, one per stretch of text (longest first), and the folded words of
    the people among them."""
    folded = _folded_tokens(doc)
    cands: list[_Cand] = []
    gz = gazetteer_spans(doc, folded, skip)
    gz = [g for g in gz if not _inside_title(doc, g[0])]
    for start, end, entry in gz:
        cands.append(_Cand(start, end, _ref_of_entry(entry, doc, start), 2))
        if entry.type == "Person":
            longer = _given_name_before(doc, doc[start:end], skip)
            if longer.start < start:  # ", Abdelrahim Hamdan Daglo,": a brother of "Hamdan Daglo"
                cands.append(_Cand(longer.start, end, ActorRef(longer.text, "Person"), 1))
    gz_starts = {}
    for start, end, entry in gz:
        gz_starts.setdefault(start, (end, entry))
    for start, end, ner_type, label in pattern_spans(doc, skip) + entity_spans(doc, skip):
        # a truncated or over-long entity whose start begins a gazetteer name takes that name
        if start in gz_starts and gz_starts[start][0] != end:
            continue
        name = doc[start:end].text.strip(_TRIM)
        if _after_product_noun(doc, start) or _adjective_use(doc, start, end):
            continue  # "le missile hypersonique X", "un drone de reconnaissance X": a model, not an actor
        ref = _ref_for(name, ner_type, doc, start)
        if ref is not None and ref.type == "Person" and ref.key is None and _near_place(doc, end):
            ref = ActorRef(ref.name, "Place")  # "arrivé à X, près de Vladivostok"
        if ref is not None:
            cands.append(_Cand(start, end, ref, 1, label))
    for start, end in ministry_spans(doc, skip):
        name = doc[start:end].text
        # "le département américain du Trésor": the gazetteer may know it with its demonym last
        entry = gazetteer.lookup(name, "Organization") or gazetteer.lookup(
            f"{doc[start].text} {doc[start + 2:end].text} {doc[start + 1].text}", "Organization")
        if entry is None and doc[start].lower_ in _cue("ministry_heads_known_only"):
            continue  # ("le département français de la Manche": a place, unless the gazetteer knows it)
        ref = ActorRef(entry.label, entry.type, entry.key) if entry is not None else ActorRef(name, "Organization")
        cands.append(_Cand(start, end, ref, 1))
    companies = company_spans(doc, skip)
    # ("l'institut Merics" read whole by the recogniser: the name after the noun, not the noun)
    cands = [c for c in cands if c.ref.key is not None or not (
        doc[c.start].text.islower() and any(c.start < s < c.end for s, _ in companies))]
    for start, end in companies:
        cands.append(_Cand(start, end, ActorRef(doc[start:end].text.rstrip("."), "Organization"), 3))
    streets = _cue("street_nouns")
    for c in list(cands):
        prev = doc[c.start - 1] if c.start > 0 else None
        if (prev is not None and prev.text.islower() and prev.lower_ in streets and c.ref.type == "Person"
                and prev.i not in skip):
            # "la place Kim Il-sung", "l'avenue Charles de Gaulle": a place named after someone
            name = doc[prev.i:c.end].text
            cands.append(_Cand(prev.i, c.end, ActorRef(name, "Place"), 1))
    heads = cues.load("actors").get("place_heads", {})
    taken = {i for c in cands for i in range(c.start, c.end)}
    for start, end in place_head_spans(doc, heads, skip):
        if not any(i in taken for i in range(start, end)):
            cands.append(_Cand(start, end, ActorRef(doc[start:end].text, "Place"), 1))
    for c in list(cands):
        head = _place_head(doc, c.start, heads, skip)
        if head is None:
            continue
        kind = heads[doc[head].lower_]
        if c.ref.key is None or kind == "Organization" and c.ref.type == "Place":
            # "le palais des congrès de X", "l'île X", "la flotte russe du Pacifique": the head is part of the name
            cands.append(_Cand(head, c.end, ActorRef(doc[head:c.end].text, kind), 1))
    known_people = set()
    for c in cands:
        if c.ref.type == "Person":
            for w in c.ref.name.split():
                known_people.add(gazetteer.fold(w))
    chosen = [c for c in _select(cands) if not _common_word(doc, c)]
    return chosen, known_people


def judged(chosen: list[_Cand]) -> list[_Cand]:
    """The names only the recogniser vouches for (not the gazetteer, not a pattern of kg's)."""
    return [c for c in chosen if c.rank == 1 and c.ref.key is None and c.ner not in (None, "PATTERN")]


def _titled_given_name(doc, c: _Cand) -> bool:
    """A known given name and a surname right after a title or a demonym ("son homologue russe
    Pavel Orlov", "le ministre Ivan Petrov")."""
    if c.start < 1 or c.end - c.start != 2 or not _given_name_first(doc[c.start:c.end]):
        return False
    prev = doc[c.start - 1]
    return prev.text.islower() and (prev.lower_ in _title_openers() or gazetteer.country_of_demonym(prev.text) is not None)


def _apply_model(doc, chosen: list[_Cand]) -> list[_Cand]:
    """The learned check (kg.extract.actor_model): drop or retype the names it judges."""
    weak = judged(chosen)
    if not weak or not actor_model.enabled():
        return chosen
    scores = actor_model.judge([actor_model.features(doc, c.start, c.end, c.ref.type, c.ner) for c in weak])
    verdict = {id(c): actor_model.decide(s, c.ref.type) for c, s in zip(weak, scores)}
    out = []
    for c in chosen:
        kind = verdict.get(id(c), c.ref.type)
        if kind != c.ref.type and c.ref.type == "Person" and (
                _titled_given_name(doc, c) or (c.start > 0 and _nationality_noun(doc[c.start - 1]))):
            # "son homologue russe Pavel Orlov", "le Sénégalais Mame Mandiaye Niang": a person,
            # whatever the check says
            kind = c.ref.type
        if kind is None:
            continue
        out.append(c if kind == c.ref.type else dataclasses.replace(c, ref=ActorRef(c.ref.name, kind)))
    return out


def name_mentions(doc, skip=frozenset()) -> list[Mention]:
    """The named actors of a document (no demonyms, no descriptions), surnames not yet resolved."""
    chosen, known_people = candidates(doc, skip)
    out = []
    for c in _apply_model(doc, chosen):
        span = doc[c.start:c.end]
        if c.ref.type == "Person" and c.ref.key is None and re.search(r"\S\s*[-–—]\s*[A-ZÀ-Þ]", span.text):
            pair = _split_pair(doc, c.start, c.end, known_people)
            if pair:
                out += pair
                continue
        out.append(Mention(ref=c.ref, surface=span.text, start=span.start_char, end=span.end_char))
    return out


@gazetteer.derived
def _ministries() -> dict[str, tuple[gazetteer.Entry, ...]]:
    """Country ministries by their name without the demonym ("ministere de la defense")."""
    out: dict[str, list] = {}
    for entry in gazetteer.entries():
        if entry.type != "Organization" or not entry.country:
            continue
        state = gazetteer.get(entry.country)
        if state is None:
            continue
        demonyms = {gazetteer.fold(d) for d in state.demonyms}
        for name in (entry.label, *entry.names):
            words = gazetteer.fold(name).split()
            if words[:1] == ["ministere"] and len(words) > 2 and any(w in demonyms for w in words[1:3]):
                bare = " ".join(w for w in words if w not in demonyms)
                if entry not in out.setdefault(bare, []):
                    out[bare].append(entry)
    return {k: tuple(v) for k, v in out.items()}


def _country_of(ref: ActorRef) -> str | None:
    if ref.type == "Country":
        return ref.key
    seat = cues.load("actors")["seats_of_power"].get(ref.name)
    if seat:
        return seat
    entry = gazetteer.get(ref.key) if ref.key else None
    return entry.country if entry is not None else None


def resolve_bare_ministries(doc, mentions: list[Mention]) -> list[Mention]:
    """"le ministère de la Défense" with no country is the ministry of the country its sentence
    is about ("le porte-parole du Kremlin a renvoyé vers le ministère de la Défense")."""
    out = []
    for m in mentions:
        ref = m.ref
        found = _ministries().get(gazetteer.fold(ref.name)) if ref.type == "Organization" and not ref.key else None
        if found:
            sent = doc.char_span(m.start, m.end, alignment_mode="expand")
            sent = sent.sent if sent is not None else None
            countries = {_country_of(o.ref) for o in mentions if o is not m and sent is not None
                         and sent.start_char <= o.start < sent.end_char} - {None}
            match = [e for e in found if e.country in countries]
            if len(match) == 1:
                ref = ActorRef(match[0].label, match[0].type, match[0].key)
        out.append(Mention(ref=ref, surface=m.surface, start=m.start, end=m.end, kind=m.kind))
    return out


def resolve_short_bodies(mentions: list[Mention]) -> list[Mention]:
    """"le Conseil de sécurité de Russie … le Conseil de sécurité": a body named by the first words
    of a body the article named in full before it is that body (not the one the short name means
    alone, here the UN's)."""
    out, full = [], []  # (full: the bodies named so far, with their folded words)
    for m in sorted(mentions, key=lambda m: m.start):
        if m.ref.type == "Organization":
            short = gazetteer.fold(m.surface)
            longer = [ref for words, ref in full if ref != m.ref and words.startswith(short + " ")]
            if longer and len(short.split()) >= 2:
                m = dataclasses.replace(m, ref=longer[-1])
            else:
                full.append((short, m.ref))
        out.append(m)
    return out


def _organisation_heads() -> frozenset[str]:
    """Nouns that make what they are apposed to an organisation ("un groupe", "une milice"; not
    "le sommet", "la mission")."""
    return frozenset(_cue("company_nouns")) | frozenset(_cue("apposed_org_nouns"))


def typed_by_apposition(doc, mentions: list[Mention]) -> list[Mention]:
    """"Kimsuky, un groupe de pirates informatiques": a name the gazetteer does not know, apposed to
    an organisation noun, is an organisation, wherever the article names it."""
    heads = _organisation_heads()
    orgs = set()
    for m in mentions:
        if m.ref.key is not None or m.ref.type == "Organization" or m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            continue
        k = span.end + 1
        if doc[k].lower_ not in ("un", "une", "le", "la", "l'", "l’"):
            continue
        k += 1
        while k < len(doc) and k < span.end + 5 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k += 1  # "un puissant groupe"
        if k < len(doc) and doc[k].is_lower and doc[k].lower_ in heads:
            orgs.add(m.ref.name)
    return [dataclasses.replace(m, ref=ActorRef(m.ref.name, "Organization"))
            if m.ref.name in orgs and m.ref.key is None else m for m in mentions]


def extract(ctx) -> list[Mention]:
    doc = ctx.doc
    skip = frozenset(furniture_tokens(doc))
    mentions = typed_by_apposition(doc, name_mentions(doc, skip))
    taken = {tok.i for m in mentions for tok in (doc.char_span(m.start, m.end, alignment_mode="expand") or [])}
    mentions += demonym_mentions(doc, taken, skip)
    mentions = resolve_short_bodies(resolve_surnames(mentions))
    mentions += description_mentions(doc, mentions, skip)
    mentions = resolve_bare_ministries(doc, mentions)
    ctx._titles = {t: d.linked for d in find_descriptions(doc, mentions, skip) if d.linked is not None
                   for t in range(d.start, d.end)}
    return sorted(mentions, key=lambda m: (m.start, m.end))
