// Legend and kind filters, the co-reporting view, search, dates, start-up.
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
let coNetwork = null, coPairs = [], view = "graph";

function legendRow(colour, shape, text, count) {
  const li = el("li"), label = el("label"), sw = el("span", null, "swatch shape-" + shape);
  sw.style.background = colour;
  label.append(sw, el("span", text));
  if (count !== undefined) label.append(el("span", "(" + count + ")", "count"));
  li.append(label);
  return { li, label };
}

function checkbox(checked, disabled, onChange) {
  const box = el("input");
  box.type = "checkbox";
  box.checked = checked;
  box.disabled = disabled;
  box.addEventListener("change", () => onChange(box.checked));
  return box;
}

function graphLegend() {
  $("legend-title").textContent = "Show";
  const held = KINDS.map(() => 0);
  N.forEach((d) => { held[d.k] += 1; });
  const rows = KINDS.map((k, i) => {
    const { li, label } = legendRow(k.color, k.shape, k.label + " " + k.label_zh, held[i]);
    const box = checkbox(shown[i] && drawable[i], !drawable[i], (on) => { shown[i] = on; li.classList.toggle("off", !on); refresh(); });
    box.dataset.kind = k.id;
    label.prepend(box);
    li.classList.toggle("off", !box.checked);
    return li;
  });
  if (onDemand) {
    const { li, label } = legendRow("#a9b0b7", "box", "All edges (slow)", edgeTotal);
    label.prepend(checkbox(state.allEdges, false, setAllEdges));
    rows.push(li);
  }
  $("kinds").replaceChildren(...rows);
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

function coData() {
  const edges = coPairs = coEdges(), linked = new Set(edges.flatMap((e) => [e[0], e[1]]));
  const nodes = D.co.nodes.filter((c) => !filtering() || linked.has(c[0])).map((c) => ({ id: c[0], label: N[c[0]].l, x: c[1], y: c[2], shape: "dot", size: N[c[0]].z || 10,
    title: tooltip(c[0]), color: { background: PALETTE[c[3] % PALETTE.length], border: "#333" }, font: { face: FONT } }));
  return { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges.map((e, i) => ({ id: i, from: e[0], to: e[1], label: String(e[2]), width: 1 + 2 * Math.log2(e[2]),
    title: N[e[0]].l + " – " + N[e[1]].l + ": " + e[2] + " meeting(s) together", color: { color: "#9aa7b4", highlight: "#222" } }))) };
}

function startCo() {
  coNetwork = new vis.Network($("co"), coData(), options());
  coNetwork.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) { const e = coPairs[p.edges[0]]; showCoEdge(e[0], e[1], e[2]); }
  });
  coNetwork.fit({ animation: false });
  window.kgCoNetwork = coNetwork;
}

function refreshCo() {
  coNetwork.setData(coData());
}

const VIEWS = { rec: "view-rec", graph: "view-graph", co: "view-co" };

function setView(name) {
  view = name;
  for (const [id, button] of Object.entries(VIEWS)) {
    $(id).hidden = id !== name;
    $(button).setAttribute("aria-selected", String(id === name));
  }
  if (name === "graph" && !network) startGraph();
  else if (name === "graph") network.fit({ animation: false });
  if (name === "co" && !coNetwork) startCo();
  if (name === "co") coLegend(); else if (name === "graph") graphLegend(); else recLegend();
  status();
}

const searchKeys = N.map((d) => [d.l, d.zh, d.en, d.n, KINDS[d.k].id === "article" ? d.t : ""]
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
  N.forEach((d) => { if (!KINDS[d.k].satellite && names.size < 3000) [d.l, d.en].forEach((s) => s && names.add(s.replace(/\n/g, " "))); });
  $("names").replaceChildren(...[...names].map((s) => { const o = el("option"); o.value = s; return o; }));
  $("search").addEventListener("submit", (ev) => { ev.preventDefault(); runSearch($("q").value); });
  const dates = N.filter((d) => d.d).map((d) => d.d).sort();
  for (const id of ["from", "to"]) {
    $(id).min = dates[0] || "";
    $(id).max = dates[dates.length - 1] || "";
    $(id).addEventListener("change", () => { range[id] = $(id).value; applyFilters(); });
  }
  $("dates-all").addEventListener("click", () => { range.from = range.to = ""; $("from").value = $("to").value = ""; applyFilters(); });
  for (const [name, button] of Object.entries(VIEWS)) $(button).addEventListener("click", () => setView(name));
}

function countBy(ids) {
  const out = {};
  KINDS.forEach((k) => { out[k.id] = 0; });
  ids.forEach((n) => { out[KINDS[N[n].k].id] += 1; });
  return out;
}

// Hooks for tests and benchmarks.
window.kgData = D;
window.kgSearch = runSearch;
window.kgSelect = select;
window.kgSetView = setView;
window.kgFilter = setFilter;
window.kgCounts = () => ({ held: countBy(N.map((_, n) => n)), drawn: countBy(nodes.getIds()), visible: countBy(nodeView.getIds()) });
startControls();
startFilters();
setView(D.start || "graph");
if (view === "rec") ready();
