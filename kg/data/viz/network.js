/* kg's network page: builds the vis-network view from the JSON data block and wires the controls.
 * Every text that comes from an article is put on the page with textContent or as a DOM
 * element (tooltips), never parsed as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = DATA.meta;
  var articles = meta.articles;
  var WIKIDATA = /^https?:\/\/www\.wikidata\.org\/entity\/Q[0-9]+$/;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }
  function articleLine(index) {
    var a = articles[index];
    if (!a) return "";
    return "— " + (a.headline || "untitled article") + (a.date ? " (" + a.date + ")" : "");
  }
  function dateText(f) {
    if (!f.date) return "undated";
    return f.datedBy === "article" ? f.date + " (article date)" : f.date;
  }

  var label = {};
  DATA.nodes.forEach(function (n) { label[n.id] = n.label; });

  // ---------------------------------------------------------------- tooltips (DOM, not HTML)
  function nodeTip(n) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-title", n.label));
    box.appendChild(el("span", "kg-tip-line", n.kgTypeLabel + (n.side && n.side !== n.label ? " · " + n.side : "")));
    if (n.wikidata) box.appendChild(el("span", "kg-tip-line", "Wikidata: " + n.wikidata.replace(/^.*\//, "")));
    n.roles.forEach(function (r) { box.appendChild(el("span", "kg-tip-line", "Role: " + r)); });
    box.appendChild(el("span", "kg-tip-line kg-meta", "Named in " + n.mentions + " article" + (n.mentions === 1 ? "" : "s") +
      (n.statements.length ? " · " + n.statements.length + " statement" + (n.statements.length === 1 ? "" : "s") + " (click)" : "")));
    return box;
  }
  function edgeTip(e, facts) {
    var box = el("div", "kg-tip");
    var arrow = e.kind === "met" ? " — " : " → ";
    box.appendChild(el("div", "kg-tip-title", label[e.from] + arrow + label[e.to] + " · " + e.kind));
    var arts = {};
    facts.forEach(function (f) { f.articles.forEach(function (a) { arts[a] = true; }); });
    var nArts = Object.keys(arts).length;
    box.appendChild(el("span", "kg-tip-line kg-meta", facts.length + " fact" + (facts.length === 1 ? "" : "s") +
      " · reported by " + nArts + " article" + (nArts === 1 ? "" : "s")));
    facts.slice(0, meta.maxFactsInTooltip).forEach(function (f) {
      var div = el("div", "kg-tip-fact");
      var head = el("span", "kg-tip-line", dateText(f));
      if (f.detail) {
        head.appendChild(document.createTextNode(" · "));
        head.appendChild(el("span", e.kind === "quoted on" ? "kg-quote" : "", f.detail));
      }
      div.appendChild(head);
      f.evidence.slice(0, 2).forEach(function (ev) {
        div.appendChild(el("span", "kg-evidence", ev[0]));
        div.appendChild(el("span", "kg-meta", articleLine(ev[1])));
      });
      box.appendChild(div);
    });
    if (facts.length > meta.maxFactsInTooltip) {
      box.appendChild(el("div", "kg-meta", "+ " + (facts.length - meta.maxFactsInTooltip) + " more"));
    }
    return box;
  }

  // ---------------------------------------------------------------- data sets
  var typeLabel = {};
  meta.types.forEach(function (t) { typeLabel[t.name] = t.label; });
  var nodeItems = DATA.nodes.map(function (n) {
    var item = Object.assign({}, n);
    item.kgTypeLabel = typeLabel[n.kgType] || n.kgType;
    item.fullLabel = n.label;
    item.baseFont = n.font.size;
    item.title = nodeTip(item);
    item.hidden = !n.related;  // an actor with no relation is listed, not drawn (see apply)
    return item;
  });
  var byId = {};
  nodeItems.forEach(function (n) { byId[n.id] = n; });
  var edgeItems = DATA.edges.map(function (e) {
    var item = Object.assign({}, e);
    item.title = edgeTip(e, e.facts);
    item.hidden = false;
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var container = $("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);

  var view = window.kgView = {
    network: network, nodes: nodes, edges: edges, ready: false, readyMs: null,
    shown: function () {
      return {
        nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
        edges: edges.get({ filter: function (e) { return !e.hidden; } }).length
      };
    }
  };
  function ready() {
    if (view.ready || view.settling) return;
    view.settling = true;
    declutter();  // then ready once drawn with the labels it kept
    network.once("afterDrawing", function () {
      view.ready = true;
      view.readyMs = Math.round(performance.now());
      document.body.setAttribute("data-ready", "true");
    });
    network.redraw();
  }

  // ---------------------------------------------------------------- filters
  var kindOn = {};
  var kindCount = {};
  meta.kinds.forEach(function (k) { kindOn[k.name] = true; kindCount[k.name] = 0; });
  DATA.edges.forEach(function (e) { kindCount[e.kind] += 1; });
  var fromInput = $("kg-date-from"), toInput = $("kg-date-to");
  var undatedInput = $("kg-undated"), isolatedInput = $("kg-isolated");
  [fromInput, toInput].forEach(function (input) {
    if (meta.period[0]) { input.min = meta.period[0]; input.max = meta.period[1]; }
  });
  function resetDates() { fromInput.value = meta.period[0] || ""; toInput.value = meta.period[1] || ""; }
  resetDates();

  function factShown(f) {
    if (!f.start) return undatedInput.checked;
    var from = fromInput.value, to = toInput.value;
    // (at the period's ends, no bound: a date after the newest article does not set the period)
    if (from && from > meta.period[0] && f.end < from) return false;
    if (to && to < meta.period[1] && f.start > to) return false;
    return true;
  }
  function width(n) { return Math.round((1.5 + 2.5 * Math.log2(Math.max(n, 1))) * 100) / 100; }

  var shownFacts = {};
  DATA.edges.forEach(function (e) { shownFacts[e.id] = e.facts.length; });

  function apply() {
    var edgeUpdates = [], nodeUpdates = [], linked = {};
    var current = edges.get({ returnType: "Object" });
    DATA.edges.forEach(function (e) {
      var facts = kindOn[e.kind] && focusKeeps(e) ? e.facts.filter(factShown) : [];
      var hidden = facts.length === 0;
      var up = null;
      if (hidden !== current[e.id].hidden) up = { id: e.id, hidden: hidden };
      if (!hidden) {
        linked[e.from] = linked[e.to] = true;
        if (facts.length !== shownFacts[e.id]) {
          var arts = {};
          facts.forEach(function (f) { f.articles.forEach(function (a) { arts[a] = true; }); });
          up = up || { id: e.id };
          up.title = edgeTip(e, facts);
          up.width = width(Object.keys(arts).length);
        }
      }
      if (!hidden) shownFacts[e.id] = facts.length;
      if (up) edgeUpdates.push(up);
    });
    var keepLone = isolatedInput.checked;
    nodeItems.forEach(function (n) {
      var hidden = !keepLone && !linked[n.id];
      if (hidden !== nodes.get(n.id).hidden) nodeUpdates.push({ id: n.id, hidden: hidden });
    });
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    lone = nodeItems.filter(function (n) { return !linked[n.id]; });
    showLone();
    showCounts();
    drawTimeline();
    if (view.ready) declutter();
  }

  // ---------------------------------------------------------------- timeline
  // One mark per dated fact, at its (first) day, in the row of its kind; dragging over a period
  // sets the date filter to it, a click sets it back to the whole period.
  var DAY = 86400000;
  function ms(day) { return Date.parse(day + "T00:00:00Z"); }
  function dayOf(t) { return new Date(t).toISOString().slice(0, 10); }
  var marks = [], seenFact = {};
  DATA.edges.forEach(function (e) {
    e.facts.forEach(function (f) {
      var key = e.kind + " " + f.iri;
      if (!f.start || seenFact[key]) return;
      seenFact[key] = true;
      marks.push({ kind: e.kind, t: ms(f.start) });
    });
  });
  var kindColor = {};
  meta.kinds.forEach(function (k, i) { kindColor[k.name] = k.color; });
  var timeline = $("kg-timeline-canvas");
  var t0 = meta.period[0] ? ms(meta.period[0]) : 0, t1 = meta.period[1] ? ms(meta.period[1]) + DAY : 1;
  var PAD = 10;
  function tx(t, w) { return PAD + (Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0) * (w - 2 * PAD); }
  function xt(x, w) { return t0 + Math.min(Math.max((x - PAD) / (w - 2 * PAD), 0), 1) * (t1 - t0); }
  var brush = null;  // [x0, x1] while dragging
  function drawTimeline() {
    var w = timeline.clientWidth, h = timeline.clientHeight, ratio = window.devicePixelRatio || 1;
    if (!w || !h) return;
    timeline.width = w * ratio; timeline.height = h * ratio;
    var ctx = timeline.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (!meta.period[0]) { ctx.fillStyle = "#888"; ctx.font = "12px sans-serif"; ctx.fillText("No dated fact", PAD, h / 2); return; }
    var rows = meta.kinds.length, rowH = (h - 18) / rows;
    var from = fromInput.value ? ms(fromInput.value) : t0, to = toInput.value ? ms(toInput.value) + DAY : t1;
    if (from > t0 || to < t1) {  // the period shown
      ctx.fillStyle = "rgba(31, 119, 180, 0.10)";
      ctx.fillRect(tx(from, w), 0, Math.max(1, tx(to, w) - tx(from, w)), h - 16);
    }
    marks.forEach(function (m) {
      var row = meta.kinds.findIndex(function (k) { return k.name === m.kind; });
      ctx.fillStyle = kindColor[m.kind];
      ctx.fillRect(Math.round(tx(m.t, w)) - 1, 2 + row * rowH, 2, Math.max(2, rowH - 1));
    });
    ctx.fillStyle = "#666"; ctx.font = "11px sans-serif"; ctx.textBaseline = "bottom";
    var y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear();
    var step = Math.max(1, Math.ceil((y1 - y0 + 1) / Math.max(1, Math.floor(w / 60))));
    for (var y = y0; y <= y1; y += step) {
      var x = tx(Date.UTC(y, 0, 1), w);
      ctx.fillRect(x, h - 15, 1, 3);
      ctx.fillText(String(y), x + 2, h - 1);
    }
    if (brush) {
      ctx.fillStyle = "rgba(0, 0, 0, 0.15)";
      ctx.fillRect(Math.min(brush[0], brush[1]), 0, Math.abs(brush[1] - brush[0]), h - 16);
    }
  }
  function brushTo(a, b) {
    // the date filter set to the days under the pixels a and b of the timeline
    var w = timeline.clientWidth, lo = Math.min(a, b), hi = Math.max(a, b);
    fromInput.value = dayOf(xt(lo, w));
    toInput.value = dayOf(Math.max(xt(hi, w) - 1, xt(lo, w)));
    apply();
  }
  view.timeline = { marks: function () { return marks.length; }, brush: brushTo, draw: drawTimeline };
  timeline.addEventListener("mousedown", function (ev) {
    var x = ev.offsetX;
    brush = [x, x];
    function move(e) { brush[1] = e.clientX - timeline.getBoundingClientRect().left; drawTimeline(); }
    function up() {
      document.removeEventListener("mousemove", move);
      document.removeEventListener("mouseup", up);
      var b = brush; brush = null;
      if (Math.abs(b[1] - b[0]) < 3) { resetDates(); apply(); } else brushTo(b[0], b[1]);
    }
    document.addEventListener("mousemove", move);
    document.addEventListener("mouseup", up);
  });
  window.addEventListener("resize", drawTimeline);

  // ---------------------------------------------------------------- focus
  // One actor: its relations. Two: the relationship between them, each with its people when it is
  // a country (the actors on its side): the relations from one side to the other, and those of
  // the actors related to both sides.
  var focus = null;
  function membersOf(id) {
    var out = {};
    out[id] = true;
    nodeItems.forEach(function (n) { if (n.sideKey === id) out[n.id] = true; });
    return out;
  }
  function focusOn(ids) {
    ids = (ids || []).filter(function (id) { return byId[id]; });
    if (!ids.length) {
      focus = null;
    } else if (ids.length === 1 || ids[0] === ids[1]) {
      focus = { ids: [ids[0]], a: membersOf(ids[0]), b: null };
    } else {
      var a = membersOf(ids[0]), b = membersOf(ids[1]), toA = {}, toB = {}, bridges = {};
      DATA.edges.forEach(function (e) {
        [[e.from, e.to], [e.to, e.from]].forEach(function (p) {
          if (a[p[0]] || b[p[0]]) return;
          if (a[p[1]]) toA[p[0]] = true;
          if (b[p[1]]) toB[p[0]] = true;
        });
      });
      Object.keys(toA).forEach(function (id) { if (toB[id]) bridges[id] = true; });
      focus = { ids: ids.slice(0, 2), a: a, b: b, bridges: bridges };
    }
    $("kg-focus-status").textContent = focus
      ? "Focus: " + focus.ids.map(function (id) { return byId[id].label; }).join(" ↔ ") : "";
    apply();
    if (view.ready) {
      network.fit({ animation: false });
      declutter();
    }
  }
  function focusKeeps(e) {
    if (!focus) return true;
    var f = e.from, t = e.to, a = focus.a, b = focus.b, c = focus.bridges;
    if (!b) return !!(a[f] || a[t]);
    return !!((a[f] && b[t]) || (b[f] && a[t]) || (c[f] && (a[t] || b[t])) || (c[t] && (a[f] || b[f])));
  }
  view.focus = function (ids) { focusOn(ids); };
  $("kg-focus-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var ids = [], status = $("kg-focus-status");
    for (var k = 0, inputs = [$("kg-focus-a"), $("kg-focus-b")]; k < 2; k++) {
      if (!inputs[k].value.trim()) continue;
      var n = find(inputs[k].value);
      if (!n) { status.textContent = "No actor matches “" + inputs[k].value + "”."; return; }
      ids.push(n.id);
    }
    focusOn(ids);
  });
  $("kg-focus-clear").addEventListener("click", function () {
    $("kg-focus-a").value = $("kg-focus-b").value = "";
    focusOn([]);
  });

  // ---------------------------------------------------------------- a clicked actor's neighbourhood
  var dimmed = false;
  function dim(id) {
    var near = {}, edgeUpdates = [];
    near[id] = true;
    edges.get({ filter: function (e) { return !e.hidden; } }).forEach(function (e) {
      var on = e.from === id || e.to === id;
      if (on) near[e.from] = near[e.to] = true;
      edgeUpdates.push({ id: e.id, color: Object.assign({}, e.color, { opacity: on ? 1 : 0.12 }) });
    });
    edges.update(edgeUpdates);
    nodes.update(nodeItems.map(function (n) { return { id: n.id, opacity: near[n.id] ? 1 : 0.15 }; }));
    dimmed = true;
  }
  function undim() {
    if (!dimmed) return;
    edges.update(edges.get().map(function (e) { return { id: e.id, color: Object.assign({}, e.color, { opacity: 1 }) }; }));
    nodes.update(nodeItems.map(function (n) { return { id: n.id, opacity: 1 }; }));
    dimmed = false;
  }
  view.dimmed = function () {
    return nodes.get({ filter: function (n) { return !n.hidden && n.opacity !== undefined && n.opacity < 1; } }).length;
  };
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { undim(); network.unselectAll(); }
  });

  // ---------------------------------------------------------------- actors not drawn
  var lone = nodeItems.filter(function (n) { return !n.related; });
  var LONE_SHOWN = 200;
  function showLone() {
    var list = $("kg-lone"), q = fold($("kg-lone-filter").value);
    list.textContent = "";
    var hits = lone.filter(function (n) {
      return !q || (n.names || []).concat([n.label]).some(function (name) { return fold(name).indexOf(q) >= 0; });
    }).sort(function (a, b) {
      return b.mentions - a.mentions || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    hits.slice(0, LONE_SHOWN).forEach(function (n) {
      var li = el("li");
      li.appendChild(el("span", "", n.label));
      li.appendChild(el("span", "kg-count", String(n.mentions)));
      li.title = n.kgTypeLabel + " · named in " + n.mentions + " article" + (n.mentions === 1 ? "" : "s");
      li.addEventListener("click", function () { reveal(n); });
      list.appendChild(li);
    });
    if (hits.length > LONE_SHOWN) list.appendChild(el("li", "kg-count", "+ " + (hits.length - LONE_SHOWN) + " more: filter by name"));
    $("kg-lone-count").textContent = "(" + lone.length + ")";
  }
  view.lone = function () { return lone.map(function (n) { return n.id; }); };

  // ---------------------------------------------------------------- labels that do not overlap
  // At any zoom, the labels drawn are those of the most central actors whose label box (as drawn
  // at that zoom: vis-network caps the font at maxVisible pixels and skips it under drawThreshold)
  // overlaps no label already placed; the others show on hover (their tooltip) or further in.
  var labelOpts = { drawThreshold: 7, maxVisible: 30 };
  var measure = document.createElement("canvas").getContext("2d");
  // (the most central first, as drawn largest; of those as central, the most named)
  var byCentrality = nodeItems.slice().sort(function (a, b) {
    return b.centrality - a.centrality || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  var MIN_LABEL_PX = 11;  // a label placed is drawn at least this large, however far out the zoom
  function labelPx(n, scale) { return Math.min(Math.max(n.baseFont * scale, MIN_LABEL_PX), labelOpts.maxVisible); }
  function labelBox(n, scale, p) {
    var px = labelPx(n, scale);
    measure.font = px + "px sans-serif";
    var w = measure.measureText(n.fullLabel).width + 8, h = px * 1.3 + 4;  // with the white stroke
    var top = p.y + n.size * scale;  // the label sits under the shape
    return { left: p.x - w / 2, top: top, right: p.x + w / 2, bottom: top + h };
  }
  function overlaps(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
  var labelled = {};  // node → the font size its label is drawn at (canvas units), 0 for none
  function declutter() {
    var scale = network.getScale(), placed = [], updates = [];
    var shownIds = byCentrality.filter(function (n) { return !nodes.get(n.id).hidden; }).map(function (n) { return n.id; });
    var pos = network.getPositions(shownIds), keep = {};
    byCentrality.forEach(function (n) {
      if (!pos[n.id]) return;
      var box = labelBox(n, scale, network.canvasToDOM(pos[n.id]));
      if (box && !placed.some(function (b) { return overlaps(box, b); })) { placed.push(box); keep[n.id] = true; }
    });
    nodeItems.forEach(function (n) {
      if (!pos[n.id]) return;  // hidden: left as it is until it shows
      var size = keep[n.id] ? Math.round(labelPx(n, scale) / scale * 100) / 100 : 0;
      if (size !== labelled[n.id]) {
        updates.push(size ? { id: n.id, label: n.fullLabel, font: { size: size } } : { id: n.id, label: "" });
        labelled[n.id] = size;
      }
    });
    if (updates.length) nodes.update(updates);
  }
  view.declutter = declutter;
  view.labelBoxes = function () {
    // the label boxes as vis-network drew them (canvas coordinates), for every visible labelled node
    var scale = network.getScale(), out = [];
    nodes.get({ filter: function (n) { return !n.hidden && n.label; } }).forEach(function (n) {
      var body = network.body.nodes[n.id];
      if (!body || n.font.size * scale < labelOpts.drawThreshold) return;
      var s = body.labelModule.size;
      if (s && s.width) out.push({ id: n.id, left: s.left, top: s.top, right: s.left + s.width, bottom: s.top + s.height });
    });
    return out;
  };
  var zoomTimer = null;
  network.on("zoom", function () {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(declutter, 120);
  });
  function showCounts() {
    var s = view.shown();
    $("kg-shown").textContent = "showing " + s.nodes + " of " + nodeItems.length + " actors · " +
      s.edges + " of " + edgeItems.length + " relations";
  }
  view.apply = apply;

  var kindsList = $("kg-kinds");
  meta.kinds.forEach(function (k) {
    var li = el("li"), lab = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = k.name; box.id = "kg-kind-" + k.name.replace(/\W+/g, "-");
    box.addEventListener("change", function () { kindOn[k.name] = box.checked; apply(); });
    var sw = el("span", "kg-swatch-edge"); sw.style.background = k.color;
    lab.appendChild(box); lab.appendChild(sw);
    lab.appendChild(el("span", "", k.name + (k.directed ? " →" : "")));
    lab.appendChild(el("span", "kg-count", "(" + kindCount[k.name] + ")"));
    li.appendChild(lab); kindsList.appendChild(li);
  });
  $("kg-lone-filter").addEventListener("input", showLone);
  [fromInput, toInput, undatedInput, isolatedInput].forEach(function (input) {
    input.addEventListener("change", apply);
    input.addEventListener("input", apply);
  });
  $("kg-reset").addEventListener("click", function () {
    resetDates(); undatedInput.checked = true; isolatedInput.checked = false;
    kindsList.querySelectorAll("input").forEach(function (b) { b.checked = true; kindOn[b.value] = true; });
    apply();
  });

  // ---------------------------------------------------------------- legend of actor types
  var SVG = "http://www.w3.org/2000/svg";
  function shapeIcon(t) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
    var s;
    if (t.shape === "dot") { s = document.createElementNS(SVG, "circle"); s.setAttribute("cx", "8"); s.setAttribute("cy", "8"); s.setAttribute("r", "6"); }
    else if (t.shape === "square") { s = document.createElementNS(SVG, "rect"); s.setAttribute("x", "2"); s.setAttribute("y", "2"); s.setAttribute("width", "12"); s.setAttribute("height", "12"); }
    else { s = document.createElementNS(SVG, "polygon"); s.setAttribute("points", t.shape === "diamond" ? "8,1 15,8 8,15 1,8" : "8,1 15,14 1,14"); }
    s.setAttribute("fill", t.color);
    svg.appendChild(s);
    return svg;
  }
  var typeCount = {};
  nodeItems.forEach(function (n) { typeCount[n.kgType] = (typeCount[n.kgType] || 0) + 1; });
  meta.types.forEach(function (t) {
    var li = el("li");
    li.appendChild(shapeIcon(t));
    li.appendChild(el("span", "", t.label));
    li.appendChild(el("span", "kg-count", "(" + (typeCount[t.name] || 0) + ")"));
    $("kg-types").appendChild(li);
  });

  // ---------------------------------------------------------------- sides
  // Each side (the country an actor belongs to: see kg.sides) is a tinted disc under its actors,
  // named above it, so that a relation between two sides is seen crossing from one to the other.
  var SIDE_COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#e377c2",
                     "#ff7f0e", "#7f7f7f"];
  var sideMembers = {}, sideName = {};
  nodeItems.forEach(function (n) {
    if (!n.sideKey) return;
    (sideMembers[n.sideKey] = sideMembers[n.sideKey] || []).push(n.id);
    sideName[n.sideKey] = n.side;
  });
  var sideKeys = Object.keys(sideMembers).sort();
  function sideDiscs() {
    var out = [];
    sideKeys.forEach(function (key, i) {
      var pts = [];
      sideMembers[key].forEach(function (id) {
        var b = network.body.nodes[id];
        if (b && !b.options.hidden) pts.push(b);
      });
      if (pts.length < 2) return;
      var cx = 0, cy = 0;
      pts.forEach(function (b) { cx += b.x; cy += b.y; });
      cx /= pts.length; cy /= pts.length;
      // around most of its actors: one drawn far away (by its ties elsewhere) does not swell it
      var dist = pts.map(function (b) { return Math.hypot(b.x - cx, b.y - cy); }).sort(function (x, y) { return x - y; });
      var r = dist[Math.floor(0.8 * (dist.length - 1))];
      out.push({ key: key, name: sideName[key], color: SIDE_COLORS[i % SIDE_COLORS.length], x: cx, y: cy, r: r + 40 });
    });
    return out;
  }
  view.sides = sideDiscs;
  network.on("beforeDrawing", function (ctx) {
    var scale = network.getScale();
    sideDiscs().forEach(function (d) {
      ctx.save();
      ctx.globalAlpha = 0.07;
      ctx.fillStyle = d.color;
      ctx.beginPath(); ctx.arc(d.x, d.y, d.r, 0, 2 * Math.PI); ctx.fill();
      ctx.globalAlpha = 0.6;
      ctx.fillStyle = d.color;
      ctx.font = "600 " + (14 / scale) + "px sans-serif";
      ctx.textAlign = "center";
      ctx.fillText(d.name, d.x, d.y - d.r - 6 / scale);
      ctx.restore();
    });
  });

  // ---------------------------------------------------------------- the actor panel
  var panel = $("kg-panel");
  function showPanel(id) {
    var n = byId[id];
    if (!n) return;
    $("kg-panel-title").textContent = n.label;
    $("kg-panel-type").textContent = n.kgTypeLabel + " · named in " + n.mentions + " article" + (n.mentions === 1 ? "" : "s");
    var wd = $("kg-panel-wikidata");
    wd.textContent = "";
    if (n.wikidata && WIKIDATA.test(n.wikidata)) {
      var a = el("a", "", "Wikidata " + n.wikidata.replace(/^.*\//, ""));
      a.href = n.wikidata.replace(/^http:/, "https:");
      a.target = "_blank"; a.rel = "noopener noreferrer";
      wd.appendChild(a);
    }
    $("kg-panel-side").textContent = n.side && n.side !== n.label ? "Side: " + n.side : "";
    var roles = $("kg-panel-roles");
    roles.textContent = "";
    n.roles.forEach(function (r) { roles.appendChild(el("li", "", r)); });
    showRelations(n);
    var list = $("kg-panel-statements");
    list.textContent = "";
    $("kg-panel-statements-title").textContent = n.statements.length
      ? "Statements (" + n.statements.length + ")" : "No statement quoted";
    n.statements.forEach(function (s) {
      var li = el("li");
      li.appendChild(el("span", "kg-quote", s.quote));
      li.appendChild(el("span", "kg-meta", dateText(s)));
      s.evidence.forEach(function (ev) {
        li.appendChild(el("span", "kg-evidence", ev[0]));
        li.appendChild(el("span", "kg-meta", articleLine(ev[1])));
      });
      list.appendChild(li);
    });
    panel.hidden = false;
    network.setSize();  // the canvas lost the panel's width
    drawTimeline();
  }
  view.showPanel = showPanel;
  var kindOrder = {};
  meta.kinds.forEach(function (k, i) { kindOrder[k.name] = i; });
  function showRelations(n) {
    // every relation of the actor, by kind, each fact with its date and evidence
    var list = $("kg-panel-relations"), mine = edgesOf[n.id] || [];
    list.textContent = "";
    $("kg-panel-relations-title").textContent = mine.length ? "Relations (" + mine.length + ")" : "No relation";
    mine.forEach(function (e) {
      var other = e.from === n.id ? e.to : e.from;
      var li = el("li");
      li.appendChild(el("span", "kg-rel-head", (e.from === n.id ? "" : "← ") + e.kind + " " + label[other] +
        " (" + e.facts.length + " fact" + (e.facts.length === 1 ? "" : "s") + ")"));
      e.facts.slice(0, meta.maxFactsInTooltip).forEach(function (f) {
        li.appendChild(el("span", "kg-meta", dateText(f) + (f.detail ? " · " + f.detail : "")));
        f.evidence.slice(0, 1).forEach(function (ev) {
          li.appendChild(el("span", "kg-evidence", ev[0]));
          li.appendChild(el("span", "kg-meta", articleLine(ev[1])));
        });
      });
      list.appendChild(li);
    });
  }
  var edgesOf = {};
  DATA.edges.forEach(function (e) {
    [e.from, e.to].forEach(function (id) { (edgesOf[id] = edgesOf[id] || []).push(e); });
  });
  Object.keys(edgesOf).forEach(function (id) {
    edgesOf[id].sort(function (a, b) {
      var la = label[a.from === id ? a.to : a.from], lb = label[b.from === id ? b.to : b.from];
      return kindOrder[a.kind] - kindOrder[b.kind] || (la < lb ? -1 : la > lb ? 1 : 0);
    });
  });
  $("kg-panel-close").addEventListener("click", function () { panel.hidden = true; network.unselectAll(); });
  network.on("click", function (params) {
    if (params.nodes.length) { showPanel(params.nodes[0]); dim(params.nodes[0]); }
    else if (!params.edges.length) undim();
  });

  function reveal(n) {
    // (an actor not drawn is drawn with the others that have no shown relation)
    if (nodes.get(n.id).hidden) { isolatedInput.checked = true; apply(); }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    declutter();
    showPanel(n.id);
  }
  view.reveal = function (id) { reveal(byId[id]); };

  // ---------------------------------------------------------------- search
  var names = $("kg-actor-names");
  nodeItems.slice().sort(function (a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; })
    .forEach(function (n) { var o = el("option"); o.value = n.label; names.appendChild(o); });
  function find(query) {
    var q = fold(query);
    if (!q) return null;
    var exact = null, prefix = null, part = null;
    nodeItems.forEach(function (n) {
      (n.names || [n.label]).concat([n.label]).forEach(function (name) {
        var f = fold(name);
        if (f === q) exact = exact || n;
        else if (f.indexOf(q) === 0) prefix = prefix || n;
        else if (f.indexOf(q) >= 0) part = part || n;
      });
    });
    return exact || prefix || part;
  }
  view.find = find;
  $("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var query = $("kg-search").value, n = find(query), status = $("kg-search-status");
    if (!n) { status.textContent = "No actor matches “" + query + "”."; return; }
    status.textContent = "";
    reveal(n);
  });

  showLone();
  showCounts();
  drawTimeline();
  if (meta.focus && meta.focus.length) focusOn(meta.focus);  // kg viz --focus
  if (meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      ready();
    });
  } else {
    network.fit({ animation: false });
    network.once("afterDrawing", ready);
    network.redraw();
  }
})();
