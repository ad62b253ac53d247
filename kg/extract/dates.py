"""A small, pure (standard library only) French date grammar.

Turns date expressions found in French news text into XSD literals, as precise
as the text allows:

* ``xsd:date``        -> ``DateValue("2023-09-13", "date")``
* ``xsd:gYearMonth``  -> ``DateValue("2023-07", "gYearMonth")``
* ``xsd:gYear``       -> ``DateValue("2019", "gYear")``

Everything is deterministic: the current date is never consulted.  Relative
expressions ("hier", "mardi dernier", "en juillet") need a *reference* date
(usually the publication date of the article) and resolve to ``None`` without
one.

Public API
----------
``DateValue``, ``DateMention``, ``publication_date(text)``, ``update_date(text)``,
``reference_date(text)``, ``find_dates(text, reference)``,
``normalize(expression, reference)``.

Resolution choices (documented, see the module tests):

* "13 septembre" (no year, no weekday): the reference year, or the previous
  year if the date would fall more than 183 days after the reference.
  "13 septembre dernier" / "prochain": strictly before / after the reference.
* "mercredi 13 septembre" (no year): the year in which 13 September is a
  Wednesday, nearest to the reference (ties go to the past).  Without a
  reference, the year comes from the text or stays unknown: the first
  fitting year from the latest year the text names as past or present
  ("d'ici 2030", "avant 2024" are left out) to five years after it; none
  when the text names no year.
* "en juillet" / "début juillet" / "mi-juillet": July of the reference year,
  even when July is after the reference month (press talks about planned
  events: "le sommet prévu en juillet").  "juillet dernier": the most recent
  July strictly before the reference month; "juillet prochain": the next July
  strictly after it; "depuis juillet": the most recent July on or before the
  reference month; "d'ici juillet" / "jusqu'en juillet": the next July on or
  after the reference month.
* "mardi", "ce mardi", "dimanche soir": the most recent such day on or before
  the reference (0-6 days back); on a page updated within a week of its
  publication, the last such day by the update when it falls after
  publication (a live page).  "mardi dernier": 1-7 days back.
  "mardi prochain": 1-7 days forward.
* "la semaine dernière" -> gYearMonth of reference - 7 days; "cette semaine"
  -> gYearMonth of the reference (gYear when that week straddles two months); "le mois dernier" -> previous gYearMonth;
  "l'an dernier" -> gYear - 1; "cette année" -> gYear; "il y a 3 jours" ->
  date; "il y a deux ans" -> gYear.
* "la veille", "l'avant-veille", "le lendemain" (not "la veille du sommet"):
  a day from the day the story stands at, when the caller gives it (the last
  full date before the sentence); without it, "la veille" is the day before
  the reference and "le lendemain" stays unknown.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = [
    "DateValue",
    "DateMention",
    "publication_date",
    "update_date",
    "reference_date",
    "find_dates",
    "normalize",
]


# --------------------------------------------------------------------------- #
# Public data types
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class DateValue:
    value: str  # "2023-09-13" | "2023-09" | "2019"
    precision: str  # "date" | "gYearMonth" | "gYear"

    @property
    def xsd_type(self) -> str:
        return "xsd:" + self.precision


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: DateValue


def _dv_date(d: _dt.date) -> DateValue:
    return DateValue(d.isoformat(), "date")


def _dv_ym(year: int, month: int) -> DateValue:
    return DateValue(f"{year:04d}-{month:02d}", "gYearMonth")


def _dv_y(year: int) -> DateValue:
    return DateValue(f"{year:04d}", "gYear")


# --------------------------------------------------------------------------- #
# Text folding (lowercase, no accents, normalised apostrophes/spaces/dashes)
# with an offset map back to the original string.
# --------------------------------------------------------------------------- #

_APOS = set("\u2019\u2018\u02bc\u0060\u00b4\u2032")
_SPACES = set("\u00a0\u202f\u2009\u2007\u2002\u2003\u2008\u200a\t\r")
_DASHES = set("\u2010\u2011\u2012\u2013\u2014\u2212")


def _fold_char(ch: str) -> str:
    if ch in _APOS:
        return "'"
    if ch in _SPACES:
        return " "
    if ch in _DASHES:
        return "-"
    if ch.isascii():
        return ch.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()


class _FoldTable(dict):
    """str.translate's table: each character folded once, on first sight."""

    def __missing__(self, code: int) -> str:
        self[code] = rep = _fold_char(chr(code))
        return rep


_TABLE = _FoldTable()


def _fold(text: str) -> tuple[str, list[int]]:
    folded = text.translate(_TABLE)
    if len(folded) == len(text) and all(len(_TABLE[ord(ch)]) == 1 for ch in set(text)):
        return folded, list(range(len(text) + 1))  # one character for one: offsets unchanged
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        rep = _TABLE[ord(ch)]
        out.append(rep)
        idx.extend([i] * len(rep))
    idx.append(len(text))
    return "".join(out), idx


# --------------------------------------------------------------------------- #
# Lexicon
# --------------------------------------------------------------------------- #

_WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
_WD = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

