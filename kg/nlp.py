"""The spaCy pipeline: `fr_core_news_md` plus two small fixes for news text.

- Hyphenated name parts ("Kim Jong-un", "An Chan-il", "Amir-Abdollahian",
  "al-Sissi") are kept as one token, so "un" is not read as an article and a
  name is not cut at its hyphen; known names ("France-Algérie", "Poutine-Kim")
  stay apart.
- A hard line break inside a paragraph is a space (`unwrap`); any other line
  break ends a sentence (headlines, captions and bylines are their own
  sentences), and a capitalised word right after another one on the same line
  never starts a sentence ("Kim Jong Un" stays one name).
"""
from __future__ import annotations

import functools
import queue
import re
import threading
from pathlib import Path

from kg import lemma_tables, token_match
from kg.errors import KgError

MODEL = "fr_core_news_md"

# "Jong-un", "Chan-il", "Seong-chang": a capitalised part, a hyphen, a lower-case part.
_NAME_PART = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+$")
_LOWER_PART = re.compile(r"^[a-zà-ÿ]{1,6}$")
_HYPHEN_TAIL = re.compile(r"^-[a-zà-ÿ]{1,6}$")
_NAME_START = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+$")
_ARTICLE_PARTS = {"al", "el", "ben", "bin", "ibn", "abu", "abou", "ould", "ag"}


def _known(name: str) -> bool:
    from kg import gazetteer
    return gazetteer.lookup(name) is not None or gazetteer.country_of_demonym(name) is not None


_NOT_NAME_TAILS = {"ce", "il", "elle", "ils", "elles", "on", "t", "là", "ci", "je", "tu", "nous", "vous"}


def merge_hyphenated_names(doc):
    spans = []
    i = 0
    while i + 1 < len(doc):
        a, h = doc[i], doc[i + 1]
        b = doc[i + 2] if i + 2 < len(doc) else None
        if (b is not None and h.text == "-" and not a.whitespace_ and not h.whitespace_
                and _NAME_PART.match(a.text) and _LOWER_PART.match(b.text)
                and b.text not in _NOT_NAME_TAILS):
            spans.append(doc[i:i + 3])
            i += 3
        elif (b is not None and h.text == "-" and not a.whitespace_ and not h.whitespace_
              and (_NAME_PART.match(a.text) or a.lower_ in _ARTICLE_PARTS) and _NAME_START.match(b.text)
              and (a.lower_ in _ARTICLE_PARTS or not (_known(a.text) or _known(b.text)))):
            # "Amir-Abdollahian", "Al-Junaid", "al-Sissi", "Diori-Hamani": one name; but
            # "France-Algérie", "Poutine-Kim" join a known name to another
            spans.append(doc[i:i + 3])
            i += 3
        elif (not a.whitespace_ and _NAME_PART.match(a.text) and _HYPHEN_TAIL.match(h.text) and i > 0
              and _NAME_PART.match(doc[i - 1].text) and doc[i - 1].whitespace_ == " "):
            # "An Chan-il", "Kim Jong-il": the tokenizer splits "-il" off as a pronoun
            spans.append(doc[i:i + 2])
            i += 2
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


_TERMINAL = (".", "!", "?", "…", ":", ";")
_JOINING_WORDS = frozenset("""de du des d' d’ la le les l' l’ un une et ou à au aux en par pour sur dans avec
    sans entre vers que qu' qu’ qui dont où ni mais car son sa ses leur leurs ce cet cette ces m. mme contre
    chez selon depuis après avant auprès parmi malgré envers sous devant derrière lors dès jusqu' jusqu’""".split())


