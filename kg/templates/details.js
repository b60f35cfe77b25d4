// The details panel: what a node or an edge is, and where it came from.
const panel = $("details");

function ref(n, text) {
  const b = el("button", text === undefined ? nodeTitle(n) : text, "ref");
  b.type = "button";
  b.dataset.node = String(n);
  b.addEventListener("click", () => select(n));
  return b;
}

function refList(nodes, cls, text, ordered) {
  const list = el(ordered ? "ol" : "ul", null, cls ? cls + " refs" : "refs");
  for (const n of nodes.slice(0, LIST_CAP)) {
    const li = el("li");
    li.dataset.node = String(n);
    if (N[n].d) li.dataset.date = N[n].d;
    li.append(ref(n, text ? text(n) : undefined));
    list.append(li);
  }
  if (nodes.length > LIST_CAP) list.append(el("li", "… and " + (nodes.length - LIST_CAP) + " more", "note"));
  return list;
}

function section(title, nodes, cls, text) {
  if (!nodes.length) return [];
  return [el("h3", title + " (" + nodes.length + ")"), refList(nodes, cls, text, true)];
}

function facts(rows) {
  const dl = el("dl");
  for (const [key, value] of rows) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) continue;
    const dd = el("dd");
    if (Array.isArray(value)) value.forEach((v, i) => { if (i) dd.append(", "); dd.append(v); });
    else dd.append(value instanceof Node ? value : String(value));
    dl.append(el("dt", key), dd);
  }
  return dl;
}

function heading(kind, title) {
  const h = el("h3");
  const badge = el("span", kind.label, "kind-badge");
  badge.style.background = kind.color;
  h.append(badge, title);
  return h;
}

function show(parts) {
  panel.replaceChildren(el("h2", "Details"), ...parts);
  panel.scrollTop = 0;
}

function refs(n, kind, role) { return links(n, kind, role).map((x) => ref(x.n)); }

function sourceLinks(articles) {
  const list = el("ul", null, "sources refs");
  for (const a of articles) {
    const li = el("li");
    li.append(ref(a, articleLine(a)));
    const url = N[a].u || "";
    if (/^https?:\/\//i.test(url)) {
      const link = el("a", " ↗ link");
      link.href = url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      li.append(link);
    }
    list.append(li);
  }
  return list;
}

const DETAILS = {
  meeting(n) {
    const d = N[n], spoke = meetingsOrPlaces(n, "province-spoke"), present = meetingsOrPlaces(n, "province-present");
    const measures = links(n, "measure").map((x) => x.n).sort((a, b) => N[a].o - N[b].o);
    return [facts([["Date", d.d || "undated"], ["Name", d.n], ["Format", d.f], ["Organiser", d.o],
      ["Chair", refs(n, "person", "chair")], ["Speakers", refs(n, "person", "speaker")],
      ["Present", refs(n, "person", "official")], ["Regions", refs(n, "region")], ["Sectors", refs(n, "sector")],
      ["Cited", (d.c || []).map((c) => (c[1] ? c[1] + " " : "") + c[0]).join("; ")],
      ["Provinces (article's count)", d.pc],
      ["Warnings", (d.w || []).join("; ")]]),
    ...section("Provinces that reported", spoke, "reported"),
    ...section(d.ap ? "Present (all provinces)" : "Present", present, "present"),
    ...(measures.length ? [el("h3", "Measures (" + measures.length + ")"),
      refList(measures, "measures", (m) => N[m].t, true)] : []),
    el("h3", "Sources"), sourceLinks(links(n, "article").map((x) => x.n))];
  },
  province(n) {
    const d = N[n];
    return [facts([["Name", d.zh], ["English", d.en], ["ISO 3166-2", d.iso], ["Regions", refs(n, "region")]]),
      ...section("Reported at", meetingsOf(n, "province-spoke"), "reported"),
      ...section("Present at", meetingsOf(n, "province-present"), "present")];
  },
  city(n) { return DETAILS.province(n); },
  region(n) {
    return [facts([["English", N[n].en], ["Members", refs(n, "province")]]), ...section("Meetings", meetingsOf(n), "meetings")];
  },
  person(n) {
    const edge = new Map(links(n, "meeting").map((x) => [x.n, x.e]));
    return [facts([["English", N[n].en], ["Titles", (N[n].tt || []).join("; ")]]),
      ...section("Meetings", meetingsOf(n), "meetings", (m) => nodeTitle(m) + " — " + roleText(edge.get(m)))];
  },
  sector(n) {
    const near = links(n, "sector", "broader");  // edges run narrower -> broader
    return [facts([["English", N[n].en], ["Broader", near.filter((x) => E[x.e][0] === n).map((x) => ref(x.n))],
      ["Narrower", near.filter((x) => E[x.e][1] === n).map((x) => ref(x.n))]]),
    ...section("Meetings", meetingsOf(n), "meetings")];
  },
  organization(n) { return [facts([["English", N[n].en]]), ...section("Meetings", meetingsOf(n), "meetings")]; },
  measure(n) {
    const owner = links(n, "meeting")[0];
    const ev = owner ? E[owner.e][4][0] : [];
    return [el("p", N[n].t), facts([["Meeting", owner ? ref(owner.n) : ""], ["Number", N[n].o],
      ["Source", ev[2] >= 0 ? ref(ev[2], articleLine(ev[2])) : ""]])];
  },
  article(n) {
    const d = N[n], url = /^https?:\/\//i.test(d.u || "") ? d.u : "";
    return [facts([["Title", d.t], ["Outlet", d.o], ["Published", d.p], ["Cites", d.sc], ["Original title", d.ot],
      ["File", d.f], ["URL", url]]), ...section("Reports", meetingsOf(n), "meetings")];
  },
};

function meetingsOrPlaces(n, role) {
  return links(n, null, role).map((x) => x.n).sort((a, b) => N[a].l.localeCompare(N[b].l, "zh"));
}

function showNode(n) {
  const k = kindOf(n);
  show([heading(k, nodeTitle(n)), ...DETAILS[k.id](n), el("p", N[n].i, "note iri")]);
}

function evidenceBlock(ev) {
  const parts = [el("h3", ROLE_LABEL[ev[0]])];
  if (ev[1] >= 0) parts.push(el("blockquote", str(ev[1]), "evidence"));
  const rows = [["Rule", str(ev[3])]];
  if (ev[2] >= 0) rows.unshift(["Source", ref(ev[2], articleLine(ev[2]))]);
  parts.push(facts(rows));
  return parts;
}

function showEdge(i) {
  const e = E[i];
  show([heading({ label: "Edge", color: "#555" }, roleText(i)),
    facts([["From", ref(e[0])], ["To", ref(e[1])], ["Weight", e[3] + " mention(s)"]]),
    ...e[4].slice(0, LIST_CAP).flatMap(evidenceBlock)]);
}

function showCoEdge(a, b, w) {
  const mine = new Set(meetingsOf(a, "province-spoke"));
  const both = meetingsOf(b, "province-spoke").filter((m) => mine.has(m));
  show([heading({ label: "Co-reporting", color: "#555" }, N[a].l + " – " + N[b].l),
    facts([["Weight", w + " meeting(s) reported at together"]]), ...section("Meetings", both, "meetings")]);
}
