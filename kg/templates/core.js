// Data, indexes and text helpers shared by the panel and the networks.
// Every string from the data reaches the page through textContent only.
const D = JSON.parse(document.getElementById("kg-data").textContent);
performance.mark("kg-parsed");
const KINDS = D.kinds, N = D.nodes, E = D.edges, S = D.S;
const ROLE = D.roles.map((r) => r[0]), ROLE_LABEL = D.roles.map((r) => r[1]);
const K = {};
KINDS.forEach((k, i) => { K[k.id] = i; });
const $ = (id) => document.getElementById(id);
const LIST_CAP = 300;  // longest list the panel renders in full

const adj = N.map(() => []);
E.forEach((e, i) => { adj[e[0]].push(i); adj[e[1]].push(i); });

function kindOf(n) { return KINDS[N[n].k]; }
function other(e, n) { return e[0] === n ? e[1] : e[0]; }
function str(i) { return i >= 0 ? S[i] : ""; }

// Neighbours of n as {n, e}, optionally only of one kind and one role.
function links(n, kind, role) {
  const out = [];
  for (const i of adj[n]) {
    const e = E[i], m = other(e, n);
    if (kind && KINDS[N[m].k].id !== kind) continue;
    if (role && !e[2].some((r) => ROLE[r] === role)) continue;
    out.push({ n: m, e: i });
  }
  return out;
}

function byDate(a, b) {
  return (N[a].d || "9999").localeCompare(N[b].d || "9999") || a - b;
}

function meetingsOf(n, role) {
  return links(n, "meeting", role).map((x) => x.n).sort(byDate);
}

function roleText(i) {
  const e = E[i];
  return e[2].map((r) => ROLE_LABEL[r]).join(", ") + (e[3] > 1 ? " ×" + e[3] : "");
}

function nodeTitle(n) {
  const d = N[n];
  if (d.n) return (d.d || "undated") + " " + d.n;
  if (d.t && kindOf(n).id === "article") return d.t;
  return d.l.replace(/\n/g, " ") + (d.en ? " (" + d.en + ")" : "");
}

function articleLine(a) {
  if (a === undefined || a < 0) return "";
  const d = N[a];
  return [d.t, d.o, (d.p || "").slice(0, 10)].filter(Boolean).join(" — ");
}

function shorten(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }

function tooltip(n) {
  const d = N[n], k = kindOf(n), lines = [k.label + " · " + k.label_zh];
  if (k.id === "meeting") lines.push(d.n, [d.d || "undated", d.f].filter(Boolean).join(" · "));
  else if (k.id === "measure") lines.push(shorten(d.t || "", 120));
  else if (k.id === "article") lines.push(d.t, [d.o, (d.p || "").slice(0, 10)].filter(Boolean).join(", "), d.f);
  else lines.push([d.zh || d.l, d.en, d.iso].filter(Boolean).join(" · "));
  if (k.id === "province") lines.push("Reported at " + (d.nr || 0) + " meeting(s)");
  if (d.src !== undefined && k.id !== "article") lines.push("Source: " + articleLine(d.src));
  return lines.filter(Boolean).join("\n");
}

function edgeTooltip(i) {
  const ev = E[i][4][0] || [];
  const said = str(ev[1]);
  return [roleText(i), said && "“" + shorten(said, 140) + "”", articleLine(ev[2])].filter(Boolean).join("\n");
}

function el(tag, text, cls) {
  const x = document.createElement(tag);
  if (text !== undefined && text !== null) x.textContent = String(text);
  if (cls) x.className = cls;
  return x;
}
