"""Training kg's learned components on its own annotated articles.

    python -m kg.learn actors            # retrain kg/data/models/actors from the dev sets
    python -m kg.learn actors --cv       # leave one dev set out: rules alone against rules + model
    python -m kg.learn neighbours statements speech_verbs   # words to vet for a cue list

The actor check (kg.extract.actor_model) learns from the development sets of
eval/ (never the blind ones): every name the recogniser proposes and the
gazetteer does not know becomes one example, labelled with the type of the
gold actor that bears that name, or NONE when no gold actor does (names of
optional gold actors are left out). spaCy trains the text classifier of
kg/learn/actors.cfg on them, with a fixed seed and a fixed number of epochs,
so the same sets give the same model.

`neighbours` ranks the model's vocabulary by cosine similarity to the
centroid of a cue list's word vectors (fr_core_news_md) and prints the
closest words the list lacks, for a person to vet: the vectors propose,
the person keeps the words of the list's sense (an incise verb, a title),
never the misspellings and the other senses the neighbourhood also holds.
"""
from __future__ import annotations

import contextlib
import json
import random
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CONFIG = Path(__file__).resolve().parent / "actors.cfg"
MODEL = ROOT / "kg" / "data" / "models" / "actors"


def development_sets(root: Path = ROOT) -> list[tuple[Path, Path]]:
    """(gold, folder) of every development set under eval/: never a blind set."""
    golds = sorted((root / "eval").glob("dev-*.json")) + sorted((root / "eval" / "heldout").glob("*.json"))
    return [(g, g.with_suffix("")) for g in golds if "blind" not in g.name and g.with_suffix("").is_dir()]


def _gold_names(gold_path: Path) -> dict[str, set[tuple[str, bool]]]:
    from kg.evaluate import fold

    data = json.loads(gold_path.read_text(encoding="utf-8"))
    names: dict[str, set[tuple[str, bool]]] = {}
    for actor in data["actors"]:
        for name in actor["names"]:
            names.setdefault(fold(name), set()).add((actor["type"], bool(actor.get("optional"))))
    return names


def examples(gold_path: Path, folder: Path) -> list[tuple[str, str]]:
    """(description, label) for every name the model would judge in the articles of `folder`."""
    from kg import nlp
    from kg.articles import read_all
    from kg.evaluate import fold
    from kg.extract import actor_model, actors

    names = _gold_names(gold_path)
    out = []
    articles = read_all([folder]).articles
    for article, doc in zip(articles, nlp.parse(a.text for a in articles)):
        chosen, _ = actors.candidates(doc, frozenset(actors.furniture_tokens(doc)))
        for c in actors.judged(chosen):
            found = names.get(fold(doc[c.start:c.end].text)) or names.get(fold(c.ref.name)) or set()
            required = {kind for kind, optional in found if not optional}
            if found and not required or len(required) > 1:
                continue  # an optional or ambiguous actor: no lesson either way
            label = required.pop() if required else "NONE"
            out.append((actor_model.features(doc, c.start, c.end, c.ref.type, c.ner), label))
    return out


def _docbin(rows: list[tuple[str, str]], path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    from kg.extract.actor_model import LABELS

    blank = spacy.blank("fr")
    bin_ = DocBin()
    for text, label in rows:
        doc = blank.make_doc(text)
        doc.cats = {name: float(name == label) for name in LABELS}
        bin_.add(doc)
    bin_.to_disk(path)


def train(rows: list[tuple[str, str]], out: Path) -> None:
    """Train the actor check on `rows` and write the model to `out` (replaced whole)."""
    from spacy.cli.train import train as spacy_train

    rows = sorted(rows)
    random.Random(0).shuffle(rows)
    held = max(1, len(rows) // 10)  # a slice to print the training's progress on; the last epoch is kept
    with tempfile.TemporaryDirectory(prefix="kg-learn-") as tmp:
        tmp = Path(tmp)
        _docbin(rows[held:], tmp / "train.spacy")
        _docbin(rows[:held], tmp / "dev.spacy")
        with contextlib.redirect_stdout(sys.stderr):  # spaCy's training log is progress, not output
            spacy_train(CONFIG, tmp / "output", use_gpu=-1,
                        overrides={"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")})
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(tmp / "output" / "model-last", out)
    # the training's temporary paths are no part of the model (and would change its bytes)
    config = out / "config.cfg"
    config.write_text("\n".join('train = null' if line.startswith("train = ") else
                                 'dev = null' if line.startswith("dev = ") else line
                                 for line in config.read_text(encoding="utf-8").split("\n")), encoding="utf-8")


def label_counts(rows) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(Counter(label for _, label in rows).items()))


def neighbours(section: str, name: str, top: int = 60, endings: tuple[str, ...] = ()) -> list[tuple[float, str]]:
    """The `top` words of the model's vocabulary closest to the centroid of cue list `name` of
    kg/data/cues/`section`.json, lower-case alphabetic words the list lacks (ending in one of
    `endings` when given), with their cosine similarity, closest first."""
    import numpy as np

    from kg import cues, nlp

    vocab, names = nlp.load().vocab, nlp.strings()
    words = set(cues.words(section, name))
    vectors = [vocab[w].vector for w in sorted(words) if vocab.has_vector(w)]
    if not vectors:
        raise ValueError(f"no word of {section}:{name} has a vector")
    centroid = np.mean(vectors, axis=0)
    centroid /= np.linalg.norm(centroid)
    ranked = []
    for key in vocab.vectors.keys():
        if key not in names:
            continue  # (a vector no string names: no word to offer)
        word = names[key]
        if word in words or not (word.isalpha() and word.islower()) or (endings and not word.endswith(endings)):
            continue
        vector = vocab.vectors[key]
        norm = float(np.linalg.norm(vector))
        if norm:
            ranked.append((float(vector @ centroid) / norm, word))
    return sorted(ranked, reverse=True)[:top]
