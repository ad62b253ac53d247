"""The network page in a real browser: Debian's headless Chromium driven by Selenium.

The page is opened from file:// with every http(s)/ws request blocked (Chrome DevTools
`Network.setBlockedURLs`, and a dead proxy as a second wall); the DevTools performance
log is then read to prove that no such request was even attempted.

Few page loads on purpose (the machines are shared): one for the seeds, one for an
article carrying script payloads, one for a 2,000-node synthetic graph.
Screenshots go to tests/artifacts/ (gitignored).
"""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def _need_browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            pytest.fail(f"{path} is missing; run the tests through scripts/test, which installs "
                        "Debian's chromium and chromium-driver")
    return pytest.importorskip("selenium")


def start_browser(profile: Path, width: int = 1400, height: int = 900):
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-default-apps",
                "--disable-sync", "--disable-extensions", "--no-default-browser-check",
                f"--user-data-dir={profile}", f"--window-size={width},{height}",
                # a second wall: anything that escapes setBlockedURLs goes to a closed port
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs",
                           {"urls": ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]})
    return driver


def open_page(driver, page: Path, timeout: float = 60.0) -> float:
    """Load `page` from file:// and wait for the network to be drawn; the seconds it took."""
    driver.get_log("performance")  # drop what the blank start page did
    t0 = time.monotonic()
    driver.get(page.resolve().as_uri())
    deadline = t0 + timeout
    while time.monotonic() < deadline:
        if driver.execute_script("return !!(window.kgView && window.kgView.ready)"):
            return time.monotonic() - t0
        time.sleep(0.1)
    raise AssertionError(f"{page.name}: the network was not ready after {timeout:.0f} s")


def network_requests(driver) -> list[str]:
    """Every http(s), ws(s) or ftp URL the page asked for (DevTools log + resource timing)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    urls += driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    return [u for u in urls if u.split(":", 1)[0].lower() in ("http", "https", "ws", "wss", "ftp")]


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def shown(driver) -> dict:
    return driver.execute_script("return window.kgView.shown()")


def screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    return path


@pytest.fixture
def browser(tmp_path):
    driver = start_browser(tmp_path / "profile")
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def _expected(graph_file: Path) -> tuple[int, int, int]:
    """Actors, actors with a relation (drawn at load), relations."""
    import rdflib

    from kg import viz
    data = viz.network_data(rdflib.Graph().parse(graph_file))
    return len(data["nodes"]), sum(n["related"] for n in data["nodes"]), len(data["edges"])


def unlinked_visible(driver) -> list[str]:
    """The visible nodes that no visible edge touches."""
    return driver.execute_script("""
        const linked = new Set();
        kgView.edges.get({filter: e => !e.hidden}).forEach(e => { linked.add(e.from); linked.add(e.to); });
        return kgView.nodes.get({filter: n => !n.hidden && !linked.has(n.id)}).map(n => n.id);""")


def overlapping_labels(driver) -> list:
    """Pairs of drawn labels whose boxes (as vis-network measured them) overlap."""
    boxes = driver.execute_script("return kgView.labelBoxes()")
    assert boxes, "no label drawn"
    return [(a["id"], b["id"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]]


def _actor_count(graph_file: Path) -> int:
    import rdflib
    g = rdflib.Graph().parse(graph_file)
    q = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
           SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
             VALUES ?t { kg:Person kg:Country kg:Organization kg:Place } ?a a ?t }"""
    return int(next(iter(g.query(q)))[0])


def hover(driver, x: float, y: float) -> None:
    """Move the mouse to (x, y) of the network's canvas and wait for the tooltip delay."""
    from selenium.webdriver.common.action_chains import ActionChains
    canvas = driver.find_element("css selector", "#kg-network canvas")
    rect = canvas.rect
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - rect["width"] / 2), int(y - rect["height"] / 2)).perform()
    time.sleep(0.6)


