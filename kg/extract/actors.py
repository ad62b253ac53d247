"""Actors: spaCy's entities, repaired and typed with the gazetteer, plus demonyms.

- Spans are cleaned: honorifics stripped ("M. Kim"), line breaks cut,
  over-long organisation names cut before lower-case words.
- The gazetteer types what it knows (Washington tagged PER is a Country).
- A capital used politically is its country ("Moscou a nié"); after a
  preposition of place it is the city ("à Pyongyang").
- A lone surname takes the full name introduced earlier in the article.
"""
from __future__ import annotations


from kg import cues, gazetteer
from kg.records import ActorRef, Mention

NER_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
_TRIM = " \t\n,;:.!?«»\"“”()[]'’-–—"


def _cue(section: str) -> frozenset[str]:
    return cues.words("actors", section)


def clean_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token bounds of the name inside an entity span, or None when nothing is left."""
    honorifics = _cue("honorifics")
    particles = _cue("name_particles")
    # cut at a line break
    for i in range(start, end):
        if "\n" in doc[i].text or ("\n" in doc[i].whitespace_ and i < end - 1):
            end = i + 1 if "\n" not in doc[i].text else i
            break
    while start < end and (doc[start].text in honorifics or doc[start].is_punct or doc[start].is_space
                           or doc[start].lower_ in particles):
        start += 1
    # over-long names: stop at the first lower-case word that is not a particle
    for i in range(start + 1, end):
        tok = doc[i]
        if tok.is_alpha and tok.text.islower() and tok.lower_ not in particles:
            end = i
            break
    while end > start and (doc[end - 1].lower_ in particles or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return start, end


def is_location_use(doc, start: int) -> bool:
    """Is the name at token `start` used as a location ("à Pyongyang", "de Séoul" after a noun)?"""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ in _cue("location_prepositions"):
        return True
    if prev.lower_ in ("de", "d'", "d’") and start >= 2 and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        return doc[start - 2].lower_ not in ("armée", "régime", "gouvernement", "président", "dirigeant")
    return False


def _ref_for(name: str, ner_type: str, doc, start: int) -> ActorRef | None:
    entry = gazetteer.lookup(name)
    if entry is not None and entry.type == "Place":
        country = gazetteer.country_of_capital(name)
        if country is not None and not is_location_use(doc, start):
            return ActorRef(country.label, "Country", country.key)
        return ActorRef(entry.label, "Place", entry.key)
    if entry is not None:
        return ActorRef(entry.label, entry.type, entry.key)
    if ner_type is None:
        return None
    if name in _cue("generic_nouns") or not any(c.isupper() for c in name):
        return None
    return ActorRef(name, ner_type)


def entity_mentions(doc) -> list[Mention]:
    out = []
    for ent in doc.ents:
        bounds = clean_span(doc, ent.start, ent.end)
        if bounds is None:
            continue
        span = doc[bounds[0]:bounds[1]]
        name = span.text.strip(_TRIM)
        if len(name) < 2:
            continue
        ref = _ref_for(name, NER_TYPES.get(ent.label_), doc, span.start)
        if ref is not None:
            out.append(Mention(ref=ref, surface=span.text, start=span.start_char, end=span.end_char))
    return out


def demonym_mentions(doc, taken: set[int]) -> list[Mention]:
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        country = gazetteer.country_of_demonym(tok.text)
        if country is not None:
            out.append(Mention(ref=ActorRef(country.label, "Country", country.key), surface=tok.text,
                               start=tok.idx, end=tok.idx + len(tok.text)))
    return out


def resolve_surnames(mentions: list[Mention]) -> list[Mention]:
    """"Peskov" after "Dmitri Peskov" in the same article is Dmitri Peskov."""
    full: dict[str, ActorRef] = {}
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        ref = m.ref
        if ref.type == "Person":
            parts = ref.name.split()
            if len(parts) > 1:
                for part in (parts[0], parts[-1]):
                    full.setdefault(gazetteer.fold(part), ref)
            elif gazetteer.fold(ref.name) in full:
                ref = full[gazetteer.fold(ref.name)]
        out.append(Mention(ref=ref, surface=m.surface, start=m.start, end=m.end))
    return out


def extract(ctx) -> list[Mention]:
    doc = ctx.doc
    mentions = entity_mentions(doc)
    taken = {tok.i for m in mentions for tok in (doc.char_span(m.start, m.end, alignment_mode="expand") or [])}
    mentions += demonym_mentions(doc, taken)
    return resolve_surnames(mentions)


