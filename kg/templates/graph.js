// The two networks, the filters, search and start-up.  Positions come from
// Python; physics stays off so even big graphs are drawn at once.
const FONT = "system-ui, 'Noto Sans CJK SC', sans-serif";
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
const EDGE_COLOURS = { "province-spoke": "#5b8fc7", chair: "#c05a00", speaker: "#c05a00", "province-present": "#c9d3dd" };
const shown = KINDS.map((k) => !k.hidden);
const drawable = KINDS.map((k) => !(D.aggregate && k.satellite));
const visible = new Uint8Array(N.length);
const edgeVisible = new Uint8Array(E.length);
const range = { from: "", to: "" };
const big = D.aggregate || N.length > D.threshold;
let network = null, nodeView = null, edgeView = null, coNetwork = null, view = "graph";

function inRange(m) {
  if (!range.from && !range.to) return true;
  const d = N[m].d || "";
  return !!d && (!range.from || d >= range.from) && (!range.to || d <= range.to);
}

// Kind switched on, and (with a date range) tied to a meeting in it.
function computeVisible() {
  const dated = !!(range.from || range.to);
  N.forEach((d, n) => {
    let ok = shown[d.k] && drawable[d.k];
    if (ok && KINDS[d.k].id === "meeting") ok = inRange(n);
    else if (ok && dated) {
      const ms = links(n, "meeting").map((x) => x.n);
      ok = !ms.length || ms.some(inRange);
    }
    visible[n] = ok ? 1 : 0;
  });
  E.forEach((e, i) => { edgeVisible[i] = visible[e[0]] && visible[e[1]] ? 1 : 0; });
}

function visNode(n) {
  const d = N[n], k = kindOf(n);
  const item = { id: n, label: d.l, x: d.x, y: d.y, group: k.id, title: tooltip(n) };
  if (d.z) item.size = d.z;
  return item;
}

function visEdge(i) {
  const e = E[i], role = ROLE[e[2][0]];
  const item = { id: i, from: e[0], to: e[1], title: edgeTooltip(i), width: 1 + Math.log2(e[3]),
    color: { color: EDGE_COLOURS[role] || "#a9b0b7", highlight: "#222", hover: "#444" } };
  if (!big) item.label = roleText(i);
  return item;
}

function groups() {
  const out = {};
  for (const k of KINDS) {
    const inside = k.shape === "box" || k.shape === "database";
    out[k.id] = { shape: k.shape, size: k.size,
      color: { background: k.color, border: "#333", highlight: { background: k.color, border: "#000" },
        hover: { background: k.color, border: "#000" } },
      font: { size: inside ? 10 : 12, color: inside ? "#fff" : "#222", face: FONT } };
  }
  return out;
}

function options(labels) {
  return { physics: false, layout: { improvedLayout: false },
    interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false },
    nodes: { borderWidth: 1, font: { face: FONT } },
    edges: { smooth: false, selectionWidth: 2, font: { size: labels ? 9 : 0, align: "middle", color: "#555", face: FONT } },
    groups: groups() };
}

function startGraph() {
  computeVisible();
  const drawn = N.map((_, n) => n).filter((n) => drawable[N[n].k]);
  const nodes = new vis.DataSet(drawn.map(visNode));
  const edges = new vis.DataSet(E.map((_, i) => i).filter((i) => drawable[N[E[i][0]].k] && drawable[N[E[i][1]].k]).map(visEdge));
  nodeView = new vis.DataView(nodes, { filter: (item) => visible[item.id] === 1 });
  edgeView = new vis.DataView(edges, { filter: (item) => edgeVisible[item.id] === 1 });
  network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, options(!big));
  network.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.once("afterDrawing", () => { window.kgReady = true; });
  network.fit({ animation: false });
  window.kgNetwork = network;
  window.kgViews = { nodes, edges, nodeView, edgeView };
}

function refresh() {
  computeVisible();
  nodeView.refresh();
  edgeView.refresh();
  status();
}

function status() {
  const note = D.aggregate ? " · measures and articles collapsed into their meetings (" + N.length + " nodes in all)" : "";
  $("status").textContent = view === "graph"
    ? nodeView.length + " nodes, " + edgeView.length + " edges shown" + note
    : D.co.nodes.length + " provinces, " + D.co.edges.length + " pairs, " + D.co.communities + " communities";
}

function legendRow(swatchColour, shape, text, count) {
  const li = el("li"), label = el("label"), sw = el("span", null, "swatch shape-" + shape);
  sw.style.background = swatchColour;
  label.append(sw, el("span", text));
  if (count !== undefined) label.append(el("span", "(" + count + ")", "count"));
  li.append(label);
  return { li, label };
}

function graphLegend() {
  $("legend-title").textContent = "Show";
  const held = KINDS.map(() => 0);
  N.forEach((d) => { held[d.k] += 1; });
  $("kinds").replaceChildren(...KINDS.map((k, i) => {
    const { li, label } = legendRow(k.color, k.shape, k.label + " " + k.label_zh, held[i]);
    const box = el("input");
    box.type = "checkbox";
    box.checked = shown[i] && drawable[i];
    box.disabled = !drawable[i];
    box.dataset.kind = k.id;
    box.addEventListener("change", () => { shown[i] = box.checked; li.classList.toggle("off", !box.checked); refresh(); });
    label.prepend(box);
    li.classList.toggle("off", !box.checked);
    return li;
  }));
  $("legend-note").textContent = (D.aggregate ? "Over " + D.threshold + " nodes: measures and articles are listed in their meeting's details. " : "")
    + "Province size: meetings it reported at. Edges: role (×n mentions).";
}

