"""kg's benchmarks: one command, a table on stdout, the figures in benchmarks/results.json.

    .venv/bin/python -m benchmarks.run --sizes 200,1000 --triples 100000,1000000

Benchmarks, not tests: nothing passes or fails; each figure is printed beside
its target. Every measurement runs in a fresh subprocess, timed from outside,
with the peak memory of its whole process tree (PSS, where the system gives it) sampled
every 0.5 s (SAMPLE_SECONDS); kg runs from this checkout, byte-compiled first as
`pip install` leaves it (compile_kg).

- build: `kg build DIR --no-cache` (cold; also on one CPU, where its parse keeps to one
  thread) against bare `spacy.load(model).pipe(texts)`
  on the same generated articles, same model, same run: articles/s, words/s,
  peak RSS, and their ratio; then `--jobs 2`, twice (its target holds in every run);
- rebuilds: one article edited, then one article added, each rebuilt with the
  cache the cold build filled, against that cold build, and checked against a
  cold build of the same corpus byte for byte (`--no-bytes-check` skips that);
- graph: a graph of N triples in kg's shape (the generated corpus' own graph,
  copied with fresh article, evidence and fact IRIs, actors shared): parse,
  convert to Turtle and N-Triples (parse and write: `kg export`), every named
  query, through kg (kg.graph, kg.export) and through pyoxigraph directly;
- html: kg.viz.render of a 2,000-actor network, loaded in headless Chromium
  until the page says it is ready (window.kgView.ready, or vis' stabilisation).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
KG = [PY, "-m", "kg"]
MODEL = "fr_core_news_md"


# ---------------------------------------------------------------- measuring

def _memory(q) -> int:
    """A process's share of physical memory: its PSS where the system gives it (a page shared
    with another process, such as the copy kg forks to write the page, counted once between
    them), else its RSS."""
    pss = getattr(q.memory_full_info(), "pss", None)
    return pss if pss is not None else q.memory_info().rss


def _tree_memory(proc) -> int:
    try:
        import psutil
    except ImportError:  # pragma: no cover
        return 0
    try:
        p = psutil.Process(proc.pid)
        procs = [p] + p.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for q in procs:
        try:
            total += _memory(q)
        except psutil.Error:
            pass
    return total


#: How often the memory of the process tree is read. Not more often: the kernel takes about 7 ms
#: to sum the PSS of a process holding the model, so three processes read every 50 ms took
#: about half a core from the two workers of `--jobs 2` (measured: 1.55x and 1.60x in the
#: benchmark against 1.77x timed alone, on 300 articles).
SAMPLE_SECONDS = 0.5


def compile_kg() -> None:
    """Byte-compile this checkout's kg, as `pip install` does when it installs kg (checked: it
    does even where PYTHONDONTWRITEBYTECODE is set). The measurements run kg from the checkout;
    where that variable is set (this machine's environment sets it), every kg process would
    otherwise compile its 47 modules anew: 0.1 to 0.3 s of each process's start, measured, and a
    rebuild waits on two of them (this one and the worker that parses)."""
    import compileall
    compileall.compile_dir(ROOT / "kg", quiet=1)


def _one_core() -> None:
    """(In the child, before it runs) run on one CPU only."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def measure(cmd: list[str], env=None, cwd=None, one_core: bool = False) -> dict:
    """Wall time, peak RSS of the process tree (MiB) and stdout of `cmd`; with `one_core`, the
    command may run on one CPU only (where the system can say so)."""
    start = time.perf_counter()
    # the kg of this checkout, whatever is installed
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    pin = _one_core if one_core and hasattr(os, "sched_setaffinity") else None
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": path, **(env or {})}, cwd=cwd,
                            preexec_fn=pin)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_memory(proc))
            stop.wait(SAMPLE_SECONDS)
    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    t.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{err[-3000:]}")
    return {"seconds": seconds, "peak_mib": peak / 2**20, "stdout": out}