def _continues(line: str, nxt: str) -> bool:
    """Is `nxt` the rest of the sentence that `line` leaves unfinished (a hard line break)?"""
    body, rest = line.rstrip(), nxt.lstrip()
    if len(body) < 40 or not rest or rest[0] in "-–—•*|>#":
        return False
    if body.endswith(":") and rest[0].islower():
        return True  # "Parmi elles :\nl'opérateur du système de paiement Mir, …": the list goes on
    if body.endswith(_TERMINAL):
        return False
    if body.endswith(("»", '"', "”")) and body[:-1].rstrip().endswith(_TERMINAL):
        return False
    if rest[0].islower() or rest[0].isdigit() or rest[0] in "«(\"“":
        return True
    last = body.split()[-1].lower()
    return (body.endswith(",") or last in _JOINING_WORDS or last.endswith(("'", "’"))
            or _name_across(body.split()[-1], rest.split()[0]))


def _name_across(last: str, first: str) -> bool:
    """"… a déclaré Vladimir\nPoutine", "la ministre Anita\nAnand": a given name ends the line and
    a capitalised word opens the next, or the two words make a name the gazetteer knows ("Kuala
    Lumpur", "Xi Jinping")."""
    from kg import cues, gazetteer
    first = first.rstrip(".,;:!?»)")
    if not first[:1].isupper():
        return False
    if last in cues.words("given_names", "given_names") and "-" not in last:
        return True  # (not "Kim Jong-un" ending a line: a Korean given name closes the name)
    return gazetteer.lookup(f"{last} {first}") is not None


