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
    box.appendChild(el("span", "kg-tip-line", n.kgTypeLabel));
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
    item.title = nodeTip(item);
    item.hidden = false;
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
    if (view.ready) return;
    view.ready = true;
    view.readyMs = Math.round(performance.now());
    document.body.setAttribute("data-ready", "true");
  }
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
    if (from && f.end < from) return false;
    if (to && f.start > to) return false;
    return true;
  }
  function width(n) { return Math.round((1.5 + 2.5 * Math.log2(Math.max(n, 1))) * 100) / 100; }

  var shownFacts = {};
  DATA.edges.forEach(function (e) { shownFacts[e.id] = e.facts.length; });

  function apply() {
    var edgeUpdates = [], nodeUpdates = [], linked = {};
    var current = edges.get({ returnType: "Object" });
    DATA.edges.forEach(function (e) {
      var facts = kindOn[e.kind] ? e.facts.filter(factShown) : [];
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
    showCounts();
  }
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
  [fromInput, toInput, undatedInput, isolatedInput].forEach(function (input) {
    input.addEventListener("change", apply);
    input.addEventListener("input", apply);
  });
  $("kg-reset").addEventListener("click", function () {
    resetDates(); undatedInput.checked = true; isolatedInput.checked = true;
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
    var roles = $("kg-panel-roles");
    roles.textContent = "";
    n.roles.forEach(function (r) { roles.appendChild(el("li", "", r)); });
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
  }
  view.showPanel = showPanel;
  $("kg-panel-close").addEventListener("click", function () { panel.hidden = true; network.unselectAll(); });
  network.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
  });

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
    if (n.hidden || nodes.get(n.id).hidden) { isolatedInput.checked = true; apply(); }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    showPanel(n.id);
  });

  showCounts();
})();
