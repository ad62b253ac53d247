"""Accuracy on annotated articles: a gold file against the rows of kg's named queries.

The gold format and the matching rules are described in docs/evaluation.md.
In short: every predicted actor label is mapped to a gold actor (by its
Wikidata id, else by its folded name and type); a predicted fact is a hit when
it agrees with a gold fact on what defines that kind of fact, each gold fact
is hit at most once, and a second node for an already-hit event counts as a
false positive. Pure: rows in, figures out; `kg eval` does the building.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

ACTOR_TYPES = ("Person", "Country", "Organization", "Place")
#: fact kind → the named query that lists it
QUERIES = {"role": "roles", "meeting": "meetings", "visit": "visits", "gift": "gifts",
           "statement": "statements", "sanction": "sanctions"}
KINDS = tuple(QUERIES)
_TITLES = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr"})
_QID = re.compile(r"(Q\d+)\s*$")


def fold(text: str | None) -> str:
    """Lower case, no accents, words only, leading honorifics dropped ("M. Kim" → "kim")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    tokens = re.sub(r"[\W_]+", " ", bare).split()
    start = 0
    while start < len(tokens) and tokens[start] in _TITLES:
        start += 1
    return " ".join(tokens[start:])


def _alternatives(value) -> list:
    return list(value) if isinstance(value, list) else [value]


def _qid(value: str | None) -> str | None:
    found = _QID.search(value or "")
    return found.group(1) if found else None


def _type_name(value: str | None) -> str:
    """"https://w3id.org/kg-news/ontology#Person" or "Person" → "Person"."""
    return re.split(r"[#/:]", (value or "").rstrip("/#"))[-1]


# ---------------------------------------------------------------- gold

@dataclass
class Gold:
    name: str
    actors: dict[str, dict]  # id → actor
    facts: dict[str, list[dict]]  # kind → facts


