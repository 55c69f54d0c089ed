// Supervisor dashboard: polls the JSON API (stats every 2 s, exceptions and held orders every 5 s) and renders with
// textContent only (no HTML from data). Words, numbers and times come from PackStationLocale (page language, site
// time zone); the order panel, hold/release and the waybill batch are in dashboard-order.js.
"use strict";
window.PackStationDashboard = (() => {
  const $ = (x) => document.getElementById(x);
  const L = window.PackStationLocale, t = L.t;
  let stats = null, sortKey = "secondsPerOrder", sortDir = -1;

  function cell(text, cls) { const td = document.createElement("td"); td.textContent = text ?? "—"; if (cls) td.className = cls; return td; }
  // Order links are real links (#order=ID): reachable by keyboard, and the panel follows the address.
  function orderLink(orderId) {
    const a = document.createElement("a");
    a.className = "order-link"; a.href = `#order=${encodeURIComponent(orderId)}`; a.textContent = orderId;
    return a;
  }
  function orderCell(orderId) { const td = document.createElement("td"); if (orderId) td.append(orderLink(orderId)); else td.textContent = "—"; return td; }
  async function getJson(url) {
    const r = await fetch(url, { credentials: "same-origin" });
    if (r.status === 401 || r.status === 403) { $("login-needed").classList.remove("hidden"); throw new Error("login"); }
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  }

  function renderTiles(s) {
    $("t-packed").textContent = L.num(s.packedToday);
    $("t-oph").textContent = L.num(s.ordersPerHour, 1);
    $("t-oph-today").textContent = L.num(s.ordersPerHourToday, 1);
    $("t-iph").textContent = L.num(s.itemsPerHour, 1);
    $("t-err").textContent = L.pct(s.errorRate);
    $("t-outbox").textContent = L.num(s.outboxPending);
    $("updated").textContent = t("d.updated", { time: L.time(s.generatedAt) });
    const q = s.queue;
    $("queue").replaceChildren(...[["d.q.ready", q.ready], ["d.q.inProgress", q.inProgress], ["d.q.hold", q.hold], ["d.q.packed", q.packed], ["d.q.dueToday", q.dueToday]]
      .map(([k, v]) => { const tr = document.createElement("tr"); tr.append(cell(t(k)), cell(L.num(v))); return tr; }));
  }

  // Bars are the site's hours (the API counts in the site's zone); the highlighted bar is the site's current hour.
  function renderChart(byHour) {
    const svg = $("chart"), ns = "http://www.w3.org/2000/svg", max = Math.max(1, ...byHour), w = 720 / 24, now = L.siteHour();
    const top = 22, base = 168, parts = [];
    byHour.forEach((n, h) => {
      const height = Math.round((n / max) * (base - top));
      const r = document.createElementNS(ns, "rect");
      r.setAttribute("x", String(h * w + 3)); r.setAttribute("y", String(base - height)); r.setAttribute("width", String(w - 6)); r.setAttribute("height", String(height));
      if (h === now) r.setAttribute("class", "now");
      const title = document.createElementNS(ns, "title"); title.textContent = t("d.chartBar", { hour: h, n: L.num(n) }); r.append(title);
      const label = document.createElementNS(ns, "text"); label.setAttribute("x", String(h * w + 4)); label.setAttribute("y", "184"); label.textContent = String(h);
      parts.push(r, label);
      if (n > 0) { const c = document.createElementNS(ns, "text"); c.setAttribute("x", String(h * w + 4)); c.setAttribute("y", String(base - height - 5)); c.textContent = L.num(n); parts.push(c); }
    });
    svg.setAttribute("aria-label", t("d.chartLabel", { now }));
    svg.replaceChildren(...parts);
  }

  const MinOrdersForSlowest = 5;
  // The API's seconds per item where it gives one, else today's time per order spread over the items packed.
  function perItem(p) {
    if (p.secondsPerItem != null) return p.secondsPerItem;
    return p.itemsToday > 0 && p.ordersToday > 0 ? (p.secondsPerOrder * p.ordersToday) / p.itemsToday : null;
  }

  function renderPackers(packers) {
    const sorted = [...packers].sort((a, b) => {
      const x = sortKey === "secondsPerItem" ? perItem(a) ?? 0 : a[sortKey], y = sortKey === "secondsPerItem" ? perItem(b) ?? 0 : b[sortKey];
      return (typeof x === "string" ? x.localeCompare(y, L.lang) : x - y) * sortDir;
    });
    // "Slowest" compares like with like: seconds per item (big orders take longer), among packers with enough orders.
    const slowest = packers.filter((p) => p.ordersToday >= MinOrdersForSlowest && perItem(p) !== null)
      .reduce((m, p) => (!m || perItem(p) > perItem(m) ? p : m), null);
    $("packers").tBodies[0].replaceChildren(...sorted.map((p) => {
      const tr = document.createElement("tr");
      if (slowest && p.id === slowest.id) { tr.className = "slowest"; tr.title = t("d.slowest"); }
      tr.append(cell(`${p.name} (${p.id})`), cell(L.num(p.ordersToday)), cell(L.num(p.itemsToday)), cell(L.num(p.secondsPerOrder, 1)),
        cell(L.num(perItem(p), 1)), cell(L.pct(p.wrongItemRate)), cell(L.num(p.overrides)), cell(L.num(p.exceptions)));
      return tr;
    }));
  }

  function health(text) { return cell(L.code("d.h", text), text === "ok" ? "health-ok" : "health-bad"); }
  function renderStations(stations) {
    $("stations").tBodies[0].replaceChildren(...stations.map((s) => {
      const tr = document.createElement("tr");
      const id = document.createElement("td"), a = document.createElement("a");
      a.href = `/stations/${encodeURIComponent(s.id)}`; a.target = "_blank"; a.textContent = s.id; id.append(a);
      tr.append(id, cell(L.code("d.st", s.state)), cell(s.packer), orderCell(s.order), health(s.devices.scanner), health(s.devices.scale), health(s.devices.printer));
      return tr;
    }));
  }

  async function refreshStats() {
    try {
      stats = await getJson("/api/stats");
      renderTiles(stats); renderChart(stats.packedByHour); renderPackers(stats.packers); renderStations(stats.stations);
    } catch (e) { console.warn(e); }
  }

  async function refreshSlow() {
    try {
      const [exceptions, held] = await Promise.all([getJson("/api/exceptions?limit=40"), getJson("/api/orders/held")]);
      $("exceptions").tBodies[0].replaceChildren(...exceptions.map((e) => {
        const tr = document.createElement("tr");
        tr.append(cell(L.time(e.at)), cell(e.stationId), cell(e.packerId), cell(L.code("d.k", e.kind), "kind-error"), orderCell(e.orderId), cell(e.detail, "detail"));
        return tr;
      }));
      const oldest = held[0], box = $("oldest-held");
      if (!oldest) { box.textContent = t("d.none"); box.className = "muted"; return; }
      box.className = "";
      const a = orderLink(oldest.id); a.id = "oldest-held-link";
      const age = Math.round((Date.now() - new Date(oldest.createdAt).getTime()) / 3600000);
      box.replaceChildren(a, document.createTextNode(" — " + t("d.heldSummary", { reason: oldest.holdReason ?? t("d.onHold"), age: L.num(age), count: L.num(held.length) })));
    } catch (e) { console.warn(e); }
  }

  // Sortable headers: a button in each heading (keyboard and pointer alike), aria-sort on the heading.
  document.querySelectorAll("#packers th").forEach((th) => th.querySelector("button").addEventListener("click", () => {
    const key = th.dataset.key;
    sortDir = key === sortKey ? -sortDir : (th.dataset.type === "text" ? 1 : -1);
    sortKey = key;
    document.querySelectorAll("#packers th").forEach((h) => { h.classList.remove("sorted", "asc", "desc"); h.setAttribute("aria-sort", "none"); });
    th.classList.add("sorted", sortDir > 0 ? "asc" : "desc");
    th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
    if (stats) renderPackers(stats.packers);
  }));

  // Data first, in parallel with who is signed in: the tables do not wait for the session.
  refreshStats(); refreshSlow();
  setInterval(refreshStats, 2000);
  setInterval(refreshSlow, 5000);
  return { cell, getJson, refreshSlow };
})();