_MONTH_NUM = {
    "janvier": 1, "janv": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7, "juill": 7,
    "aout": 8,
    "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}
WEEKDAYS = frozenset(_WD.split("|"))
MONTH_NUMBERS = dict(_MONTH_NUM)  # folded French month names and abbreviations → 1..12
MONTHS = frozenset(_MONTH_NUM)
_FULL_MONTHS = (
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
FULL_MONTHS = frozenset(_FULL_MONTHS.split("|"))  # folded, without abbreviations ("sept" is also a number)
# Month after a day number: abbreviations allowed with or without a dot.
_MONTH_ANY = (
    r"(?:" + _FULL_MONTHS + r"|janv\.?|fevr\.?|fev\.?|avr\.?|juill\.?|juil\.?|sept\.?|oct\.?|nov\.?|dec\.?)(?![a-z])"
)
# Month without a day: full names or dotted abbreviations only.
_MONTH_FULL = (
    r"(?:" + _FULL_MONTHS + r"|janv\.|fevr\.|fev\.|avr\.|juill\.|juil\.|sept\.|oct\.|nov\.|dec\.)(?![a-z])"
)
_DAY = r"(?:1\s?er|1ere|1re|premier|[12]\d|3[01]|0?[1-9])(?![\d])"
_YEAR4 = r"[12]\d{3}(?![\d])"

_TOD = (
    r"(?:\s+(?:soir|matin|midi|apres[- ]midi"
    r"|(?:en|au|dans\s+la|dans\s+l')\s*(?:(?:debut|fin)\s+d(?:e\s+|'))?"
    r"(?:journee|matinee|soiree|apres[- ]midi|nuit|soir|matin))(?![a-z]))"
)

_NUMWORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
}
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + r")"


def _month_num(s: str) -> int:
    return _MONTH_NUM[s.strip().rstrip(".").strip()]


def _day_num(s: str) -> int:
    s = s.replace(" ", "")
    if s in ("1er", "1ere", "1re", "premier"):
        return 1
    return int(s)


def safe_date(y: int, m: int, d: int) -> _dt.date | None:
    """The date, or None when there is no such day (30 February)."""
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


# --------------------------------------------------------------------------- #
# Candidates
# --------------------------------------------------------------------------- #


@dataclass
class _Cand:
    start: int  # folded offsets
    end: int
    kind: str
    data: dict = field(default_factory=dict)


class _Ctx:
    def __init__(self, text: str, permissive: bool):
        self.text = text
        self.folded, self.idx = _fold(text)
        self.permissive = permissive

    def alone(self, fs: int, fe: int) -> bool:
        """True when [fs, fe) is all the folded text but blanks/punctuation."""
        return not re.search(r"\w", self.folded[:fs]) and not re.search(r"\w", self.folded[fe:])

    def orig_span(self, fs: int, fe: int) -> tuple[int, int]:
        if fe <= fs:
            return self.idx[fs], self.idx[fs]
        return self.idx[fs], self.idx[fe - 1] + 1

    def orig(self, fs: int, fe: int) -> str:
        s, e = self.orig_span(fs, fe)
        return self.text[s:e]


_PATTERNS: list[tuple[re.Pattern, object]] = []


def _pattern(regex: str):
    def deco(fn):
        _PATTERNS.append((re.compile(regex), fn))
        return fn

    return deco


def _mod_of(s: str | None) -> str | None:
    if not s:
        return None
    s = s.strip()
    if s.startswith(("dernier", "derniere", "passe")):
        return "last"
    if s.startswith("prochain"):
        return "next"
    return None


# ---- explicit / day-month dates ------------------------------------------- #


def _dm_cand(start, end, wd, day, mon, year, mod):
    d = _day_num(day)
    m = _month_num(mon)
    if not 1 <= d <= 31:
        return None
    if year:
        y = int(year)
        if safe_date(y, m, d) is None:
            return None
        return _Cand(start, end, "date", {"y": y, "m": m, "d": d, "wd": _WEEKDAYS.get(wd) if wd else None})
    if safe_date(2000, m, d) is None:  # 2000 is a leap year
        return None
    if wd:
        return _Cand(start, end, "wdm", {"wd": _WEEKDAYS[wd], "m": m, "d": d})
    return _Cand(start, end, "dm", {"m": m, "d": d, "mod": _mod_of(mod)})


@_pattern(
    rf"(?<![\w.,/])(?:(?P<wd>{_WD}),?\s+(?:le\s+)?)?(?P<day>{_DAY})\s*(?P<mon>{_MONTH_ANY})"
    rf"(?:,?\s+(?P<year>{_YEAR4})|\s+(?P<mod>dernier|derniere|prochain|passe)(?![a-z]))?"
)
def _p_full(m: re.Match, ctx: _Ctx):
    return _dm_cand(m.start(), m.end(), m.group("wd"), m.group("day"), m.group("mon"), m.group("year"), m.group("mod"))


@_pattern(
    rf"(?<![\w.,/])(?:(?P<wd1>{_WD})\s+)?(?P<d1>{_DAY})\s*(?:et|au|a|-|,|&|ou)\s*(?:le\s+)?"
    rf"(?:(?P<wd2>{_WD})\s+)?(?P<d2>{_DAY})\s+(?P<mon>{_MONTH_ANY})(?:\s+(?P<year>{_YEAR4}))?"
)
def _p_day_range(m: re.Match, ctx: _Ctx):
    # "du 13 au 15 septembre 2023", "les 13 et 14 septembre": the first day
    # borrows the month (and year) of the second one.  The second day is
    # found by the plain pattern.
    return _dm_cand(m.start(), m.end("d1"), m.group("wd1"), m.group("d1"), m.group("mon"), m.group("year"), None)


@_pattern(
    rf"(?<![\w.,/])(?:(?P<wd1>{_WD})\s+)?(?P<d1>{_DAY})\s*(?P<m1>{_MONTH_ANY})\s*(?:et|au|a|-)\s*(?:le\s+)?"
    rf"(?:{_WD}\s+)?(?:{_DAY})\s*(?P<m2>{_MONTH_ANY})\s+(?P<year>{_YEAR4})"
)
def _p_dm_range(m: re.Match, ctx: _Ctx):
    # "du 28 décembre au 3 janvier 2024": the first date borrows the year.
    y = int(m.group("year"))
    if _month_num(m.group("m1")) > _month_num(m.group("m2")):
        y -= 1
    return _dm_cand(m.start(), m.end("m1"), m.group("wd1"), m.group("d1"), m.group("m1"), str(y), None)


_PUBLISHED_BEFORE = re.compile(r"(?:publie|mis a jour|modifie)[^\n]*$")


@_pattern(
    rf"(?<![\w.,/])(?:(?P<wd>{_WD}),?\s+)?(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)"
    r"(?P<y>[12]\d{3}|\d{2})(?![\d])(?![./-]\d)"
)
def _p_numeric(m: re.Match, ctx: _Ctx):
    ys = m.group("y")
    if len(ys) == 2:
        if m.group("sep") != "/" and not _PUBLISHED_BEFORE.search(ctx.folded[max(0, m.start() - 30):m.start()]):
            return None  # ("Publié le 09-07-24 à 18h42" is a date; a bare "09-07-24" may be a code)
        y = 2000 + int(ys)
    else:
        y = int(ys)
    d, mo = int(m.group("d")), int(m.group("m"))
    if safe_date(y, mo, d) is None:
        return None
    wd = m.group("wd")
    return _Cand(m.start(), m.end(), "date", {"y": y, "m": mo, "d": d, "wd": _WEEKDAYS.get(wd) if wd else None})


@_pattern(r"(?<![\w.,/-])(?P<y>[12]\d{3})(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d])")
def _p_iso(m: re.Match, ctx: _Ctx):
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if safe_date(y, mo, d) is None:
        return None
    return _Cand(m.start(), m.end(), "date", {"y": y, "m": mo, "d": d, "wd": None})


# ---- month + year, month alone -------------------------------------------- #


@_pattern(
    rf"(?<![a-z])(?:(?P<pre>mi-|mi\s+|debut\s+|fin\s+|courant\s+)\s*)?(?P<mon>{_MONTH_FULL})\s*,?\s+(?P<year>{_YEAR4})"
)
def _p_month_year(m: re.Match, ctx: _Ctx):
    return _Cand(m.start(), m.end(), "ym", {"y": int(m.group("year")), "m": _month_num(m.group("mon"))})


_MONTH_CTX = (
    r"en|depuis|des|jusqu'en|jusqu'a|jusqu'au\s+mois\s+d(?:e\s+|')|avant|apres|d'ici|d'ici\s+a"
    r"|(?:au\s+)?mois\s+d(?:e\s+|')|(?:a\s+)?partir\s+d(?:e\s+|')|au\s+cours\s+du\s+mois\s+d(?:e\s+|')"
)


@_pattern(
    rf"(?<![a-z'])(?:(?P<ctx>{_MONTH_CTX})\s*)?(?P<pre>(?:mi-|mi\s+|debut\s+|fin\s+|courant\s+)\s*)?"
    rf"(?P<mon>{_MONTH_FULL})(?:\s+(?P<mod>dernier|prochain|passe)(?![a-z]))?"
)
def _p_month(m: re.Match, ctx: _Ctx):
    c = m.group("ctx")
    if c:
        c = re.sub(r"\s+", " ", c)
        if c == "des" and "è" not in ctx.orig(m.start("ctx"), m.end("ctx")).lower():
            c = None  # "des" (article), not "dès"
    pre, mod = m.group("pre"), m.group("mod")
    if not (c or pre or mod or (ctx.permissive and ctx.alone(m.start(), m.end()))):
        return None
    start = m.start("pre") if pre else m.start("mon")
    kind_ctx = None
    if c:
        if c.startswith(("depuis", "des", "apres", "a partir", "partir")):
            kind_ctx = "since"
        elif c.startswith(("jusqu", "d'ici", "avant")):
            kind_ctx = "until"
    return _Cand(start, m.end(), "month", {"m": _month_num(m.group("mon")), "mod": _mod_of(mod), "ctx": kind_ctx})


@_pattern(
    rf"(?<![a-z'])(?:de|d'|entre)\s*(?P<m1>{_MONTH_FULL})\s+(?:a|au|et|jusqu'a|jusqu'en)\s+"
    rf"(?:mois\s+d(?:e\s+|'))?(?P<m2>{_MONTH_FULL})(?:\s+(?P<year>{_YEAR4}))?"
)
def _p_month_range(m: re.Match, ctx: _Ctx):
    m1, m2 = _month_num(m.group("m1")), _month_num(m.group("m2"))
    if m.group("year"):
        y2 = int(m.group("year"))
        y1 = y2 - 1 if m1 > m2 else y2
        return [
            _Cand(m.start("m1"), m.end("m1"), "ym", {"y": y1, "m": m1}),
            _Cand(m.start("m2"), m.end(), "ym", {"y": y2, "m": m2}),
        ]
    return [
        _Cand(m.start("m1"), m.end("m1"), "month", {"m": m1, "mod": None, "ctx": None}),
        _Cand(m.start("m2"), m.end("m2"), "month", {"m": m2, "mod": None, "ctx": None, "after": m1}),
    ]


# ---- bare years ------------------------------------------------------------ #

_STRONG_YEAR_CTX = {
    "en", "depuis", "des", "jusqu'en", "jusqu'a", "d'ici", "d'ici a", "avant", "apres", "annee",
    "l'annee", "l'an", "(", "au cours de l'annee", "courant", "a partir de", "partir de",
}
# A year after these is (likely) ahead of the article: it says nothing of when it was written.
_FUTURE_YEAR_CTX = {"jusqu'en", "jusqu'a", "d'ici", "d'ici a", "avant", "a partir de", "partir de", "vers"}
_FUTURE_BEFORE = re.compile(
    r"(?:\b(?:avant|jusqu'(?:en|a|au))\s+(?:[a-z']+\s+){0,2}"
    r"|(?:prevue?s?|programmee?s?|attendue?s?|horizon|objectif|prochaine?s?|d'ici|d'ici\s+a)\s+(?:en\s+|a\s+|de\s+|pour\s+)?)$")
_WEAK_FOLLOW_OK = {
    "a", "au", "aux", "et", "ou", "jusqu", "le", "la", "les", "l", "il", "elle", "ils", "elles",
    "on", "ce", "c", "cette", "ces", "puis", "alors", "deja", "dans", "en", "lors", "pour", "par",
    "avec", "sans", "qui", "que", "qu", "quand", "lorsque", "mais", "donc", "avant", "apres",
    "contre", "selon", "sur", "sous", "entre", "ne", "n", "se", "s", "d", "de", "du", "des",
    "un", "une", "ont", "a", "est", "etait", "sont", "avait", "avaient",
}
_UNIT_AFTER = re.compile(
    r"\s*(?:%|€|\$|£|°|(?:km|kg|m|m2|m3|cm|mm|t|ha|mw|gw|kw|md|mds|m€|k€|euros?|dollars?|francs?|livres?"
    r"|metres?|kilometres?|tonnes?|litres?|hectares?|habitants?|personnes?|soldats?|morts?|victimes?"
    r"|blesses?|exemplaires?|pages?|voix|points?|fois|ans|jours|heures|minutes|hommes|femmes|enfants"
    r"|militaires|policiers|gendarmes|manifestants|salaries|emplois|postes|eleves|logements|km/h)(?![a-z]))"
)
_QUANTITY_BEFORE = re.compile(
    r"(?<![a-z])(?:plus|moins|pres|environ|quelque|quelques|ordre|total|hauteur|montant|somme|budget"
    r"|chiffre|nombre|lot|groupe|serie|total|effectif|cout|prix)\s+$"
)


@_pattern(
    r"(?<![a-z'])(?:(?P<ctx>en|depuis|des|jusqu'en|jusqu'a|d'ici\s+a|d'ici|avant|apres|l'annee|annee|l'an"
    r"|au\s+cours\s+de\s+l'annee|(?:a\s+)?partir\s+de|vers|entre|de|et|a|ou|\()\s*)?"
    r"(?P<pre>(?:fin|debut|courant|mi-|mi|(?:le\s+|au\s+|l'|a\s+l'|en\s+|cet\s+)?(?:printemps|ete|automne|hiver)"
    r"|(?:premier|second|deuxieme|troisieme|quatrieme|dernier|1er|2e|3e|4e)\s+(?:semestre|trimestre)(?:\s+de)?)\s*)?"
    r"(?<![\d.,])(?P<year>[12]\d{3})(?![\d])"
)
def _p_year(m: re.Match, ctx: _Ctx):
    F = ctx.folded
    y = int(m.group("year"))
    c = m.group("ctx")
    pre = m.group("pre")
    after = F[m.end():]
    if c:
        c = re.sub(r"\s+", " ", c)
        if c == "des" and "è" not in ctx.orig(m.start("ctx"), m.end("ctx")).lower():
            c = "des-article"
    start = m.start("pre") if pre else m.start("year")
    future = c in _FUTURE_YEAR_CTX or bool(_FUTURE_BEFORE.search(F[max(0, start - 30): start]))
    if not (c or pre):
        if ctx.permissive and 1000 <= y <= 2099 and ctx.alone(m.start(), m.end()):
            return _Cand(start, m.end(), "y", {"y": y})
        return None
    if not 1900 <= y <= 2099:
        return None
    if _UNIT_AFTER.match(after) or re.match(r"[.,]\d|\s\d{3}(?!\d)", after):
        return None
    if pre or c in _STRONG_YEAR_CTX:
        if c == "(" and not re.match(r"\s*\)", after):
            if not pre:
                return None
        return _Cand(start, m.end(), "y", {"y": y, "future": future})
    # weak contexts: de, entre, vers, des (article), et, a, ou
    before = F[: m.start("ctx")]
    if c in ("a", "et", "ou"):
        if not re.search(r"(?:19|20)\d\d\s*$", before):
            return None
    elif _QUANTITY_BEFORE.search(before):
        return None
    mw = re.match(r"\s+([a-z]+)", after)
    if mw:
        w = mw.group(1)
        if w not in _WEAK_FOLLOW_OK:
            return None
        if w in ("a", "au", "et", "ou"):
            nxt = re.match(r"\s+[a-z]+\s+(\d[\d ]*)", after)
            if nxt and not re.fullmatch(r"(?:19|20)\d\d\s*", nxt.group(1)):
                return None
    return _Cand(start, m.end(), "y", {"y": y, "future": future})


# ---- weekdays -------------------------------------------------------------- #


@_pattern(
    rf"(?<![a-z])(?:(?P<ce>ce)\s+)?(?P<wd>{_WD})\s+(?P<d>{_DAY})(?!\s*(?:h\b|h\d|heures?\b|:|\d|[.,]\d))"
)
def _p_wd_num(m: re.Match, ctx: _Ctx):
    d = _day_num(m.group("d"))
    return _Cand(m.start(), m.end(), "wdnum", {"wd": _WEEKDAYS[m.group("wd")], "d": d})


@_pattern(
    rf"(?<![a-z])(?:(?P<ce>ce|cette)\s+)?(?P<wd>{_WD})(?![a-z])"
    rf"(?:\s+(?P<mod>dernier|prochain|passe)(?![a-z]))?(?P<tod>{_TOD})?"
)
def _p_weekday(m: re.Match, ctx: _Ctx):
    before = ctx.folded[max(0, m.start() - 12): m.start()]
    if re.search(r"(?:chaque|tous\s+les|toutes\s+les)\s+$", before):
        return None
    return _Cand(m.start(), m.end(), "wday", {"wd": _WEEKDAYS[m.group("wd")], "mod": _mod_of(m.group("mod"))})


@_pattern(
    rf"(?<![a-z])(?:le\s+)?(?P<wd>{_WD})\s+(?P<dir>suivant|d'apres|precedent|d'avant)(?![a-z])(?P<tod>{_TOD})?"
)
def _p_narrative_weekday(m: re.Match, ctx: _Ctx):
    """"le lundi suivant", "le jeudi précédent": that weekday after (before) the story's day."""
    after = m.group("dir") in ("suivant", "d'apres")
    return _Cand(m.start(), m.end(), "narrwd", {"wd": _WEEKDAYS[m.group("wd")], "after": after})


# ---- relative expressions ------------------------------------------------- #

_RELDAYS = {"avant-hier": -2, "avant hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd hui": 0,
            "demain": 1, "apres-demain": 2, "apres demain": 2}


@_pattern(
    r"(?<![a-z'-])(?P<w>avant[- ]hier|apres[- ]demain|aujourd'hui|aujourd hui|hier|demain)(?![a-z])"
    rf"(?P<tod>{_TOD})?"
)
def _p_relday(m: re.Match, ctx: _Ctx):
    return _Cand(m.start(), m.end(), "reld", {"n": _RELDAYS[m.group("w")]})


@_pattern(
    r"(?<![a-z'])(?P<w>la\s+veille|l'avant-veille|le\s+lendemain|le\s+surlendemain)(?![a-z-])"
    rf"(?!\s+(?:de|du|des|d')(?![a-z]))(?P<tod>{_TOD})?"
)
def _p_narrative_day(m: re.Match, ctx: _Ctx):
    w = m.group("w")
    n = -2 if w.startswith("l'") else (-1 if w.startswith("la") else (2 if "surlendemain" in w else 1))
    return _Cand(m.start(), m.end(), "narr", {"n": n})


def counts_from_story_day(text: str) -> bool:
    """Does `text` give a day counted from the day the story stands at ("la veille", "le
    lendemain", "le lundi suivant"), which `find_dates` reads only with its `narrative` day?"""
    folded = _fold(text)[0]
    return any(rx.search(folded) for rx, fn in _PATTERNS if fn in (_p_narrative_day, _p_narrative_weekday))


@_pattern(
    r"(?<![a-z])(?:ce\s+matin|ce\s+soir|ce\s+midi|cet\s+apres[- ]midi|cette\s+nuit|cette\s+matinee|cette\s+soiree)"
    r"(?![a-z])(?!-la)"
)
def _p_today_parts(m: re.Match, ctx: _Ctx):
    return _Cand(m.start(), m.end(), "reld", {"n": 0})


@_pattern(
    r"(?<![a-z])(?:(?:la\s+)?semaine\s+(?P<mod>derniere|passee|prochaine)|(?P<this>cette\s+semaine)"
    r"|(?:le\s+)?week-?end\s+(?P<mod2>dernier|passe|prochain)|(?P<this2>ce\s+week-?end))(?![a-z])"
)
def _p_week(m: re.Match, ctx: _Ctx):
    mod = _mod_of(m.group("mod") or m.group("mod2"))
    n = -1 if mod == "last" else (1 if mod == "next" else 0)
    return _Cand(m.start(), m.end(), "relw", {"n": n})


@_pattern(
    r"(?<![a-z])(?:(?:le\s+)?mois\s+(?P<mod>dernier|passe|prochain)|(?P<this>ce\s+mois(?:-ci)?|le\s+mois\s+en\s+cours))(?![a-z])"
)
def _p_monthrel(m: re.Match, ctx: _Ctx):
    mod = _mod_of(m.group("mod"))
    n = -1 if mod == "last" else (1 if mod == "next" else 0)
    return _Cand(m.start(), m.end(), "relm", {"n": n})


@_pattern(
    r"(?<![a-z])(?:l'an(?:nee)?\s+(?P<mod>derniere|dernier|passee|passe|prochaine|prochain)"
    r"|(?P<this>cette\s+annee|l'annee\s+en\s+cours))(?![a-z])"
)
def _p_yearrel(m: re.Match, ctx: _Ctx):
    mod = _mod_of(m.group("mod"))
    n = -1 if mod == "last" else (1 if mod == "next" else 0)
    return _Cand(m.start(), m.end(), "rely", {"n": n})


@_pattern(
    rf"(?<![a-z])(?P<kw>il\s+y\s+a|dans)\s+(?P<n>{_NUM})\s+(?P<unit>jours?|semaines?|mois|ans?|annees?)(?![a-z])"
)
def _p_ago(m: re.Match, ctx: _Ctx):
    ns = m.group("n")
    n = int(ns) if ns.isdigit() else _NUMWORDS[ns]
    sign = -1 if m.group("kw").startswith("il") else 1
    unit = m.group("unit")
    if unit.startswith("jour"):
        kind = "reld"
    elif unit.startswith("semaine"):
        kind, n = "reld_ym", n * 7
    elif unit == "mois":
        kind = "relm"
    else:
        kind = "rely"
    return _Cand(m.start(), m.end(), kind, {"n": sign * n})


# --------------------------------------------------------------------------- #
# Scanning and selection
# --------------------------------------------------------------------------- #


_KIND_RANK = {"date": 0, "wdm": 1, "ym": 2, "y": 3}


def _scan(ctx: _Ctx) -> list[_Cand]:
    cands: list[_Cand] = []
    for rx, fn in _PATTERNS:
        for m in rx.finditer(ctx.folded):
            res = fn(m, ctx)
            if res is None:
                continue
            for c in res if isinstance(res, list) else [res]:
                if c is not None and c.end > c.start:
                    cands.append(c)
    # Longest first, then leftmost; greedy non-overlapping selection.
    # On ties the more explicit reading wins (e.g. a range lending its year).
    cands.sort(key=lambda c: (-(c.end - c.start), c.start, _KIND_RANK.get(c.kind, 9)))
    chosen: list[_Cand] = []
    for c in cands:
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return _with_bare_days(ctx, chosen)


# "le 16" after a month in the same text: "En janvier, elle a été reçue par le président le 16",
# "reçu le 4 juin par Kim, il est revenu le 17". Only before a stop or a word that goes on the
# sentence ("le 17 pour annoncer"), not before a noun ("le 10 Downing Street", "le 16e").
_BARE_DAY = re.compile(
    r"(?<![\w'])le\s+(?P<day>1er|premier|[12]\d|3[01]|0?[1-9])"
    r"(?=\s*(?:[,.;:)\n]|$)|\s+(?:pour|puis|et|ou|dans|avec|lors|quand|a|au|en|apres|avant|par|il|elle|ils|elles|"
    r"jour|lorsque|alors|tandis)(?![\w'-]))")
_MONTHED = ("date", "dm", "wdm", "ym", "month")


def _with_bare_days(ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
    """The candidates, with each bare "le 16" read as a day of the month last named before it."""
    bare = []
    for m in _BARE_DAY.finditer(ctx.folded):
        if any(not (m.end() <= o.start or m.start() >= o.end) for o in chosen):
            continue
        before = [c for c in chosen if c.end <= m.start()]
        if before and before[-1].kind in _MONTHED:
            bare.append(_Cand(m.start(), m.end("day"), "bday", {"of": before[-1], "d": _day_num(m.group("day"))}))
    return sorted(chosen + bare, key=lambda c: c.start) if bare else chosen


def _hint_year(cands: list[_Cand]) -> int | None:
    """The latest year the text names as past or present (not "d'ici 2030", "avant 2024")."""
    years = [c.data["y"] for c in cands if c.kind in ("date", "ym", "y") and not c.data.get("future")]
    if not years:
        years = [c.data["y"] for c in cands if c.kind in ("date", "ym", "y")]
    return max(years) if years else None


def _weekday_year(wd: int, m: int, d: int, ref: _dt.date | None, hint: int | None) -> _dt.date | None:
    if ref is not None:
        best = None
        for y in range(ref.year - 40, ref.year + 12):
            dd = safe_date(y, m, d)
            if dd is None or dd.weekday() != wd:
                continue
            key = (abs((dd - ref).days), dd > ref)
            if best is None or key < best[0]:
                best = (key, dd)
        return best[1] if best else None
    if hint is None:
        return None  # no year in the text: the weekday alone would only be a guess
    # a text written no earlier than the latest past year it names: that year if the weekday fits
    # it, else the one fitting year of the next five ("mercredi 13 septembre" with "en 2019" is
    # 2023, not 2017); further off, the year stays unknown
    fitting = [y for y in range(hint, hint + 6)
               if (dd := safe_date(y, m, d)) is not None and dd.weekday() == wd]
    return _dt.date(fitting[0], m, d) if fitting else None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _resolve(c: _Cand, ref: _dt.date | None, hint: int | None,
             narrative: _dt.date | None = None) -> DateValue | None:
    k, D = c.kind, c.data
    if k == "bday":  # the day of the month its predecessor names
        month = _resolve(D["of"], ref, hint, narrative)
        if month is None or len(month.value) < 7:
            return None
        dd = safe_date(int(month.value[:4]), int(month.value[5:7]), D["d"])
        return _dv_date(dd) if dd else None
    if k == "date":
        return _dv_date(_dt.date(D["y"], D["m"], D["d"]))
    if k == "ym":
        return _dv_ym(D["y"], D["m"])
    if k == "y":
        return _dv_y(D["y"])
    if k == "wdm":
        dd = _weekday_year(D["wd"], D["m"], D["d"], ref, hint)
        return _dv_date(dd) if dd else None
    if k == "narr" and narrative is not None:  # "la veille", "le lendemain" of the story's day
        return _dv_date(narrative + _dt.timedelta(days=D["n"]))
    if k == "narrwd":  # "le lundi suivant": the next Monday after the story's day; unknown without it
        if narrative is None:
            return None
        if D["after"]:
            return _dv_date(narrative + _dt.timedelta(days=(D["wd"] - narrative.weekday()) % 7 or 7))
        return _dv_date(narrative - _dt.timedelta(days=(narrative.weekday() - D["wd"]) % 7 or 7))
    if ref is None:
        return None
    if isinstance(ref, MonthReference) and k in ("reld", "wday", "wdnum", "relw", "narr"):
        return _dv_ym(ref.year, ref.month)  # "mardi" in a month known without its day
    if k == "dm":
        m, d, mod = D["m"], D["d"], D["mod"]
        y = ref.year
        if mod == "last":
            dd = safe_date(y, m, d)
            if dd is None or dd >= ref:
                y -= 1
        elif mod == "next":
            dd = safe_date(y, m, d)
            if dd is None or dd <= ref:
                y += 1
        else:
            dd = safe_date(y, m, d)
            if dd is not None and (dd - ref).days > 183:
                y -= 1
        dd = safe_date(y, m, d)
        return _dv_date(dd) if dd else None
    if k == "wdnum":
        best = None
        for delta in (-1, 0, 1):
            y, m = _add_months(ref.year, ref.month, delta)
            dd = safe_date(y, m, D["d"])
            if dd is None or dd.weekday() != D["wd"]:
                continue
            key = (abs((dd - ref).days), dd > ref)
            if best is None or key < best[0]:
                best = (key, dd)
        return _dv_date(best[1]) if best else None
    if k == "wday":
        wd, mod = D["wd"], D["mod"]
        back = (ref.weekday() - wd) % 7
        updated = getattr(ref, "updated", None)
        if mod is None and updated is not None:
            told = updated - _dt.timedelta(days=(updated.weekday() - wd) % 7)
            if told > ref:
                return _dv_date(told)
        if mod == "last":
            return _dv_date(ref - _dt.timedelta(days=back or 7))
        if mod == "next":
            fwd = (wd - ref.weekday()) % 7
            return _dv_date(ref + _dt.timedelta(days=fwd or 7))
        return _dv_date(ref - _dt.timedelta(days=back))
    if k == "month":
        m, mod, cx = D["m"], D["mod"], D["ctx"]
        y = ref.year
        if mod == "last":
            if m >= ref.month:
                y -= 1
        elif mod == "next":
            if m <= ref.month:
                y += 1
        elif cx == "since":
            if m > ref.month:
                y -= 1
        elif cx == "until":
            if m < ref.month:
                y += 1
        elif "after" in D and D["after"] > m:
            y += 1  # "de novembre à février"
        return _dv_ym(y, m)
    if k == "reld":
        return _dv_date(ref + _dt.timedelta(days=D["n"]))
    if k == "narr":  # no narrative date: "la veille" of the reference; "le lendemain" unknown
        return _dv_date(ref + _dt.timedelta(days=D["n"])) if D["n"] < 0 else None
    if k == "reld_ym":
        dd = ref + _dt.timedelta(days=D["n"])
        return _dv_ym(dd.year, dd.month)
    if k == "relw":
        # the week's month; a week that straddles two months says only its year
        dd = ref + _dt.timedelta(days=7 * D["n"])
        monday = dd - _dt.timedelta(days=dd.weekday())
        sunday = monday + _dt.timedelta(days=6)
        if monday.month != sunday.month:
            return _dv_y(dd.year)
        return _dv_ym(dd.year, dd.month)
    if k == "relm":
        y, m = _add_months(ref.year, ref.month, D["n"])
        return _dv_ym(y, m)
    if k == "rely":
        return _dv_y(ref.year + D["n"])
    return None


class _Analysis:
    def __init__(self, text: str, permissive: bool = False):
        self.ctx = _Ctx(text, permissive)
        self.cands = _scan(self.ctx)
        self.hint = _hint_year(self.cands)

    def mentions(self, ref: _dt.date | None,
                 narrative: _dt.date | None = None) -> list[tuple[_Cand, DateMention]]:
        out = []
        for c in self.cands:
            v = _resolve(c, ref, self.hint, narrative)
            if v is None:
                continue
            s, e = self.ctx.orig_span(c.start, c.end)
            out.append((c, DateMention(s, e, self.ctx.text[s:e], v)))
        return out

    def anchors(self) -> list[_dt.date]:
        """Dates fixed by a weekday (resolved without any reference)."""
        out = []
        for c in self.cands:
            if c.kind == "wdm":
                dd = _weekday_year(c.data["wd"], c.data["m"], c.data["d"], None, self.hint)
                if dd:
                    out.append(dd)
            elif c.kind == "date" and c.data.get("wd") is not None:
                dd = _dt.date(c.data["y"], c.data["m"], c.data["d"])
                if dd.weekday() == c.data["wd"]:
                    out.append(dd)
        return out


# --------------------------------------------------------------------------- #
# Public functions
# --------------------------------------------------------------------------- #


def find_dates(text: str, reference: _dt.date | None,
               narrative: _dt.date | None = None) -> list[DateMention]:
    """All date mentions of ``text`` (non-overlapping, in text order).

    Relative expressions are resolved against ``reference``; without a
    reference they are dropped.  "la veille" and "le lendemain" count from
    ``narrative``, the day the story stands at (the last full date before
    the text), when given.  Offsets index the original ``text``.
    """
    if not text:
        return []
    return [dm for _, dm in _Analysis(text).mentions(reference, narrative)]


def normalize(expression: str, reference: _dt.date | None) -> DateValue | None:
    """Value of the (first) date expression in ``expression``.

    More permissive than :func:`find_dates`: the expression is assumed to be a
    date, so a bare "2019" or "juillet" is accepted.
    """
    if not expression:
        return None
    for _, dm in _Analysis(expression, permissive=True).mentions(reference):
        return dm.value
    return None


_PUB_KW = re.compile(
    r"(?<![a-z])(?:(?P<pub>publie|publiee|publication|premiere\s+publication|mis\s+en\s+ligne|mise\s+en\s+ligne"
    r"|published|posted)|(?P<upd>mis\s+a\s+jour|mise\s+a\s+jour|actualise|actualisee|modifie|modifiee"
    r"|derniere\s+modification|updated|maj))(?![a-z])"
)
_PUB_GAP = re.compile(r"(?:[\s:,|\-]|\ble\b|\bdu\b|\bon\b|\ben\s+date\s+du\b|\bdate\b)*")
_TIME_RX = re.compile(r"\d{1,2}\s*(?:h|:)\s*\d{0,2}(?:\s*(?:min|mn|:)\s*\d{0,2})?")
_FILLER = {
    "le", "la", "a", "par", "publie", "publiee", "mis", "mise", "jour", "en", "ligne", "modifie", "actualise",
    "maj", "h", "heure", "heures", "min", "mn", "gmt", "utc", "cet", "cest", "de", "du", "et", "am", "pm", "heure",
    "locale", "paris", "date", "update", "updated", "published", "mise", "lecture", "sur", "derniere",
}


def _pub_value(c: _Cand, hint: int | None, anchors: list[_dt.date]) -> _dt.date | None:
    if c.kind == "date":
        return _dt.date(c.data["y"], c.data["m"], c.data["d"])
    if c.kind == "wdm":
        return _weekday_year(c.data["wd"], c.data["m"], c.data["d"], None, hint)
    if c.kind == "dm" and anchors:
        a = max(anchors)
        best = None
        for y in (a.year - 1, a.year, a.year + 1):
            dd = safe_date(y, c.data["m"], c.data["d"])
            if dd is None:
                continue
            key = (abs((dd - a).days), dd < a)
            if best is None or key < best[0]:
                best = (key, dd)
        return best[1] if best else None
    return None


def _date_only_line(an: _Analysis, c: _Cand, ls: int, le: int) -> bool:
    ctx = an.ctx
    line = ctx.folded[ls:le]
    s, e = c.start - ls, c.end - ls
    prefix, suffix = line[:s], line[e:]
    oprefix = ctx.orig(ls, c.start)
    # Agency dateline: "PARIS, 13 sept 2023 (AFP) -", "Bruxelles, le 13 septembre 2023 -"
    if re.fullmatch(r"\s*[A-ZÀ-Ý][\w' .\-]{0,40},\s*(?:le\s+)?", oprefix) and re.match(
        r"\s*(?:\([^)]{2,30}\)|-|:)", suffix
    ):
        return True
    if len(line.strip()) > 100:
        return False
    rest = ctx.orig(ls, c.start) + " " + ctx.orig(c.end, le)
    rest = _TIME_RX.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", rest)
    if len(words) > 8:
        return False
    for w in words:
        fw, _ = _fold(w)
        if fw in _FILLER:
            continue
        if w[:1].isupper():
            continue
        return False
    return True


def _lines(folded: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in folded.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


#: Header lines: those before the running text starts (its first line of this many words), at most
#: this many lines; a longer header line is the title or a standfirst, not page furniture.
_BODY_WORDS, _HEADER_LINES, _HEADER_CHARS = 30, 15, 160


def _header(folded: str) -> list[tuple[int, int]]:
    out = []
    for ls, le in _lines(folded)[:_HEADER_LINES]:
        if len(folded[ls:le].split()) >= _BODY_WORDS:
            break
        out.append((ls, le))
    return out


@functools.lru_cache(maxsize=4)
def _page(text: str) -> _Analysis:
    """The analysis of a whole article, made once for its publication, update and reference dates."""
    return _Analysis(text)


def _stamps(an: _Analysis, anchors: list[_dt.date]) -> dict[str, _dt.date]:
    """The dates of the page's "Publié le …" ("pub") and "Mis à jour le …" ("upd") lines."""
    F = an.ctx.folded
    found: dict[str, _dt.date] = {}
    for km in _PUB_KW.finditer(F):
        cls = "pub" if km.group("pub") else "upd"
        if cls in found:
            continue
        eol = F.find("\n", km.end())
        eol = len(F) if eol < 0 else eol
        for c in an.cands:
            if c.end <= km.end():
                continue
            if c.start >= eol or c.start < km.end():
                break
            if _PUB_GAP.fullmatch(F[km.end(): c.start]):
                d = _pub_value(c, an.hint, anchors)
                if d:
                    found[cls] = d
            break
    return found


def update_date(text: str) -> _dt.date | None:
    """The day a page says it was last updated ("Mis à jour le 19/06/2024"), or None."""
    if not text:
        return None
    an = _page(text)
    return _stamps(an, an.anchors()).get("upd")


def publication_date(text: str) -> _dt.date | None:
    """Publication date from header/footer lines of an article.

    Prefers explicit "Publié le ..." lines, then "Mis à jour le ..." lines,
    then a full date on a short line of the page header ("AFP le
    03/09/2025 à 07:48", "French.news.cn | 30-11-2024 09:46:12", "La Libre ·
    8 juil. 2024 · 2 min de lecture"), then an agency dateline or a short line
    holding only a date (plus time, author, place) anywhere. A date without a
    year ("publié le 14 septembre", "SÉOUL, 26 avr. (Yonhap)") takes its year
    from the weekday-anchored dates of the text; without any, None.
    """
    if not text:
        return None
    an = _page(text)
    F = an.ctx.folded
    anchors = an.anchors()
    found = _stamps(an, anchors)
    if "pub" in found:
        return found["pub"]
    if "upd" in found:
        return found["upd"]
    for ls, le in _header(F):
        if le - ls > _HEADER_CHARS or F[ls:le].rstrip().endswith((".", "!", "?")):
            continue  # a title, a standfirst or a sentence, not furniture
        for c in an.cands:
            if ls <= c.start and c.end <= le and c.kind == "date":
                return _pub_value(c, an.hint, anchors)
    # Date-only short lines / datelines.
    month = header_month(text)
    for ls, le in _lines(F):
        for c in an.cands:
            if c.start < ls or c.end > le:
                continue
            if c.kind == "dm" and month is not None and c.data["m"] == month.month \
                    and _date_only_line(an, c, ls, le):
                # "date 2024-09" on the page, "BEIJING, 5 septembre (Xinhua) --": that year's day
                return safe_date(month.year, c.data["m"], c.data["d"])
            if c.kind not in ("date", "wdm"):
                continue
            if _date_only_line(an, c, ls, le):
                d = _pub_value(c, an.hint, anchors)
                if d:
                    return d
            break
    return None


class UpdatedReference(_dt.date):
    """The publication day of a page updated on a later day ("Publié le 18/06/2024 · Mis à jour le
    19/06/2024", a live page): a bare weekday falling after publication, by the update ("Mercredi,
    les deux dirigeants ont mené des pourparlers"), is that day, which the page told as it was
    updated; any other expression counts from publication."""

    def __new__(cls, year: int, month: int, day: int, updated: _dt.date | None = None):
        self = super().__new__(cls, year, month, day)
        self.updated = updated
        return self

    def __reduce__(self):
        return UpdatedReference, (self.year, self.month, self.day, self.updated)


#: the longest update after publication still read as the same live page
_LIVE_DAYS = 7


class MonthReference(_dt.date):
    """A reference date known to its month only (a page header "date 2024-05"): the day stands in
    the middle of the month, and expressions that need the day ("mardi", "hier") resolve to the
    month."""


_MONTH_HEADER = re.compile(
    r"^[\s|:·•-]*(?:date|publie|publication|mis\s+en\s+ligne)?[\s:]*"
    rf"(?:(?P<y1>[12]\d{{3}})[-/.](?P<m1>0?[1-9]|1[0-2])|(?P<mon>{_FULL_MONTHS})\s+(?P<y2>[12]\d{{3}}))[\s|]*$")


def header_month(text: str) -> MonthReference | None:
    """The month a page header gives alone ("date 2024-05", "Septembre 2023")."""
    folded, _ = _fold(text or "")
    for ls, le in _header(folded):
        m = _MONTH_HEADER.match(folded[ls:le])
        if m:
            year = int(m.group("y1") or m.group("y2"))
            month = int(m.group("m1")) if m.group("m1") else _month_num(m.group("mon"))
            return MonthReference(year, month, 15)
    return None


_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
#: An agency photo caption's date, in English ("… in Pyongyang, October 10, 2025. KCNA via REUTERS").
_CAPTION_DATE = re.compile(rf"\b({'|'.join(_EN_MONTHS)})\.? ([12]?\d|3[01]), ([12]\d{{3}})\b", re.IGNORECASE)


#: how many days after its photo's a page may tell ("jeudi" under a photo of Wednesday the 19th is the 20th)
_CAPTION_DAYS = 3


def _caption_day(text: str, month: MonthReference) -> _dt.date | None:
    """The day of the page's month that an English photo caption dates ("date 2025-10" over a caption
    "… October 10, 2025"): the photo is of the page's event, so its day stands for the page's; the
    latest such day when several."""
    days = [safe_date(int(y), _EN_MONTHS.index(m.lower()) + 1, int(d))
            for m, d, y in _CAPTION_DATE.findall(text)]
    days = [d for d in days if d and (d.year, d.month) == (month.year, month.month)]
    return max(days) if days else None


def _weekday_day(text: str, month: MonthReference) -> _dt.date | None:
    """The latest day of the page's month that the text names with its weekday, when the weekday
    fits that month's year ("date 2025-05" over "Mercredi 28 mai, …": the 28th)."""
    days = []
    for c in _page(text).cands:
        if c.kind == "wdm" and c.data["m"] == month.month:
            day = safe_date(month.year, c.data["m"], c.data["d"])
            if day is not None and day.weekday() == c.data["wd"]:
                days.append(day)
    return max(days, default=None)


def reference_date(text: str, published: _dt.date | None = ...) -> _dt.date | None:
    """Reference date for resolving relative expressions of ``text``.

    The publication date if one is found (``published``, when already
    read); else the month a page header gives alone (a `MonthReference`), or
    the day of it an English photo caption gives;
    else the latest date fixed by a weekday ("mercredi 13 septembre"); else
    None.  Deterministic.
    """
    pub = publication_date(text) if published is ... else published
    if pub is not None:
        updated = update_date(text)
        if updated is not None and 0 < (updated - pub).days <= _LIVE_DAYS:
            return UpdatedReference(pub.year, pub.month, pub.day, updated)
        return pub
    month = header_month(text)
    if month is not None:
        day = _caption_day(text, month)
        if day is None:
            # "date 2025-05" over "Mercredi 28 mai, …": a day the text fixes by its weekday in that month
            day = _weekday_day(text, month)
        if day is None:
            return month
        # The photo's day, not the page's: a bare weekday is the nearest one either side of it.
        return UpdatedReference(day.year, day.month, day.day, day + _dt.timedelta(days=_CAPTION_DAYS))
    anchors = _page(text).anchors() if text else []
    return max(anchors) if anchors else None
