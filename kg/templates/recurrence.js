// The recurrence view: which provinces report again and again, and when.
// One row per province (or separately planned city), most recurrent first: its
// name, a bar of the meetings it spoke at (dark) and one of those it was present
// at (light), then one cell per month or quarter shaded by the meetings it spoke
// at then.  A cell lists its meetings.  The filters (organiser, kind, dates)
// apply to every view; the networks re-fit after each.
const filter = { org: "", kind: "" };
const PLACE_KINDS = new Set(["province", "city"]);
const MEETINGS = N.map((_, n) => n).filter((n) => KINDS[N[n].k].id === "meeting");
const MIIT = "工业和信息化部";
const rec = { period: "auto" };

// meeting -> the places it names: {n, spoke, present}
const placesOf = new Map(MEETINGS.map((m) => [m, links(m).filter((x) => PLACE_KINDS.has(KINDS[N[x.n].k].id))
  .map((x) => ({ n: x.n, spoke: E[x.e][2].some((r) => ROLE[r] === "province-spoke"),
    present: E[x.e][2].some((r) => ROLE[r] === "province-present") }))]));

function filtering() { return !!(filter.org || filter.kind || range.from || range.to); }
function meetingOk(m) {
  return inRange(m) && (!filter.org || N[m].o === filter.org) && (!filter.kind || N[m].kd === filter.kind);
}

// Rows in the order of `kg query province-recurrence`: spoke, present (both descending), GB code, name.
function recurrence() {
  const rows = new Map();
  for (const m of MEETINGS) {
    if (!meetingOk(m)) continue;
    for (const p of placesOf.get(m)) {
      if (!rows.has(p.n)) rows.set(p.n, { n: p.n, spoke: [], present: [] });
      const row = rows.get(p.n);
      if (p.spoke) row.spoke.push(m);
      if (p.present) row.present.push(m);
    }
  }
  return [...rows.values()].sort((a, b) => b.spoke.length - a.spoke.length || b.present.length - a.present.length
    || (N[a.n].gb || "~").localeCompare(N[b.n].gb || "~") || N[a.n].l.localeCompare(N[b.n].l));
}

function periodOf(d, unit) {
  if (!d) return "";
  if (unit === "year") return d.slice(0, 4);
  return unit === "quarter" ? d.slice(0, 4) + "-Q" + (1 + Math.floor((+d.slice(5, 7) - 1) / 3)) : d.slice(0, 7);
}

// Every period from the first dated meeting to the last, so gaps show as gaps.
function periods(meetings) {
  const dates = meetings.map((m) => N[m].d).filter(Boolean).sort();
  if (!dates.length) return { unit: "month", keys: [] };
  const [y0, m0] = [+dates[0].slice(0, 4), +dates[0].slice(5, 7)];
  const [y1, m1] = [+dates[dates.length - 1].slice(0, 4), +dates[dates.length - 1].slice(5, 7)];
  const months = (y1 - y0) * 12 + m1 - m0 + 1;
  const auto = months > 96 ? "year" : months > 36 ? "quarter" : "month";  // a screenful of columns
  const unit = rec.period === "auto" ? auto : rec.period;
  const keys = [];
  for (let i = 0; i < months; i++) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12), mo = (m0 - 1 + i) % 12 + 1;
    const key = periodOf(y + "-" + String(mo).padStart(2, "0"), unit);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return { unit, keys };
}

function bar(value, top, cls, title) {
  const b = el("span", null, "bar " + cls);
  b.style.width = (top ? Math.max(value ? 2 : 0, Math.round(100 * value / top)) : 0) + "%";
  b.title = title;
  return b;
}

function renderRecurrence() {
  const rows = recurrence(), shown = MEETINGS.filter(meetingOk);
  const { unit, keys } = periods(shown);
  const top = Math.max(1, ...rows.map((r) => Math.max(r.spoke.length, r.present.length)));
  const table = el("table", null, "matrix");
  const head = el("tr");
  head.append(el("th", "Province 省份", "name"), el("th", "Meetings: spoke · present", "bars"));
  keys.forEach((k, i) => {
    const th = el("th", unit === "year" || i === 0 || k.endsWith(unit === "quarter" ? "Q1" : "-01") ? k : k.slice(5),
      "period");
    th.title = k;
    head.append(th);
  });
  table.append(head);
  let busiest = 1;
  const cells = rows.map((r) => {
    const byPeriod = new Map();
    r.spoke.forEach((m) => { const k = periodOf(N[m].d, unit); if (k) byPeriod.set(k, [...(byPeriod.get(k) || []), m]); });
    byPeriod.forEach((ms) => { busiest = Math.max(busiest, ms.length); });
    return byPeriod;
  });
  rows.forEach((r, i) => {
    const tr = el("tr");
    tr.dataset.node = String(r.n);
    const name = el("th", null, "name");
    name.append(ref(r.n, N[r.n].l));
    const bars = el("td", null, "bars");
    bars.append(bar(r.spoke.length, top, "spoke", "spoke at " + r.spoke.length),
      bar(r.present.length, top, "present", "present at " + r.present.length),
      el("span", r.spoke.length + " · " + r.present.length, "counts"));
    tr.append(name, bars);
    for (const k of keys) {
      const ms = cells[i].get(k) || [];
      const td = el("td", ms.length ? String(ms.length) : "", "cell");
      if (ms.length) {
        td.style.background = "rgba(31, 119, 180, " + (0.2 + 0.8 * ms.length / busiest).toFixed(2) + ")";
        td.title = N[r.n].l + " " + k + ": spoke at " + ms.length + " meeting(s)";
        td.addEventListener("click", () => showCell(r.n, k, ms));
      }
      tr.append(td);
    }
    table.append(tr);
  });
  const note = el("p", rows.length ? "" : "No province reported at the meetings that match the filters.", "note");
  $("rec").replaceChildren(table, note);
  window.kgRecurrence = rows.map((r) => [N[r.n].l, r.spoke.length, r.present.length]);
  return { rows: rows.length, meetings: shown.length, unit };
}