def node_on_screen(driver, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, once the view has stopped moving (the search zooms to its hit with an
    animation: a position read during it is gone by the time of the click)."""
    import time
    script = """const p = kgView.network.canvasToDOM(kgView.network.getPositions([arguments[0]])[arguments[0]]);
                return [p.x, p.y];"""
    last = driver.execute_script(script, node_id)
    for _ in range(30):
        time.sleep(0.1)
        now = driver.execute_script(script, node_id)
        if abs(now[0] - last[0]) < 0.5 and abs(now[1] - last[1]) < 0.5:
            return now
        last = now
    return last


def text_of(driver, element_id: str, expected: str, timeout: float = 3.0) -> str:
    """The text of an element once it is `expected` (or at the timeout): the page answers a click
    once vis-network has told it, a moment after the mouse was released."""
    deadline = time.monotonic() + timeout
    while True:
        text = driver.find_element("id", element_id).text
        if text == expected or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


def click(driver, x: float, y: float) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    canvas = driver.find_element("css selector", "#kg-network canvas")
    rect = canvas.rect
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - rect["width"] / 2), int(y - rect["height"] / 2)).click().perform()


def test_seeds_network_offline_counts_filters_search_panel(browser, seeds_build):
    page = seeds_build / "network.html"
    seconds = open_page(browser, page)
    print(f"\nseeds network ready in {seconds:.2f} s")
    screenshot(browser, "seeds-network.png")
    # the layout settled and stopped: physics is switched off once stabilised
    assert browser.execute_script("return kgView.network.physics.options.enabled") is False

    assert network_requests(browser) == []
    assert console_errors(browser) == []

    nodes, related, edges = _expected(seeds_build / "graph.ttl")
    assert nodes == _actor_count(seeds_build / "graph.ttl")
    assert edges > 0 and 0 < related < nodes
    # drawn at load: the actors with a relation, every relation; the others are listed
    assert shown(browser) == {"nodes": related, "edges": edges}
    assert unlinked_visible(browser) == []
    assert overlapping_labels(browser) == []
    assert len(browser.find_elements("css selector", "#kg-lone > li")) == nodes - related
    assert browser.find_element("id", "kg-lone-count").text == f"({nodes - related})"
    assert browser.execute_script("return kgView.network.body.data.nodes.length") == nodes
    assert browser.execute_script("return kgView.network.body.data.edges.length") == edges
    title = browser.find_element("id", "kg-title").text
    assert f"{nodes} actors" in title and "articles" in title and "facts" in title

    # relation kinds: unticking "met" hides exactly the met edges
    met = browser.execute_script("return kgView.edges.get({filter: e => e.kind === 'met'}).length")
    assert met > 0
    browser.find_element("id", "kg-kind-met").click()
    assert shown(browser)["edges"] == edges - met and unlinked_visible(browser) == []
    browser.find_element("id", "kg-kind-met").click()
    assert shown(browser)["edges"] == edges
    # roles are relations too: a person to the body or country it is held in
    roles = browser.execute_script("return kgView.edges.get({filter: e => e.kind === 'role in'}).length")
    assert roles > 0

    # dates: a range before every fact, without undated facts, shows no relation;
    # hiding lone actors then hides every actor
    browser.execute_script("""
        const set = (id, v) => { const i = document.getElementById(id); i.value = v;
                                 i.dispatchEvent(new Event('change')); };
        set('kg-date-from', '1900-01-01'); set('kg-date-to', '1900-12-31');""")
    browser.find_element("id", "kg-undated").click()
    assert shown(browser) == {"nodes": 0, "edges": 0}
    assert len(browser.find_elements("css selector", "#kg-lone > li")) == nodes
    browser.find_element("id", "kg-isolated").click()  # draw the actors with no shown relation
    assert shown(browser) == {"nodes": nodes, "edges": 0}
    browser.find_element("id", "kg-reset").click()
    assert shown(browser) == {"nodes": related, "edges": edges}

    # the list of actors not drawn is searchable; a click draws the actor and opens its panel
    browser.find_element("id", "kg-lone-filter").send_keys("ouest")
    [item] = browser.find_elements("css selector", "#kg-lone > li")
    item.click()
    assert browser.find_element("id", "kg-panel-title").text == "Ouest-France"
    assert shown(browser)["nodes"] == nodes
    browser.find_element("id", "kg-reset").click()

    # search an actor by name (accents and case ignored), its panel lists its statements
    box = browser.find_element("id", "kg-search")
    box.send_keys("kim jong")
    browser.find_element("css selector", "#kg-search-form button").click()
    assert browser.find_element("id", "kg-panel").is_displayed()
    assert browser.find_element("id", "kg-panel-title").text == "Kim Jong-un"
    assert browser.execute_script("return kgView.network.getSelectedNodes()") == [
        "https://w3id.org/kg-news/id/person/kim-jong-un"]
    statements = browser.find_elements("css selector", "#kg-panel-statements > li")
    assert statements and "Statements" in browser.find_element("id", "kg-panel-statements-title").text
    # and every relation, by kind, with its facts' evidence; its side
    relations = browser.find_element("id", "kg-panel-relations").text
    assert "met Vladimir Poutine" in relations and "Relations (" in browser.find_element(
        "id", "kg-panel-relations-title").text
    assert browser.find_element("id", "kg-panel-side").text == "Side: Corée du Nord"

    # clicking a node on the canvas opens its panel too
    browser.execute_script("document.getElementById('kg-panel').hidden = true; kgView.network.fit({animation: false})")
    x, y = node_on_screen(browser, "https://w3id.org/kg-news/id/person/putin")
    click(browser, x, y)
    assert text_of(browser, "kg-panel-title", "Vladimir Poutine") == "Vladimir Poutine"
    # hovering it shows its tooltip: type, Wikidata id, roles
    x, y = node_on_screen(browser, "https://w3id.org/kg-news/id/person/putin")
    hover(browser, x, y)
    tip = browser.execute_script("return document.querySelector('div.vis-tooltip').textContent")
    assert "Vladimir Poutine" in tip and "Q7747" in tip and "Role:" in tip
    screenshot(browser, "seeds-network-panel.png")
    assert console_errors(browser) == []
    assert network_requests(browser) == []


def _drag(driver, element_id: str, x0: float, x1: float) -> None:
    """Press at x0, move to x1 and release, across the middle of the element (pixels from its left)."""
    from selenium.webdriver.common.action_chains import ActionChains
    box = driver.find_element("id", element_id)
    rect = box.rect
    ActionChains(driver).move_to_element_with_offset(box, int(x0 - rect["width"] / 2), 0).click_and_hold() \
        .move_by_offset(int((x1 - x0) / 2), 0).move_by_offset(int((x1 - x0) / 2), 0).release().perform()


def test_seeds_focus_on_two_sides_neighbourhood_and_timeline(browser, seeds_build, tmp_path):
    page = tmp_path / "ru-kp.html"
    result = run("viz", str(seeds_build / "graph.ttl"), "--focus", "Russie", "--focus", "corée du nord",
                 "--out", str(page))
    assert result.exit_code == 0, result.output
    open_page(browser, page)
    assert console_errors(browser) == [] and network_requests(browser) == []
    # only what touches both sides: relations from one side to the other, and those of actors
    # related to both
    wrong, count = browser.execute_script("""
        const ru = 'https://w3id.org/kg-news/id/country/russia', kp = 'https://w3id.org/kg-news/id/country/north-korea';
        const all = kgView.nodes.get(), side = {};
        all.forEach(n => { side[n.id] = n.id === ru || n.sideKey === ru ? 'a' : n.id === kp || n.sideKey === kp ? 'b' : ''; });
        const edges = kgView.edges.get(), toA = new Set(), toB = new Set();
        edges.forEach(e => [[e.from, e.to], [e.to, e.from]].forEach(([x, y]) => {
          if (!side[x] && side[y] === 'a') toA.add(x);
          if (!side[x] && side[y] === 'b') toB.add(x); }));
        const bridge = id => toA.has(id) && toB.has(id);
        const shown = edges.filter(e => !e.hidden);
        const ok = e => (side[e.from] && side[e.to] && side[e.from] !== side[e.to])
          || (bridge(e.from) && side[e.to]) || (bridge(e.to) && side[e.from]);
        return [shown.filter(e => !ok(e)).map(e => e.label + ' ' + e.from + ' ' + e.to), shown.length];""")
    assert wrong == [] and count > 0
    assert count < browser.execute_script("return kgView.edges.length")
    assert unlinked_visible(browser) == [] and overlapping_labels(browser) == []
    assert "Russie ↔ Corée du Nord" in browser.find_element("id", "kg-focus-status").text
    screenshot(browser, "seeds-focus.png")

    # clicking an actor dims all but its neighbourhood; Escape brings everything back
    browser.find_element("id", "kg-focus-clear").click()
    x, y = node_on_screen(browser, "https://w3id.org/kg-news/id/person/putin")
    click(browser, x, y)
    assert browser.execute_script("return kgView.dimmed()") > 0
    from selenium.webdriver.common.keys import Keys
    browser.find_element("tag name", "body").send_keys(Keys.ESCAPE)
    assert browser.execute_script("return kgView.dimmed()") == 0

    # dragging over the start of the timeline shows only the facts of that period
    browser.find_element("id", "kg-reset").click()
    every = shown(browser)["edges"]
    assert browser.execute_script("return kgView.timeline.marks()") > 0
    width = browser.find_element("id", "kg-timeline").rect["width"]
    _drag(browser, "kg-timeline", 5, width * 0.5)
    start, end = (browser.find_element("id", i).get_attribute("value") for i in ("kg-date-from", "kg-date-to"))
    assert start and end and start < end
    assert 0 < shown(browser)["edges"] < every
    assert unlinked_visible(browser) == []
    screenshot(browser, "seeds-timeline.png")
    _drag(browser, "kg-timeline", width * 0.5, width * 0.5)  # a click: every date again
    assert shown(browser)["edges"] == every
    assert console_errors(browser) == []


PAYLOAD_ARTICLE = """Poutine et Kim Jong-un <img src=x onerror="window['__pwned']='headline'">

Moscou, le 13 septembre 2023.

Le président russe Vladimir Poutine a rencontré Kim Jong-un mercredi 13 septembre 2023 au cosmodrome de Vostotchny.

Vladimir Poutine a déclaré : « <script>window['__pwned']='script'</script> la Russie et la Corée du Nord \
<img src=x onerror="window['__pwned']='img'"> sont amies pour toujours ».
"""


def test_script_payloads_in_an_article_run_nothing(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "payload.txt").write_text(PAYLOAD_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(corpus), "--out", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    page = out / "network.html"
    html = page.read_text(encoding="utf-8")
    assert "<script>window" not in html and "<img src=x" not in html

    open_page(browser, page)
    # hover the middle of the "quoted on" edge so vis-network shows its tooltip, then open
    # the speaker's panel: both hold the payloads
    x, y = browser.execute_script("""
        const e = kgView.edges.get({filter: e => e.kind === 'quoted on'})[0];
        const p = kgView.network.getPositions([e.from, e.to]);
        const m = kgView.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
        return [m.x, m.y];""")
    hover(browser, x, y)
    tooltip = browser.execute_script("return document.querySelector('div.vis-tooltip').textContent")
    assert "<script>window['__pwned']='script'</script>" in tooltip
    browser.execute_script("kgView.showPanel('https://w3id.org/kg-news/id/person/putin')")
    time.sleep(0.3)
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.querySelectorAll('body script').length") == 2
    panel = browser.find_element("id", "kg-panel-statements").text
    assert "<script>window['__pwned']='script'</script>" in panel
    assert "onerror=\"window['__pwned']='img'\"" in panel
    quoted = browser.execute_script(
        "return kgView.edges.get({filter: e => e.kind === 'quoted on'}).map(e => e.title.textContent)")
    assert quoted and all("<script>" in t for t in quoted)
    screenshot(browser, "payload-network.png")
    assert console_errors(browser) == []
    assert network_requests(browser) == []


def test_two_thousand_actors_render(browser, tmp_path):
    from kg import viz
    from tests.test_viz import synthetic_graph

    g = synthetic_graph(actors=2000, meetings=3000)
    t0 = time.monotonic()
    html = viz.render(g)
    python_s = time.monotonic() - t0
    page = tmp_path / "big.html"
    page.write_text(html, encoding="utf-8")
    seconds = open_page(browser, page, timeout=240)
    print(f"\n2,000 actors: page written in {python_s:.1f} s, network drawn and fitted in {seconds:.1f} s "
          f"(ready at {browser.execute_script('return kgView.readyMs')} ms after navigation start)")
    counts = shown(browser)
    related = sum(n["related"] for n in viz.network_data(g)["nodes"])
    assert counts["nodes"] == related and counts["edges"] > 2000
    assert unlinked_visible(browser) == []
    assert overlapping_labels(browser) == []
    # nothing keeps moving: physics is off at this size
    assert browser.execute_script("return kgView.network.physics.physicsEnabled === false "
                                  "|| kgView.network.physics.options.enabled === false")
    screenshot(browser, "two-thousand-actors.png")
    assert console_errors(browser) == []


def _screenshots() -> None:
    """docs/network.png: the seeds' page (exports/network.html); docs/network-large.png and
    docs/network-focus.png: the page of the seeds and two of our development sets (32 articles),
    whole, then with --focus Russie --focus "Corée du Nord"."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pages = [(ROOT / "exports" / "network.html", "network.png")]
        out = tmp / "large"
        sources = [str(ROOT / "seeds"), str(ROOT / "eval" / "dev-rukp-a"), str(ROOT / "eval" / "dev-rukp-b")]
        assert run("build", *sources, "--out", str(out), "-q", "--no-cache").exit_code == 0
        assert run("viz", str(out / "graph.ttl"), "--focus", "Russie", "--focus", "Corée du Nord",
                   "--out", str(tmp / "focus.html")).exit_code == 0
        pages += [(out / "network.html", "network-large.png"), (tmp / "focus.html", "network-focus.png")]
        driver = start_browser(tmp / "profile", width=1400, height=860)
        try:
            for page, name in pages:
                open_page(driver, page)
                time.sleep(0.5)
                driver.save_screenshot(str(ROOT / "docs" / name))
                print(f"wrote docs/{name}")
        finally:
            driver.quit()


if __name__ == "__main__":  # python -m tests.test_browser: write the screenshots in docs/
    _screenshots()
