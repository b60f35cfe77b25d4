// The meetings network and its filters.  Positions come from Python and
// physics stays off, so even big graphs are drawn at once.  Edges are what
// costs: vis-network draws every line and label each frame (150,000 lines:
// ~0.9 s; 8,700 labels: ~2 s).  So past EDGE_LIMIT edges only the selected
// node's edges are drawn until "all edges" is ticked, and past
// EDGE_LABEL_LIMIT only the selected node's edges carry their role label.
const FONT = "system-ui, 'Noto Sans CJK SC', sans-serif";
const EDGE_LIMIT = 20000;
const EDGE_LABEL_LIMIT = 2000;
const FOCUS_LABEL_LIMIT = 200;  // a node with more edges than this gets no labels either
const EDGE_COLOURS = { "province-spoke": "#5b8fc7", chair: "#c05a00", speaker: "#c05a00", "province-present": "#c9d3dd" };
const shown = KINDS.map((k) => !k.hidden);
const drawable = KINDS.map((k) => !(D.aggregate && k.satellite));
const visible = new Uint8Array(N.length);
const edgeVisible = new Uint8Array(E.length);
const edgeAdded = new Uint8Array(E.length);
const edgeDrawable = E.map((e) => drawable[N[e[0]].k] && drawable[N[e[1]].k]);
const edgeTotal = edgeDrawable.filter(Boolean).length;
const onDemand = edgeTotal > EDGE_LIMIT;
const labelAll = edgeTotal <= EDGE_LABEL_LIMIT;
const big = D.aggregate || N.length > D.threshold || onDemand;
const range = { from: "", to: "" };
const state = { allEdges: !onDemand, focus: -1, labelled: [] };
let network = null, nodes = null, edges = null, nodeView = null, edgeView = null;

function inRange(m) {
  if (!range.from && !range.to) return true;
  const d = N[m].d || "";
  return !!d && (!range.from || d >= range.from) && (!range.to || d <= range.to);
}

// Kind switched on, and (with filters: dates, organiser, kind) tied to a meeting that matches.
function computeVisible() {
  const filtered = filtering();
  N.forEach((d, n) => {
    let ok = shown[d.k] && drawable[d.k];
    if (ok && KINDS[d.k].id === "meeting") ok = meetingOk(n);
    else if (ok && filtered) {
      const ms = links(n, "meeting").map((x) => x.n);
      ok = !ms.length || ms.some(meetingOk);
    }
    visible[n] = ok ? 1 : 0;
  });
  E.forEach((e, i) => {
    const wanted = state.allEdges || e[0] === state.focus || e[1] === state.focus;
    edgeVisible[i] = wanted && edgeDrawable[i] && visible[e[0]] && visible[e[1]] ? 1 : 0;
  });
}

function visNode(n) {
  const d = N[n];
  const item = { id: n, label: d.l, x: d.x, y: d.y, group: KINDS[d.k].id, title: tooltip(n) };
  if (d.z) item.size = d.z;
  return item;
}

function visEdge(i) {
  const e = E[i], role = ROLE[e[2][0]];
  const item = { id: i, from: e[0], to: e[1], title: edgeTooltip(i), width: 1 + Math.log2(e[3]),
    color: { color: EDGE_COLOURS[role] || "#a9b0b7", highlight: "rgba(200, 60, 20, .65)", hover: "#444" } };
  if (labelAll) item.label = roleText(i);
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

function options() {
  return { physics: false, layout: { improvedLayout: false },
    interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false },
    nodes: { borderWidth: 1, font: { face: FONT } },
    edges: { smooth: false, selectionWidth: 2, font: { size: 9, align: "middle", color: "#555", face: FONT } },
    groups: groups() };
}

// Edge items are made when first shown: on big graphs most never are.
function addShownEdges() {
  const missing = [];
  edgeVisible.forEach((v, i) => { if (v && !edgeAdded[i]) { edgeAdded[i] = 1; missing.push(visEdge(i)); } });
  if (missing.length) edges.add(missing);
}

function startGraph() {
  computeVisible();
  nodes = new vis.DataSet(N.map((_, n) => n).filter((n) => drawable[N[n].k]).map(visNode));
  edges = new vis.DataSet([]);
  addShownEdges();
  performance.mark("kg-datasets");
  nodeView = new vis.DataView(nodes, { filter: (item) => visible[item.id] === 1 });
  edgeView = new vis.DataView(edges, { filter: (item) => edgeVisible[item.id] === 1 });
  network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, options());
  performance.mark("kg-network");
  network.on("click", (p) => {
    if (p.nodes.length) { focusOn(p.nodes[0]); showNode(p.nodes[0]); }
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.once("afterDrawing", ready);
  network.fit({ animation: false });
  window.kgNetwork = network;
}

function ready() {
  if (window.kgReady) return;
  performance.mark("kg-ready");
  window.kgReadyAt = performance.now();
  window.kgReady = true;
}

function refresh() {
  if (!network) return;  // the meetings graph is made when first shown
  computeVisible();
  addShownEdges();
  nodeView.refresh();
  edgeView.refresh();
  status();
}

function focusOn(n) {
  if (onDemand && state.focus !== n) { state.focus = n; refresh(); }
  labelEdgesOf(n);
}

// Without labels everywhere, the selected node's edges (if not too many) get theirs.
function labelEdgesOf(n) {
  if (labelAll) return;
  const mine = adj[n].length <= FOCUS_LABEL_LIMIT ? adj[n].filter((i) => edgeAdded[i]) : [];
  edges.update([...state.labelled.map((i) => ({ id: i, label: "" })), ...mine.map((i) => ({ id: i, label: roleText(i) }))]);
  state.labelled = mine;
}

function setAllEdges(on) {
  state.allEdges = on;
  refresh();
}

function status() {
  if (view === "rec") {
    const shownMeetings = MEETINGS.filter(meetingOk).length;
    $("status").textContent = shownMeetings + " of " + MEETINGS.length + " meetings match · "
      + (window.kgRecurrence || []).length + " provinces and cities reported";
    return;
  }
  if (view === "graph" && !network) return;
  const parts = [nodeView.length + " nodes, " + edgeView.length + " edges shown"];
  if (D.aggregate) parts.push("measures and articles collapsed into their meetings (" + N.length + " nodes in all)");
  if (onDemand && !state.allEdges) parts.push("click a node to draw its edges (" + edgeTotal + " in all)");
  $("status").textContent = view === "graph" ? parts.join(" · ")
    : D.co.nodes.length + " provinces, " + D.co.edges.length + " pairs, " + D.co.communities + " communities";
}

// Make n drawable and visible, then select it; satellites select their meeting when collapsed.
function select(n) {
  const k = N[n].k;
  if (view === "graph") {
    if (!shown[k] && drawable[k]) { shown[k] = true; graphLegend(); }
    if (drawable[k] && !visible[n]) { range.from = range.to = ""; $("from").value = $("to").value = ""; }
    const target = drawable[k] ? n : (links(n, "meeting")[0] || { n }).n;
    if (onDemand) state.focus = target;
    refresh();
    labelEdgesOf(target);
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
