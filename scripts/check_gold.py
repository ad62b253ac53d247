#!/usr/bin/env python3
"""Check a gold file against GOLD_FORMAT.md and the articles it annotates.

    python3 scripts/check_gold.py eval/NAME.json eval/NAME/

Prints one line per problem and exits 1 if there is any. Checks the
structure (types, ids, references), that every source is an article of the
folder, that each actor has a name and each quotation has words that occur in
the articles (after folding case, accents and punctuation). Standard library
only: it never imports kg.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ACTOR_TYPES = {"Person", "Country", "Organization", "Place"}
FACT_FIELDS = {
    "role": {"person", "role"},
    "meeting": {"participants", "status"},
    "visit": {"traveler", "destination"},
    "gift": {"giver", "recipient", "item"},
    "statement": {"speaker", "quote"},
    "sanction": {"imposers", "target"},
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def ids_of(value) -> list:
    return value if isinstance(value, list) else [value]


def check(gold: dict, folder: Path) -> list[str]:
    problems: list[str] = []
    texts = {p.name.split("_")[0]: fold(p.read_text(encoding="utf-8"))
             for p in sorted(folder.glob("*.txt"))}
    corpus = " " + " ".join(texts.values()) + " "
    actors = {}
    for actor in gold.get("actors", []):
        aid = actor.get("id")
        if not aid or aid in actors:
            problems.append(f"actor {aid!r}: missing or repeated id")
        actors[aid] = actor
        if actor.get("type") not in ACTOR_TYPES:
            problems.append(f"actor {aid}: type {actor.get('type')!r} not one of {sorted(ACTOR_TYPES)}")
        names = actor.get("names") or []
        if not names:
            problems.append(f"actor {aid}: no names")
        elif not any(f" {fold(n)} " in corpus for n in names):
            problems.append(f"actor {aid}: none of its names occurs in the articles")
        wd = actor.get("wikidata")
        if wd is not None and not re.fullmatch(r"Q\d+", wd):
            problems.append(f"actor {aid}: wikidata {wd!r} is not a Q-id")
    for n, fact in enumerate(gold.get("facts", [])):
        kind = fact.get("type")
        where = f"fact {n} ({kind})"
        if kind not in FACT_FIELDS:
            problems.append(f"{where}: unknown type")
            continue
        for field in FACT_FIELDS[kind] - fact.keys():
            problems.append(f"{where}: no {field}")
        refs = []
        for field in ("person", "speaker", "giver", "recipient", "traveler", "target", "organization"):
            if fact.get(field) is not None:
                refs.append(fact[field])
        for field in ("participants", "optional_participants", "imposers"):
            refs += [r for r in fact.get(field, []) if r is not None]
        for field in ("place", "destination"):
            if fact.get(field) is not None:
                refs += ids_of(fact[field])
        for ref in refs:
            if ref not in actors:
                problems.append(f"{where}: {ref!r} is not an actor id")
        if fact.get("date") and not DATE.match(fact["date"]):
            problems.append(f"{where}: date {fact['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if kind == "meeting" and fact.get("status") not in ("occurred", "planned"):
            problems.append(f"{where}: status must be occurred or planned")
        for src in fact.get("sources", []):
            if src not in texts:
                problems.append(f"{where}: source {src!r} is not an article prefix in {folder}")
        if kind == "statement":
            quote = fold(fact.get("quote", ""))
            if len(quote.split()) < 4:
                problems.append(f"{where}: quotation shorter than four words")
            elif f" {quote} " not in corpus:
                problems.append(f"{where}: quotation not found verbatim in the articles")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    gold = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    problems = check(gold, Path(argv[2]))
    for line in problems:
        print(line)
    facts = gold.get("facts", [])
    counts = Counter(str(f.get("type")) for f in facts)
    by_type = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    print(f"{len(gold.get('actors', []))} actors, {len(facts)} facts ({by_type}); "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