def unwrap(text: str) -> str:
    """The text with hard line breaks inside paragraphs turned into spaces (same length, so every
    offset still points into the article): "a reçu dimanche au siège de\nla présidence" is one
    sentence. A break after a finished sentence, a short line (headers, furniture) or before a
    blank line stays."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    joins = [_continues(line, nxt) for line, nxt in zip(lines, lines[1:])]
    _wrapped_blocks(lines, joins)
    chars = list(text)
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        if joins[k]:
            chars[pos] = " "
        pos += 1
    return "".join(chars)


def _wrapped_blocks(lines: list[str], joins: list[bool]) -> None:
    """In a block of three lines or more (no blank line between) where most breaks already go on,
    the text is a paragraph wrapped at a fixed width: a long unfinished line goes on whatever the
    next one starts with ("du ministre responsable du Commerce\nCanada-États-Unis, Dominic
    LeBlanc"); a list of headlines ("Lire aussi") has few such breaks and keeps them."""
    start = 0
    while start < len(lines):
        end = start
        while end + 1 < len(lines) and lines[end + 1].strip() and lines[end].strip():
            end += 1
        # break k is between lines k and k + 1; those after a long unfinished line tell a wrapped
        # paragraph (most go on) from a list of headlines (none do), whatever the short header
        # lines and finished sentences around them
        breaks = [k for k in range(start, end) if len(lines[k].rstrip()) >= 40
                  and not lines[k].rstrip().endswith(_TERMINAL)]
        if len(breaks) >= 2 and 2 * sum(joins[k] for k in breaks) >= len(breaks):
            for k in breaks:
                body, rest = lines[k].rstrip(), lines[k + 1].lstrip()
                # (every break here follows a long unfinished line)
                if not joins[k] and rest[:1].isupper() \
                        and not (body.endswith(("»", '"', "”")) and body[:-1].rstrip().endswith(_TERMINAL)):
                    joins[k] = True
        start = end + 1


_SENTENCE_ENDS = {".", "!", "?", "…", ":", ";", "»", '"', "”", ")", "—", "–"}


_CAPS_WORD = r"[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]*[A-ZÀ-ÞŒ]"
# a title-case word, then ALL-CAPS words ("Vladimir POUTINE"); or two ALL-CAPS words or more
_CAPS_AFTER_NAME = re.compile(rf"\b[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)? ((?:{_CAPS_WORD})(?: (?:{_CAPS_WORD}))*)\b")
_CAPS_RUN = re.compile(rf"\b((?:{_CAPS_WORD})(?: (?:{_CAPS_WORD}))+)\b")


def _acronyms() -> frozenset[str]:
    from kg import gazetteer
    return gazetteer.acronyms()


def _title(match: re.Match) -> str:
    whole, words = match.group(0), match.group(1).split(" ")
    if any(w in _acronyms() for w in words) or all(len(w) < 4 for w in words):
        return whole
    titled = " ".join(w[:1] + w[1:].lower() for w in words)
    if len(titled) != len(match.group(1)):
        return whole
    return whole[:match.start(1) - match.start(0)] + titled + whole[match.end(1) - match.start(0):]


def titlecase_names(text: str) -> str:
    """The text with ALL-CAPS names in running text written in title case (same length):
    "Vladimir POUTINE", "Bassirou Diomaye FAYE", "PHAM MINH CHINH" are read as names by the
    recogniser. Acronyms (known ones, and runs of short words: ONU, AFP, LNG) and lines mostly in
    capitals (mastheads, headlines, photo credits) stay as they are."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        letters = [c for c in line if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue
        line = _CAPS_AFTER_NAME.sub(_title, line)
        lines[k] = _CAPS_RUN.sub(_title, line)
    return "\n".join(lines)


def prepare(text: str) -> str:
    """What the pipeline parses for `text`: hard line breaks unwrapped, ALL-CAPS names in title
    case; the same length, so every offset points into the article."""
    return titlecase_names(unwrap(text))


def line_sentences(doc):
    """Sentence starts after line breaks; none inside a run of capitalised words, and none but
    after a sentence's end ("X, qui ... 2023, s'est entretenu": one sentence; "a sanctionné
    Rosneft et Lukoil": one sentence)."""
    import numpy
    from spacy.attrs import SENT_START

    tokens = list(doc)
    # 1 a start, -1 none, 0 the parser's choice; set all at once (setting `is_sent_start` token by
    # token checks the whole document for a parse each time)
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    for i in range(1, len(tokens)):
        token, prev = tokens[i], tokens[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[i] = 1
        elif (token.text[:1].isupper() and prev.text[:1].isupper() and prev.is_alpha
              and token.is_alpha and starts[i - 1] != 1):
            starts[i] = -1
        elif _initial_ends_sentence(prev, token):
            starts[i] = 1
        elif prev.text not in _SENTENCE_ENDS or token.text in (",", ";", ":", ")") or token.text[:1].islower():
            # (nor after an abbreviation's period: "Insitu Inc., Hudson Technologies", "etc. et")
            starts[i] = -1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


_OPENERS = frozenset("""le la les l' l’ il elle ils elles un une des ce cet cette ces on en au aux
    mais selon dans pour depuis après avant lors""".split())


def _initial_ends_sentence(prev, token) -> bool:
    """"… les cargos Angara et Lady R. L'Union européenne a inscrit …": the tokenizer keeps the
    period in "R.", which ends the sentence when a sentence's first word follows (not "George W.
    Bush")."""
    return (len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == "."
            and token.text[:1].isupper() and token.lower_ in _OPENERS)


@functools.cache
def load():
    """The pipeline, loaded once per process."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError as exc:  # pragma: no cover - install problem
        raise KgError(f"spaCy is not installed ({exc}); run: pip install kg-news") from None
    token_match.prime(token_match.tokenizer_file(MODEL))
    if not Language.has_factory("kg_merge_hyphenated_names"):
        Language.component("kg_merge_hyphenated_names")(merge_hyphenated_names)
        Language.component("kg_line_sentences")(line_sentences)
    try:
        with lemma_tables.faster():
            # Without the vocabulary's 713,000 stored strings (0.6 s of every load): spaCy adds a
            # word's string when it meets the word, and the components their labels as they load,
            # so the parse is the same; only a word never met cannot be named from its hash
            # (kg.learn, which needs that, reads them: `strings`).
            nlp = spacy.load(MODEL, exclude=["strings"])
    except OSError:
        raise KgError(f"the spaCy model {MODEL} is missing; run: pip install {MODEL}==3.8.0") from None
    nlp.add_pipe("kg_merge_hyphenated_names", first=True)
    nlp.add_pipe("kg_line_sentences", after="kg_merge_hyphenated_names")
    return nlp


def strings():
    """The model's stored strings, which `load` leaves out, with those its vocabulary has added
    since (a spaCy StringStore): the names of the words its vectors know."""
    from spacy.strings import StringStore
    nlp = load()
    store = StringStore().from_disk(Path(nlp.path) / "vocab" / "strings.json")
    for string in nlp.vocab.strings:
        store.add(string)
    return store


@functools.cache
def _lexicon():
    tables = load().get_pipe("lemmatizer").lookups
    index = tables.get_table("lemma_index")
    lemmas = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index[pos])
    return tables.get_table("lemma_lookup"), lemmas


def is_french_word(word: str) -> bool:
    """Is `word` (any case) a common French word the model's lemmatizer knows: a lemma of a noun,
    verb, adjective or adverb, or an inflected form of one? Proper names are not ("sanctions",
    "samedi", "partenariat" are; "Erdogan", "Russie", "Laval" are not)."""
    forms, lemmas = _lexicon()
    low = word.lower()
    return low in lemmas or low in forms


def release() -> None:
    """Let the loaded pipeline go (about 450 MB): the next `load` reads it again."""
    import gc

    load.cache_clear()
    _lexicon.cache_clear()
    gc.collect()


def parse(texts, batch_size: int = 16, threads: bool = False):
    """Parsed documents for `texts`, in order, each parsed from `prepare(text)` (same offsets).

    With `threads`, the pipeline runs on two threads of its own, a few documents ahead of the
    caller: the tokenizer, kg's components, the tagger and the parser on one; the components
    after the parser (the lemmatizer and the named-entity recogniser, which has its own token
    vectors) on the other, a batch behind. spaCy's models let go of Python's interpreter lock
    while they compute, so the parse takes two cores, and the caller's own work (extraction)
    goes on beside it. Each document goes through the same components, in the same order and
    the same batches, as without: the same documents.
    """
    nlp = load()
    if not threads:
        yield from _parsed(nlp, texts, batch_size, ())
        return
    _few_heaps()
    later = nlp.pipe_names[nlp.pipe_names.index("parser") + 1:]
    docs = _ahead(_parsed(nlp, texts, batch_size, tuple(later)), batch_size)
    for name in later:
        docs = nlp.get_pipe(name).pipe(docs, batch_size=batch_size)
    yield from _ahead(docs, batch_size)


@functools.cache
def _few_heaps() -> None:
    """At most two heaps for the process's threads, where the C library has them (glibc): each
    thread that allocates gets a heap of its own otherwise, and what one frees the others never
    reuse (300 generated articles, the same limit set by MALLOC_ARENA_MAX=2: a build's peak
    resident memory 893 and 909 MiB in two runs, against 923 and 936 MiB without)."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc
        pass


def _parsed(nlp, texts, batch_size: int, disable: tuple):
    for doc, text in nlp.pipe(((t, t) for t in map(prepare, texts)), batch_size=batch_size,
                              as_tuples=True, disable=disable):
        doc.user_data["kg_text"] = text  # see kg.extract.common.doc_text
        yield doc


_END = object()


def _ahead(items, size: int):
    """`items`, computed on a thread of their own up to `size` ahead of the caller. An error
    there is raised here; when the caller stops early, the thread stops at its next item."""
    made: queue.Queue = queue.Queue(maxsize=size)
    stop = threading.Event()

    def put(entry) -> bool:
        while not stop.is_set():
            try:
                made.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in items:
                if not put((item, None)):
                    return
            put((_END, None))
        except BaseException as exc:  # raised in the caller's thread
            put((_END, exc))

    threading.Thread(target=run, name="kg-parse", daemon=True).start()
    try:
        while True:
            try:
                item, error = made.get(timeout=0.1)
            except queue.Empty:
                continue  # (awake every tenth of a second: Ctrl-C acts here at once, whichever
                # thread the system handed the signal to)
            if item is _END:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