function showCell(n, period, ms) {
  const sorted = [...ms].sort(byDate);
  show([heading(kindOf(n), N[n].l + " · " + period), facts([["Spoke at", sorted.length + " meeting(s)"]]),
    ...section("Meetings", sorted, "meetings")]);
}

function recLegend() {
  $("legend-title").textContent = "Recurrence";
  const spoke = legendRow("#1f77b4", "box", "Spoke or reported 发言", undefined);
  const present = legendRow("#aec7e8", "box", "Present 出席", undefined);
  $("kinds").replaceChildren(spoke.li, present.li);
  const unit = el("p", null, "periods");
  for (const [value, text] of [["auto", "Auto"], ["month", "Month"], ["quarter", "Quarter"], ["year", "Year"]]) {
    const b = el("button", text, rec.period === value ? "chip on" : "chip");
    b.type = "button";
    b.dataset.period = value;
    b.addEventListener("click", () => { rec.period = value; recLegend(); applyFilters(); });
    unit.append(b);
  }
  $("kinds").append(unit);
  $("legend-note").textContent = "Rows: provinces and separately planned cities, most recurrent first (the order of "
    + "kg query province-recurrence). Cells: meetings the province spoke at in that period; click one for the meetings.";
}

// ---- filters ---------------------------------------------------------------

function tally(key) {
  const counts = new Map();
  MEETINGS.forEach((m) => { const v = N[m][key]; if (v) counts.set(v, (counts.get(v) || 0) + 1); });
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function fillSelect(select, entries, all) {
  const none = el("option", all);
  none.value = "";
  select.replaceChildren(none, ...entries.map(([v, c]) => { const o = el("option", v + " (" + c + ")"); o.value = v; return o; }));
}

function chip(text, on, onClick) {
  const b = el("button", text, on ? "chip on" : "chip");
  b.type = "button";
  b.setAttribute("aria-pressed", String(on));
  b.addEventListener("click", onClick);
  return b;
}

function renderFilterChips() {
  const miit = MEETINGS.filter((m) => N[m].o === MIIT).length;
  const org = chip("MIIT 工信部 (" + miit + ")", filter.org === MIIT, () => setFilter("org", filter.org === MIIT ? "" : MIIT));
  org.id = "org-miit";
  const kinds = tally("kd").slice(0, 4).map(([k, c]) => {
    const b = chip(k + " (" + c + ")", filter.kind === k, () => setFilter("kind", filter.kind === k ? "" : k));
    b.dataset.kind = k;
    return b;
  });
  $("quick").replaceChildren(org, ...kinds);
  $("org").value = filter.org;
  $("kind").value = filter.kind;
}

function setFilter(key, value) {
  filter[key] = value;
  applyFilters();
}

// Every view follows the filters; the networks re-fit to what is left.
function applyFilters() {
  renderFilterChips();
  const summary = renderRecurrence();
  refresh();
  if (coNetwork) refreshCo();
  if (view === "graph") network.fit({ animation: false });
  if (view === "co" && coNetwork) coNetwork.fit({ animation: false });
  status();
  return summary;
}

function startFilters() {
  fillSelect($("org"), tally("o"), "All organisers 全部主办单位");
  fillSelect($("kind"), tally("kd"), "All kinds 全部类型");
  $("org").addEventListener("change", () => setFilter("org", $("org").value));
  $("kind").addEventListener("change", () => setFilter("kind", $("kind").value));
  $("filters-all").addEventListener("click", () => {
    filter.org = filter.kind = "";
    range.from = range.to = "";
    $("from").value = $("to").value = "";
    applyFilters();
  });
  renderFilterChips();
  renderRecurrence();
}

// Co-reporting under the filters: pairs recounted from the meetings that match.
function coEdges() {
  if (!filtering()) return D.co.edges;
  const weights = new Map(), onCo = new Set(D.co.nodes.map((c) => c[0]));
  for (const m of MEETINGS) {
    if (!meetingOk(m)) continue;
    const spoke = placesOf.get(m).filter((p) => p.spoke && onCo.has(p.n)).map((p) => p.n).sort((a, b) => a - b);
    for (let i = 0; i < spoke.length; i++) {
      for (let j = i + 1; j < spoke.length; j++) {
        const key = spoke[i] + "," + spoke[j];
        weights.set(key, (weights.get(key) || 0) + 1);
      }
    }
  }
  return [...weights.entries()].map(([k, w]) => [...k.split(",").map(Number), w]);
}