def child(code: str, *args) -> dict:
    """Run a Python snippet in a fresh process; it prints a JSON dict of its own timings."""
    r = measure([PY, "-c", textwrap.dedent(code), *map(str, args)], cwd=ROOT)
    inner = json.loads(r["stdout"].strip().splitlines()[-1])
    inner["peak_mib"] = r["peak_mib"]
    inner["wall"] = r["seconds"]
    return inner


# ---------------------------------------------------------------- build

BARE = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[2])
t1 = time.perf_counter()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
n = 0
for doc in nlp.pipe(texts, batch_size=16):
    n += 1
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "pipe": t2 - t1, "docs": n}))
"""


#: What each build figure aims at (issue "Builds at the speed of the parse").
RATIO_TARGET = 0.9  # kg build / bare nlp.pipe throughput, cold cache
JOBS_TARGET = 1.7  # --jobs 2 against one process, in every run
REBUILD_TARGETS = {300: 0.10, 1000: 0.05, 10000: 0.02}  # a rebuild, as a share of the cold build
PEAK_TARGET_MB = {10000: 1500}  # peak RSS of a cold build, in MB (10^6 bytes)
OUTPUTS = ("graph.ttl", "graph.trig", "graph.jsonld", "network.html")


def _same_outputs(a: Path, b: Path) -> bool:
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in OUTPUTS)


def _rebuild(corpus: Path, out: Path, cold_seconds: float, one_core_seconds: float,
             check: Path | None) -> dict:
    """Rebuild `out` with the cache its cold build filled; with `check`, also build the same
    corpus cold into `check` and compare the bytes."""
    r = measure([*KG, "build", str(corpus), "--out", str(out), "-q"])
    row = {"seconds": r["seconds"], "peak_mib": r["peak_mib"], "fraction_of_full": r["seconds"] / cold_seconds,
           "fraction_of_one_core": r["seconds"] / one_core_seconds}
    if check is not None:
        shutil.rmtree(check, ignore_errors=True)
        measure([*KG, "build", str(corpus), "--out", str(check), "-q", "--no-cache"])
        row["same_bytes_as_cold"] = _same_outputs(out, check)
    return row


def bench_build(size: int, work: Path, jobs: list[int], incremental: bool, repeat: int = 1,
                jobs_runs: int = 2, check_bytes: bool = True) -> dict:
    from benchmarks.corpus import article, write
    corpus = work / f"corpus-{size}"
    paths = write(size, corpus)
    for extra in corpus.glob("*.txt"):  # an article a previous run added
        if extra not in paths:
            extra.unlink()
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    res: dict = {"articles": size, "words": words}

    out = work / f"out-{size}"
    runs = {"bare": [], "kg": [], "kg_one_core": []}
    for _ in range(max(1, repeat)):  # alternated, so all see the same load; the fastest of each kept
        bare = child(BARE, corpus, MODEL)
        runs["bare"].append({"seconds": bare["wall"], "pipe_seconds": bare["pipe"],
                             "load_seconds": bare["load"], "peak_mib": bare["peak_mib"]})
        # kg on one CPU: its parse on one thread, as bare spaCy's (the default takes a second core)
        one = work / f"out-{size}-one-core"
        shutil.rmtree(one, ignore_errors=True)
        cold = measure([*KG, "build", str(corpus), "--out", str(one), "-q"], one_core=True)
        runs["kg_one_core"].append({"seconds": cold["seconds"], "peak_mib": cold["peak_mib"]})
        shutil.rmtree(out, ignore_errors=True)
        cold = measure([*KG, "build", str(corpus), "--out", str(out), "-q"])  # cold cache: a first build
        runs["kg"].append({"seconds": cold["seconds"], "peak_mib": cold["peak_mib"]})
    for name, rs in runs.items():
        res[name] = dict(min(rs, key=lambda r: r["seconds"]), all_seconds=[r["seconds"] for r in rs])
        res[name]["articles_per_s"] = size / res[name]["seconds"]
        res[name]["words_per_s"] = words / res[name]["seconds"]
    res["ratio"] = res["kg"]["articles_per_s"] / res["bare"]["articles_per_s"]
    res["ratio_one_core"] = res["kg_one_core"]["articles_per_s"] / res["bare"]["articles_per_s"]
    res["triples"] = sum(1 for line in (out / "graph.ttl").read_text(encoding="utf-8").splitlines()
                         if line.rstrip().endswith((" .", " ;", " ,")))
    graph = work / f"graph-{size}.ttl"  # the corpus' own graph, for the graph benchmarks
    shutil.copyfile(out / "graph.ttl", graph)
    res["graph_ttl"] = str(graph)
    for n in jobs:
        if n == 1:
            continue
        o = work / f"out-{size}-j{n}"
        rows = []
        for _ in range(max(1, jobs_runs)):  # the target holds in every run, not in the best one
            shutil.rmtree(o, ignore_errors=True)
            r = measure([*KG, "build", str(corpus), "--out", str(o), "-q", "--no-cache", "--jobs", str(n)])
            rows.append({"seconds": r["seconds"], "peak_mib": r["peak_mib"],
                         "articles_per_s": size / r["seconds"], "words_per_s": words / r["seconds"],
                         "speedup_vs_jobs1": res["kg"]["seconds"] / r["seconds"],
                         "speedup_vs_one_core": res["kg_one_core"]["seconds"] / r["seconds"],
                         "same_bytes": _same_outputs(o, out)})
        res[f"jobs{n}"] = rows
    if incremental:
        check = work / f"out-{size}-check" if check_bytes else None
        victim = paths[len(paths) // 2]
        original = victim.read_text(encoding="utf-8")
        try:
            victim.write_text(original + "\nUne phrase ajoutée pour le test de reconstruction.\n", encoding="utf-8")
            res["incremental"] = _rebuild(corpus, out, res["kg"]["seconds"], res["kg_one_core"]["seconds"], check)
        finally:
            victim.write_text(original, encoding="utf-8")
        measure([*KG, "build", str(corpus), "--out", str(out), "-q"])  # back to the corpus as generated
        added = corpus / f"{size:06d}.txt"
        try:
            added.write_text(article(size), encoding="utf-8")
            res["added"] = _rebuild(corpus, out, res["kg"]["seconds"], res["kg_one_core"]["seconds"], check)
        finally:
            added.unlink()
    return res


# ---------------------------------------------------------------- graph operations

_IRI = re.compile(r"(https://w3id\.org/kg-news/id/(?:article|evidence|role|meeting|visit|gift|statement|"
                  r"sanction|claim)/)([0-9a-f]+)")


def make_graph(base_ttl: Path, triples: int, dest: Path) -> Path:
    """`triples` triples in kg's shape: copies of a built graph with fresh fact IRIs, shared actors."""
    import pyoxigraph as ox
    if dest.exists():
        return dest
    with open(base_ttl, "rb") as fh:
        lines = ox.serialize(ox.parse(fh, format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    lines = lines.decode("utf-8").splitlines()
    actor_lines = [l for l in lines if not _IRI.match(l[1:])]
    fact_lines = [l for l in lines if _IRI.match(l[1:])]
    written = 0
    with open(dest.with_suffix(".tmp"), "w", encoding="utf-8") as out:
        for l in actor_lines:
            out.write(l + "\n")
        written += len(actor_lines)
        k = 0
        while written < triples:
            for l in fact_lines:
                out.write(_IRI.sub(lambda m: f"{m.group(1)}{m.group(2)}{k:x}", l) + "\n")
                written += 1
                if written >= triples:
                    break
            k += 1
    # the benchmark file is Turtle, as kg writes it
    with open(dest.with_suffix(".tmp"), "rb") as fh, open(dest, "wb") as out:
        ox.serialize(ox.parse(fh, format=ox.RdfFormat.N_TRIPLES), out, format=ox.RdfFormat.TURTLE,
                     prefixes={"kg": "https://w3id.org/kg-news/ontology#"})
    dest.with_suffix(".tmp").unlink()
    return dest


OPS_KG = """
import json, sys, time
from pathlib import Path
path, op = Path(sys.argv[1]), sys.argv[2]
out = {}
if op in ("turtle", "ntriples"):      # kg export --out: the file converted, parse included
    from kg import export
    from kg.fileio import atomic_write
    t = time.perf_counter()
    atomic_write(path.with_name(path.name + "." + op + ".out"), lambda fh: export.convert(path, op, fh))
    out[op] = time.perf_counter() - t
else:
    from kg import graph
    t = time.perf_counter()
    store = graph.load(path)
    out["parse"] = time.perf_counter() - t
    if op != "parse":
        q = graph.named_queries()[op].text
        t = time.perf_counter()
        rows = graph.select(store, q)
        out[op] = time.perf_counter() - t
        out["rows"] = len(rows.bindings)
print(json.dumps(out))
"""

OPS_OX = """
import json, sys, time
from pathlib import Path
import pyoxigraph as ox
path, op = Path(sys.argv[1]), sys.argv[2]
out = {}
if op in ("turtle", "ntriples"):      # the same conversion, straight through pyoxigraph
    fmt = ox.RdfFormat.TURTLE if op == "turtle" else ox.RdfFormat.N_TRIPLES
    t = time.perf_counter()
    with open(path.with_name(path.name + "." + op + ".ox"), "wb") as fh:
        ox.serialize(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE), fh, format=fmt)
    out[op] = time.perf_counter() - t
else:
    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    out["parse"] = time.perf_counter() - t
    if op != "parse":
        from kg.graph import named_queries
        q = named_queries()[op].text
        t = time.perf_counter()
        rows = [[s[v] for v in range(len(s))] for s in store.query(q, use_default_graph_as_union=True)]
        out[op] = time.perf_counter() - t
        out["rows"] = len(rows)
print(json.dumps(out))
"""


def bench_graph(base_ttl: Path, triples: int, work: Path, ops: list[str]) -> dict:
    path = make_graph(base_ttl, triples, work / f"graph-{triples}.ttl")
    res = {"triples": triples, "ops": {}}
    for op in ops:
        row = {}
        for who, code in (("ox", OPS_OX), ("kg", OPS_KG)):
            try:
                r = child(code, path, op)
            except RuntimeError as exc:
                row[who] = {"error": str(exc).splitlines()[0]}
                continue
            row[who] = {"seconds": r[op], "peak_mib": r["peak_mib"]}
        if "seconds" in row.get("kg", {}) and "seconds" in row.get("ox", {}):
            row["time_ratio"] = row["kg"]["seconds"] / max(row["ox"]["seconds"], 1e-9)
            row["memory_ratio"] = row["kg"]["peak_mib"] / max(row["ox"]["peak_mib"], 1e-9)
        res["ops"][op] = row
    return res


# ---------------------------------------------------------------- the HTML

HTML_RENDER = """
import json, sys, time, random
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from kg.vocab import KG
from kg import viz
n = int(sys.argv[1])
rng = random.Random(7)
g = Graph()
ID = "https://w3id.org/kg-news/id/"
kinds = ["Person", "Country", "Organization", "Place"]
actors = [URIRef(f"{ID}person/a{i}") for i in range(n)]
for i, a in enumerate(actors):
    g.add((a, RDF.type, getattr(KG, kinds[i % 4])))
    g.add((a, RDFS.label, Literal(f"Acteur {i}")))
for j in range(int(n * 1.5)):
    a, b = rng.sample(actors, 2)
    m = URIRef(f"{ID}meeting/m{j}")
    g.add((m, RDF.type, KG.Meeting)); g.add((m, KG.participant, a)); g.add((m, KG.participant, b))
    ev = URIRef(f"{ID}evidence/e{j}")
    g.add((m, KG.evidence, ev)); g.add((ev, KG.sentence, Literal(f"Phrase {j}.", lang="fr")))
t = time.perf_counter()
page = viz.render(g)
took = time.perf_counter() - t
open(sys.argv[2], "w", encoding="utf-8").write(page)
print(json.dumps({"render": took, "bytes": len(page.encode())}))
"""


def bench_html(nodes: int, work: Path, timeout: float = 120.0) -> dict:
    page = work / f"network-{nodes}.html"
    r = child(HTML_RENDER, nodes, page)
    res = {"nodes": nodes, "render_seconds": r["render"], "html_mib": r["bytes"] / 2**20}
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--window-size=1280,900"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    try:
        driver.set_page_load_timeout(timeout)
        driver.set_script_timeout(timeout)
        t = time.perf_counter()
        try:
            driver.get(page.as_uri())
        except Exception as exc:  # the page kept its thread busy past every timeout
            res.update(load_seconds=None, settle_seconds=None, timeout_seconds=time.perf_counter() - t,
                       error=str(exc).splitlines()[0])
            return res
        loaded = time.perf_counter() - t
        ready = None
        driver.execute_script("""
            window.__kgBench = null;
            if (window.network && !window.kgView) {
              network.once('stabilizationIterationsDone', () => window.__kgBench = performance.now());
            }""")
        while time.perf_counter() - t < timeout:
            try:
                state = driver.execute_script("""
                    if (window.kgView) return kgView.ready ? (kgView.readyMs || performance.now()) : null;
                    return window.__kgBench;""")
            except Exception:  # the page's thread is busy laying out: not ready yet
                state = None
            if state is not None:
                ready = time.perf_counter() - t
                res["ready_ms_in_page"] = state
                break
            time.sleep(0.05)
        res["load_seconds"] = loaded
        res["settle_seconds"] = ready
        res["timeout_seconds"] = timeout
        try:
            res["shown_nodes"] = driver.execute_script(
                "var n = window.kgView ? kgView.network : window.network; return n ? n.body.data.nodes.length : null")
        except Exception:
            res["shown_nodes"] = None
    finally:
        driver.quit()
    return res


# ---------------------------------------------------------------- report

def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split()[1]
        info["memory_gib"] = round(int(mem) / 2**20, 1)
    except OSError:
        pass
    info["load_before"] = os.getloadavg()
    return info


def table(results: dict) -> str:
    rows = [("figure", "value", "target")]
    for b in results.get("build", []):
        n = b["articles"]
        rows.append((f"build {n} art. ({b['words']:,} words): bare nlp.pipe",
                     f"{b['bare']['articles_per_s']:.2f} art/s, {b['bare']['words_per_s']:,.0f} w/s, "
                     f"{b['bare']['peak_mib']:,.0f} MiB", ""))
        rows.append((f"build {n}: kg build (cold cache)",
                     f"{b['kg']['articles_per_s']:.2f} art/s, {b['kg']['words_per_s']:,.0f} w/s, "
                     f"{b['kg']['peak_mib']:,.0f} MiB", ""))
        rows.append((f"build {n}: kg / bare throughput", f"{b['ratio']:.2f}x", f">= {RATIO_TARGET}x"))
        if "kg_one_core" in b:
            rows.append((f"build {n}: kg build on one core", f"{b['kg_one_core']['articles_per_s']:.2f} art/s, "
                         f"{b['ratio_one_core']:.2f}x bare, {b['kg_one_core']['peak_mib']:,.0f} MiB", ""))
        peak = PEAK_TARGET_MB.get(n)
        if peak:
            rows.append((f"build {n}: kg build peak memory", f"{b['kg']['peak_mib'] * 2**20 / 1e6:,.0f} MB",
                         f"< {peak:,} MB"))
        for key in sorted(k for k in b if k.startswith("jobs")):
            for run, j in enumerate(b[key], 1):
                rows.append((f"build {n}: --{key[:4]} {key[4:]}, run {run}",
                             f"{j['articles_per_s']:.2f} art/s, {j['speedup_vs_jobs1']:.2f}x jobs 1"
                             + (f" ({j['speedup_vs_one_core']:.2f}x on one core)" if "speedup_vs_one_core" in j else "")
                             + ", "
                             f"{j['peak_mib']:,.0f} MiB, same bytes: {j['same_bytes']}",
                             f">= {JOBS_TARGET}x on 2 cores"))
        target = REBUILD_TARGETS.get(n)
        for key, what in (("incremental", "one article edited"), ("added", "one article added")):
            if key in b:
                i = b[key]
                same = f", same bytes as cold: {i['same_bytes_as_cold']}" if "same_bytes_as_cold" in i else ""
                one = (f" ({100 * i['fraction_of_one_core']:.1f}% on one core)"
                       if "fraction_of_one_core" in i else "")
                rows.append((f"build {n}: {what}", f"{i['seconds']:.1f} s = "
                             f"{100 * i['fraction_of_full']:.1f}% of {b['kg']['seconds']:.1f} s{one}{same}",
                             f"<= {100 * target:.0f}%" if target else ""))
        rows.append((f"build {n}: triples", f"~{b['triples']:,}", ""))
    for g in results.get("graph", []):
        for op, row in g["ops"].items():
            if "time_ratio" in row:
                value = (f"kg {row['kg']['seconds']:.2f} s / {row['kg']['peak_mib']:,.0f} MiB, "
                         f"ox {row['ox']['seconds']:.2f} s / {row['ox']['peak_mib']:,.0f} MiB: "
                         f"{row['time_ratio']:.2f}x time, {row['memory_ratio']:.2f}x memory")
            else:
                value = "; ".join(f"{w}: {v.get('error', v)}" for w, v in row.items())
            rows.append((f"graph {g['triples']:,} triples: {op}", value, "<= 1.5x"))
    h = results.get("html")
    if h:
        settle = (f"{h['settle_seconds']:.1f} s" if h.get("settle_seconds")
                  else f"not ready in {h.get('timeout_seconds', 0):.0f} s")
        rows.append((f"html {h['nodes']:,} nodes", f"render {h['render_seconds']:.1f} s, "
                     f"{h['html_mib']:.1f} MiB, load+settle {settle}", "< 3 s"))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="200", help="corpus sizes to build, comma-separated (default 200)")
    ap.add_argument("--jobs", default="2", help="--jobs values to measure besides 1 (default 2; 0: none)")
    ap.add_argument("--triples", default="100000", help="graph sizes, comma-separated (0: skip)")
    ap.add_argument("--ops", default="parse,turtle,ntriples,all-queries",
                    help="graph operations (named queries by name, or all-queries)")
    ap.add_argument("--html-nodes", type=int, default=2000, help="nodes of the HTML benchmark (0: skip)")
    ap.add_argument("--no-incremental", action="store_true", help="skip the rebuilds")
    ap.add_argument("--jobs-runs", type=int, default=2, help="runs of each --jobs value (default 2)")
    ap.add_argument("--no-bytes-check", action="store_true",
                    help="skip the cold builds that check a rebuild's bytes (one per rebuild)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="build runs of bare spaCy and kg, alternated; the fastest of each is kept (default 1)")
    ap.add_argument("--work", type=Path, default=None, help="folder for corpora and outputs (default: a temp dir)")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results.json")
    args = ap.parse_args(argv)

    compile_kg()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "build": [], "graph": []}
    sizes = [int(s) for s in args.sizes.split(",") if s.strip() and int(s)]
    jobs = [int(j) for j in args.jobs.split(",") if j.strip() and int(j)]
    for size in sizes:
        print(f"build {size} articles...", file=sys.stderr, flush=True)
        results["build"].append(bench_build(size, work, jobs, incremental=not args.no_incremental,
                                            repeat=args.repeat, jobs_runs=args.jobs_runs,
                                            check_bytes=not args.no_bytes_check))
    triples = [int(t) for t in args.triples.split(",") if t.strip() and int(t)]
    if triples:
        base = Path(results["build"][-1]["graph_ttl"]) if results["build"] else ROOT / "exports" / "graph.ttl"
        from kg.graph import named_queries
        ops = []
        for op in args.ops.split(","):
            ops += list(named_queries()) if op == "all-queries" else [op]
        for t in triples:
            print(f"graph {t} triples...", file=sys.stderr, flush=True)
            results["graph"].append(bench_graph(base, t, work, ops))
    if args.html_nodes:
        print(f"html {args.html_nodes} nodes...", file=sys.stderr, flush=True)
        try:
            results["html"] = bench_html(args.html_nodes, work)
        except Exception as exc:  # a missing browser must not lose the other figures
            results["html"] = None
            print(f"html benchmark failed: {exc}", file=sys.stderr)
    results["machine"]["load_after"] = os.getloadavg()
    print(table(results))
    print(f"\nmachine: {results['machine']}")
    args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