def load_gold(path: Path) -> Gold:
    """Read and check a gold file; InputError names the first problem."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such gold file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a JSON gold file ({exc}); see docs/evaluation.md") from None
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list) \
            or not isinstance(data.get("facts"), list):
        raise InputError(f"{path}: a gold file is an object with 'actors' and 'facts' lists; "
                         "see docs/evaluation.md")
    actors: dict[str, dict] = {}
    for n, actor in enumerate(data["actors"]):
        if not isinstance(actor, dict) or not actor.get("id") or not actor.get("names") \
                or actor.get("type") not in ACTOR_TYPES:
            raise InputError(f"{path}: actor {n + 1} needs an id, names and a type among "
                             f"{', '.join(ACTOR_TYPES)}")
        actors[actor["id"]] = actor
    facts: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for n, fact in enumerate(data["facts"]):
        kind = fact.get("type") if isinstance(fact, dict) else None
        if kind not in facts:
            raise InputError(f"{path}: fact {n + 1} has type {kind!r}, not one of {', '.join(KINDS)}")
        for ref in _actor_ids(fact):
            if ref not in actors:
                raise InputError(f"{path}: fact {n + 1} ({kind}) names {ref!r}, which is no actor id")
        facts[kind].append(fact)
    return Gold(name=str(data.get("corpus") or Path(path).stem), actors=actors, facts=facts)


def _actor_ids(fact: dict) -> list[str]:
    ids = [fact.get(k) for k in ("person", "organization", "speaker", "giver", "recipient",
                                 "traveler", "target")]
    for k in ("participants", "optional_participants", "imposers", "place", "destination"):
        ids += _alternatives(fact.get(k)) if fact.get(k) is not None else []
    return [i for i in ids if i is not None]


# ---------------------------------------------------------------- naming predictions

class Names:
    """Predicted labels → gold actor ids.

    A Wikidata id the graph gives decides; else the folded label, and when a
    name belongs to several gold actors (Pyongyang the country, Pyongyang the
    city), the one of the type the graph gives that label. A label no gold
    actor bears becomes "?label", which matches nothing.
    """

    def __init__(self, gold: Gold, actor_rows: list[dict]):
        self._named: dict[str, list[dict]] = defaultdict(list)
        self._by_qid: dict[str, str] = {}
        for actor in gold.actors.values():
            for name in dict.fromkeys(fold(n) for n in actor["names"]):
                self._named[name].append(actor)
            if actor.get("wikidata"):
                self._by_qid[actor["wikidata"]] = actor["id"]
        self._qid_of: dict[str, str] = {}
        self._type_of: dict[str, str] = {}
        for row in actor_rows:
            label = fold(row.get("label"))
            qid = _qid(row.get("wikidata"))
            if qid and label not in self._qid_of:
                self._qid_of[label] = qid
            if row.get("type") and label not in self._type_of:
                self._type_of[label] = _type_name(row["type"])

    def id(self, label: str | None, wikidata: str | None = None, kind: str | None = None) -> str | None:
        if not label and not wikidata:
            return None
        folded = fold(label)
        qid = _qid(wikidata) or self._qid_of.get(folded)
        if qid in self._by_qid:
            return self._by_qid[qid]
        named = self._named.get(folded, [])
        wanted = kind or self._type_of.get(folded)
        typed = [a for a in named if a["type"] == wanted]
        if typed or named:
            return (typed or named)[0]["id"]
        return f"?{folded}" if label else None


# ---------------------------------------------------------------- predictions

@dataclass
class Prediction:
    kind: str
    fields: dict
    shown: str


def _events(rows: list[dict], var: str) -> list[list[dict]]:
    """Rows grouped by the event IRI in `var`, in order of first appearance."""
    groups: dict[str, list[dict]] = {}
    for n, row in enumerate(rows):
        groups.setdefault(row.get(var) or f"#{n}", []).append(row)
    return list(groups.values())


def _first(rows: list[dict], var: str) -> str:
    return next((row[var] for row in rows if row.get(var)), "")


def _every(rows: list[dict], var: str, names: Names) -> set:
    return {names.id(row[var]) for row in rows if row.get(var)}


def predictions(rows: dict[str, list[dict]], names: Names) -> dict[str, list[Prediction]]:
    """What the graph asserts, fact by fact, with its actors named by gold ids."""
    out: dict[str, list[Prediction]] = {kind: [] for kind in KINDS}
    seen_roles = set()
    for row in rows.get("roles", []):
        person, title = names.id(row.get("person")), fold(row.get("role"))
        if (person, title) not in seen_roles:
            seen_roles.add((person, title))
            out["role"].append(Prediction("role", {"person": person, "title": title},
                                          f"{row.get('person')} | {row.get('role')}"))
    for event in _events(rows.get("meetings", []), "meeting"):
        people = sorted({row.get("participant", "") for row in event})
        out["meeting"].append(Prediction("meeting", {
            "participants": _every(event, "participant", names),
            "place": names.id(_first(event, "place")), "date": _first(event, "date")},
            f"{', '.join(people)} @ {_first(event, 'place') or '-'} {_first(event, 'date')}"))
    for event in _events(rows.get("visits", []), "visit"):
        places = sorted({row.get("destination", "") for row in event})
        out["visit"].append(Prediction("visit", {
            "traveler": names.id(_first(event, "traveler")),
            "destinations": _every(event, "destination", names), "date": _first(event, "date")},
            f"{_first(event, 'traveler')} → {', '.join(places)} {_first(event, 'date')}"))
    for event in _events(rows.get("gifts", []), "gift"):
        out["gift"].append(Prediction("gift", {
            "giver": names.id(_first(event, "giver")), "recipient": names.id(_first(event, "recipient")),
            "item": fold(" ".join(row.get("item", "") for row in event))},
            f"{_first(event, 'giver')} → {_first(event, 'recipient')}: {_first(event, 'item')}"))
    for event in _events(rows.get("statements", []), "statement"):
        out["statement"].append(Prediction("statement", {
            "speakers": _every(event, "speaker", names), "words": set(fold(_first(event, "quote")).split())},
            f"{_first(event, 'speaker')}: « {_first(event, 'quote')[:90]} »"))
    for event in _events(rows.get("sanctions", []), "sanction"):
        out["sanction"].append(Prediction("sanction", {
            "targets": _every(event, "target", names), "imposers": _every(event, "imposer", names)},
            f"{_first(event, 'imposer') or '-'} → {_first(event, 'target')}"))
    return out


# ---------------------------------------------------------------- matching

def _same_year(gold_date: str | None, predicted: str | None) -> bool:
    a, b = (gold_date or "")[:4], (predicted or "")[:4]
    return not (a.isdigit() and b.isdigit()) or a == b


def agrees(kind: str, gold: dict, p: dict) -> bool:
    """Does the prediction `p` state the gold fact? (docs/evaluation.md, "Matching")"""
    if kind == "role":
        return p["person"] == gold["person"] and any(
            all(word in p["title"] for word in fold(alt).split()) for alt in _alternatives(gold["role"]))
    if kind == "meeting":
        required = set(gold["participants"])
        allowed = required | set(gold.get("optional_participants", []))
        return required <= p["participants"] <= allowed and _same_year(gold.get("date"), p["date"])
    if kind == "visit":
        return (p["traveler"] == gold["traveler"] and _same_year(gold.get("date"), p["date"])
                and not p["destinations"].isdisjoint(_alternatives(gold["destination"])))
    if kind == "gift":
        return (p["giver"], p["recipient"]) == (gold["giver"], gold["recipient"]) and any(
            fold(word) in p["item"] for word in _alternatives(gold["item"]))
    if kind == "statement":
        wanted = fold(gold["quote"]).split()
        found = sum(word in p["words"] for word in wanted)
        return gold["speaker"] in p["speakers"] and found >= 0.6 * max(1, len(wanted))
    if kind == "sanction":
        allowed = gold.get("imposers", [None])
        if p["imposers"]:
            imposer_ok = not p["imposers"].isdisjoint(a for a in allowed if a is not None)
        else:
            imposer_ok = None in allowed
        return gold["target"] in p["targets"] and imposer_ok
    raise ValueError(kind)


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dup: int = 0

    def add(self, other: "Count") -> None:
        self.tp, self.fp, self.fn, self.dup = (self.tp + other.tp, self.fp + other.fp,
                                               self.fn + other.fn, self.dup + other.dup)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """The figures of one evaluation, and every miss and false positive."""

    counts: dict[str, Count] = field(default_factory=lambda: {k: Count() for k in ("actor", *KINDS)})
    places: list[bool] = field(default_factory=list)  # right place, per matched meeting with a gold place
    dates: list[bool] = field(default_factory=list)
    # the same, each gold meeting paired with the predicted one it fits best (see best_pairs)
    best_places: list[bool] = field(default_factory=list)
    best_dates: list[bool] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def facts(self) -> Count:
        total = Count()
        for kind in KINDS:
            total.add(self.counts[kind])
        return total

    def add(self, other: "Score") -> None:
        for kind, count in other.counts.items():
            self.counts[kind].add(count)
        self.places += other.places
        self.dates += other.dates
        self.best_places += other.best_places
        self.best_dates += other.best_dates
        self.missed += other.missed
        self.false += other.false

    @staticmethod
    def _share(values: list[bool]) -> float | None:
        return sum(values) / len(values) if values else None

    @property
    def place_accuracy(self) -> float | None:
        return self._share(self.places)

    @property
    def date_accuracy(self) -> float | None:
        return self._share(self.dates)

    def as_dict(self) -> dict:
        def figures(c: Count) -> dict:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "dup": c.dup,
                    "p": round(c.precision, 4), "r": round(c.recall, 4), "f1": round(c.f1, 4)}
        out = {kind: figures(c) for kind, c in self.counts.items()}
        out["facts"] = figures(self.facts)
        out["meeting_place_acc"] = self.place_accuracy
        out["meeting_date_acc"] = self.date_accuracy
        out["meeting_place_acc_best_pairing"] = self._share(self.best_places)
        out["meeting_date_acc_best_pairing"] = self._share(self.best_dates)
        return out

    def table(self) -> list[str]:
        lines = [f"{'type':<10}{'tp':>5}{'fp':>5}{'fn':>5}{'dup':>5}{'P':>7}{'R':>7}{'F1':>7}"]
        for kind, c in [*self.counts.items(), ("facts", self.facts)]:
            lines.append(f"{kind:<10}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.dup:>5}"
                         f"{c.precision:>7.2f}{c.recall:>7.2f}{c.f1:>7.2f}")
        for what, value, best in (("place", self.place_accuracy, self._share(self.best_places)),
                                  ("date", self.date_accuracy, self._share(self.best_dates))):
            lines.append(f"meeting {what} accuracy: " + ("-" if value is None else f"{value:.2f}")
                         + ("" if best is None else f" (best pairing {best:.2f})"))
        return lines


def _shown(fact: dict) -> str:
    return json.dumps({k: v for k, v in fact.items() if k not in ("type", "note", "sources")},
                      ensure_ascii=False)


def score_facts(kind: str, gold: list[dict], predicted: list[Prediction], score: Score) -> None:
    """Each prediction takes the first gold fact it states that no earlier prediction took
    (a required one before an optional one); one that states only taken facts is a duplicate."""
    count = score.counts[kind]
    taken: set[int] = set()
    for p in predicted:
        stated = [n for n, g in enumerate(gold) if agrees(kind, g, p.fields)]
        free = [n for n in stated if n not in taken and not gold[n].get("optional")]
        if free:
            taken.add(free[0])
            count.tp += 1
            if kind == "meeting":
                _meeting_accuracy(gold[free[0]], p.fields, score.places, score.dates)
        elif any(gold[n].get("optional") for n in stated):
            continue  # an optional fact: neither a hit nor a false positive
        elif stated and kind != "role":
            count.fp += 1
            count.dup += 1
            score.false.append(f"{kind} (a second node for one event): {p.shown}")
        elif not stated:
            count.fp += 1
            score.false.append(f"{kind}: {p.shown}")
    for n, g in enumerate(gold):
        if n not in taken and not g.get("optional"):
            count.fn += 1
            score.missed.append(f"{kind}: {_shown(g)}")


def _place_right(gold: dict, p: dict) -> bool | None:
    return p["place"] in _alternatives(gold["place"]) if gold.get("place") else None


def _date_right(gold: dict, p: dict) -> bool | None:
    return p["date"][:10] == gold["date"] if gold.get("date") else None


def _meeting_accuracy(gold: dict, p: dict, places: list[bool], dates: list[bool]) -> None:
    if gold.get("place"):
        places.append(_place_right(gold, p))
    if gold.get("date"):
        dates.append(_date_right(gold, p))


def best_pairs(gold: list[dict], predicted: list[Prediction]) -> list[tuple[int, int]]:
    """(gold, prediction) pairs of the matching that hits the most required gold meetings and,
    among those, gets the most places and dates right. The scorer's own matching is greedy, in the
    order the rows come: of two meetings of the same people in the same year, a prediction may take
    the gold meeting the other one describes; this says how much of the place and date accuracy
    that costs."""
    required = [n for n, g in enumerate(gold) if not g.get("optional")]
    weight = [[(1000 + (_place_right(gold[n], p.fields) is True) + (_date_right(gold[n], p.fields) is True))
               if agrees("meeting", gold[n], p.fields) else 0 for p in predicted] for n in required]
    return [(required[r], c) for r, c in _max_assignment(weight) if weight[r][c] >= 1000]


def _max_assignment(weight: list[list[int]]) -> list[tuple[int, int]]:
    """Rows paired with columns for the largest total weight (the Hungarian method, on the matrix
    padded to a square of zeros)."""
    n = max(len(weight), max((len(r) for r in weight), default=0))
    if n == 0:
        return []
    top = max((w for r in weight for w in r), default=0)
    cost = [[top - (weight[i][j] if i < len(weight) and j < len(weight[i]) else 0) for j in range(n)]
            for i in range(n)]
    u, v, match, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        least, used = [float("inf")] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < least[j]:
                        least[j], way[j] = cur, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    return sorted((match[j] - 1, j - 1) for j in range(1, n + 1)
                  if match[j] and match[j] - 1 < len(weight) and j - 1 < len(weight[match[j] - 1]))


def score_actors(gold: Gold, rows: list[dict], names: Names, score: Score) -> None:
    count = score.counts["actor"]
    found: set[str] = set()
    for actor_rows in _events(rows, "actor"):
        label, kind = _first(actor_rows, "label"), _type_name(_first(actor_rows, "type"))
        ident = names.id(label, _first(actor_rows, "wikidata"), kind)
        actor = gold.actors.get(ident)
        if actor is not None and actor.get("optional"):
            continue
        if actor is None or actor["type"] != kind:
            count.fp += 1
            score.false.append(f"actor: {label} ({kind})")
        elif ident in found:
            count.fp += 1
            count.dup += 1
            score.false.append(f"actor (a second node for {ident}): {label} ({kind})")
        else:
            found.add(ident)
            count.tp += 1
    for ident, actor in gold.actors.items():
        if ident not in found and not actor.get("optional"):
            count.fn += 1
            score.missed.append(f"actor: {actor['names'][0]} ({actor['type']})")


def evaluate(gold: Gold, rows: dict[str, list[dict]]) -> Score:
    """Score the rows of the named queries (`rows["actors"]`, `rows["meetings"]`...)."""
    names = Names(gold, rows.get("actors", []))
    score = Score()
    score_actors(gold, rows.get("actors", []), names, score)
    predicted = predictions(rows, names)
    for kind in KINDS:
        score_facts(kind, gold.facts[kind], predicted[kind], score)
    for g, p in best_pairs(gold.facts["meeting"], predicted["meeting"]):
        _meeting_accuracy(gold.facts["meeting"][g], predicted["meeting"][p].fields, score.best_places,
                          score.best_dates)
    return score