function coLegend() {
  $("legend-title").textContent = "Communities";
  const members = Array.from({ length: D.co.communities }, () => []);
  D.co.nodes.forEach((c) => members[c[3]].push(N[c[0]].l));
  $("kinds").replaceChildren(...members.map((m, i) => legendRow(PALETTE[i % PALETTE.length], "dot", m.join(" "), m.length).li));
  $("legend-note").textContent = "Provinces joined by the number of meetings both reported at (bipartite projection); colours: modularity communities.";
}

function startCo() {
  const nodes = D.co.nodes.map((c) => ({ id: c[0], label: N[c[0]].l, x: c[1], y: c[2], shape: "dot", size: N[c[0]].z || 10,
    title: tooltip(c[0]), color: { background: PALETTE[c[3] % PALETTE.length], border: "#333" }, font: { face: FONT } }));
  const edges = D.co.edges.map((e, i) => ({ id: i, from: e[0], to: e[1], label: String(e[2]), width: 1 + 2 * Math.log2(e[2]),
    title: N[e[0]].l + " – " + N[e[1]].l + ": " + e[2] + " meeting(s) together", color: { color: "#9aa7b4", highlight: "#222" } }));
  coNetwork = new vis.Network($("co"), { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }, options(true));
  coNetwork.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) { const e = D.co.edges[p.edges[0]]; showCoEdge(e[0], e[1], e[2]); }
  });
  coNetwork.fit({ animation: false });
  window.kgCoNetwork = coNetwork;
}

function setView(name) {
  view = name;
  $("graph").hidden = name !== "graph";
  $("co").hidden = name !== "co";
  $("view-graph").setAttribute("aria-selected", String(name === "graph"));
  $("view-co").setAttribute("aria-selected", String(name === "co"));
  $("dates").hidden = name !== "graph";
  if (name === "co" && !coNetwork) startCo();
  if (name === "co") coLegend(); else graphLegend();
  status();
}

// Make n drawable and visible, then select it; satellites select their meeting when collapsed.
function select(n) {
  const k = N[n].k;
  if (view === "graph") {
    if (!shown[k] && drawable[k]) { shown[k] = true; graphLegend(); }
    if (drawable[k] && !visible[n]) { range.from = range.to = ""; $("from").value = $("to").value = ""; }
    refresh();
    const target = drawable[k] ? n : (links(n, "meeting")[0] || { n }).n;
    if (visible[target]) {
      network.selectNodes([target]);
      network.focus(target, { scale: Math.max(network.getScale(), 0.9), animation: false });
    }
  } else if (coNetwork && D.co.nodes.some((c) => c[0] === n)) {
    coNetwork.selectNodes([n]);
    coNetwork.focus(n, { animation: false });
  }
  showNode(n);
}

const searchKeys = N.map((d) => [d.l, d.zh, d.en, d.n, d.t && KINDS[d.k].id === "article" ? d.t : ""]
  .filter(Boolean).map((s) => s.replace(/\n/g, " ").toLowerCase()));

// Best match first: exact name, then prefix, then substring; kinds in legend order.
function search(query) {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits = [];
  searchKeys.forEach((keys, n) => {
    let best = 9;
    for (const s of keys) best = Math.min(best, s === q ? 0 : s.startsWith(q) ? 1 : s.includes(q) ? 2 : 9);
    if (best < 9) hits.push([best, N[n].k, n]);
  });
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return hits.map((h) => h[2]);
}

function runSearch(query) {
  const hits = search(query);
  if (!hits.length) { show([el("p", "No node matches “" + query + "”.", "note")]); return null; }
  select(hits[0]);
  if (hits.length > 1) panel.append(el("h3", "Other matches (" + (hits.length - 1) + ")"), refList(hits.slice(1), "matches"));
  return hits[0];
}

function startControls() {
  const names = new Set();
  N.forEach((d, n) => { if (!KINDS[d.k].satellite && names.size < 3000) [d.l, d.en].forEach((s) => s && names.add(s.replace(/\n/g, " "))); });
  $("names").replaceChildren(...[...names].map((s) => { const o = el("option"); o.value = s; return o; }));
  $("search").addEventListener("submit", (ev) => { ev.preventDefault(); runSearch($("q").value); });
  const dates = N.filter((d) => d.d).map((d) => d.d).sort();
  for (const id of ["from", "to"]) {
    $(id).min = dates[0] || "";
    $(id).max = dates[dates.length - 1] || "";
    $(id).addEventListener("change", () => { range[id] = $(id).value; refresh(); });
  }
  $("dates-all").addEventListener("click", () => { range.from = range.to = ""; $("from").value = $("to").value = ""; refresh(); });
  $("view-graph").addEventListener("click", () => setView("graph"));
  $("view-co").addEventListener("click", () => setView("co"));
}

function countBy(ids) {
  const out = {};
  KINDS.forEach((k) => { out[k.id] = 0; });
  ids.forEach((n) => { out[KINDS[N[n].k].id] += 1; });
  return out;
}

window.kgData = D;
window.kgSearch = runSearch;
window.kgSelect = select;
window.kgSetView = setView;
window.kgCounts = () => ({ held: countBy(N.map((_, n) => n)), drawn: countBy(window.kgViews.nodes.getIds()),
  visible: countBy(nodeView.getIds()) });
startControls();
startGraph();
setView("graph");
