"""python -m kg.learn actors [--cv] [--out DIR]: see kg.learn."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from kg import learn


def _score(gold: Path, folder: Path, model: str | None) -> dict:
    """kg eval's figures for one set, read with the rules alone (model None) or with a model."""
    import subprocess

    env = dict(os.environ, KG_ACTOR_MODEL="on" if model else "off")
    if model:
        env["KG_ACTOR_MODEL_DIR"] = model
    proc = subprocess.run([sys.executable, "-m", "kg", "eval", str(gold), "--input", str(folder), "--json"],
                          capture_output=True, text=True, env=env, check=True)
    import json
    return json.loads(proc.stdout)


def cross_validate() -> None:
    sets = [s for s in learn.development_sets() if s[0].name.startswith("dev-")]
    rows = {gold: learn.examples(gold, folder) for gold, folder in sets}
    totals = {"rules": {}, "model": {}}
    print(f"{'held-out set':<18}{'actors F1 rules':>17}{'+ model':>9}{'facts F1 rules':>16}{'+ model':>9}")
    for gold, folder in sets:
        train_rows = [r for g, rs in rows.items() if g != gold for r in rs]
        with tempfile.TemporaryDirectory(prefix="kg-cv-") as tmp:
            learn.train(train_rows, Path(tmp) / "model")
            with_model = _score(gold, folder, str(Path(tmp) / "model"))
        rules = _score(gold, folder, None)
        for name, figures in (("rules", rules), ("model", with_model)):
            for kind in ("actor", "facts"):
                acc = totals[name].setdefault(kind, [0, 0, 0])
                for k, key in enumerate(("tp", "fp", "fn")):
                    acc[k] += figures[kind][key]
        print(f"{gold.stem:<18}{rules['actor']['f1']:>17.3f}{with_model['actor']['f1']:>9.3f}"
              f"{rules['facts']['f1']:>16.3f}{with_model['facts']['f1']:>9.3f}")

    def f1(tp, fp, fn):
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    print(f"{'all (micro)':<18}{f1(*totals['rules']['actor']):>17.3f}{f1(*totals['model']['actor']):>9.3f}"
          f"{f1(*totals['rules']['facts']):>16.3f}{f1(*totals['model']['facts']):>9.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.learn", description=learn.__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("component", choices=["actors", "neighbours"])
    ap.add_argument("cue", nargs="*", help="for neighbours: the cue file and list (statements speech_verbs)")
    ap.add_argument("--top", type=int, default=60, help="for neighbours: how many words to print")
    ap.add_argument("--endings", default="", help="for neighbours: keep words ending so (er,ir,re)")
    ap.add_argument("--cv", action="store_true", help="leave one development set out at a time and compare")
    ap.add_argument("--out", type=Path, default=learn.MODEL, help="where to write the model")
    args = ap.parse_args()
    if args.component == "neighbours":
        if len(args.cue) != 2:
            ap.error("neighbours takes a cue file and a list: statements speech_verbs")
        endings = tuple(e for e in args.endings.split(",") if e)
        for score, word in learn.neighbours(args.cue[0], args.cue[1], args.top, endings):
            print(f"{score:.3f}  {word}")
        return 0
    if args.cv:
        cross_validate()
        return 0
    rows = [r for gold, folder in learn.development_sets() for r in learn.examples(gold, folder)]
    print(f"{len(rows)} examples ({learn.label_counts(rows)})", file=sys.stderr)
    learn.train(rows, args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
