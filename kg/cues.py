"""French cue words, kept as data in kg/data/cues/*.json, one file per fact type."""
from __future__ import annotations

import functools
import json
from importlib import resources


@functools.cache
def load(name: str) -> dict:
    text = resources.files("kg.data.cues").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.cache
def words(name: str, section: str) -> frozenset[str]:
    return frozenset(load(name)[section])
