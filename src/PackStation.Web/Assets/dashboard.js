// Supervisor dashboard: polls the JSON API (stats every 2 s, exceptions and held orders every 5 s) and renders with
// textContent only (no HTML from data).
"use strict";
(() => {
  const $ = (x) => document.getElementById(x);
  const S = window.PackStationSession;
  let session = { userName: null, role: null }, stats = null, sortKey = "secondsPerOrder", sortDir = -1, openOrder = null;

  function cell(text, cls) { const td = document.createElement("td"); td.textContent = text ?? "—"; if (cls) td.className = cls; return td; }
  function orderCell(orderId) {
    const td = document.createElement("td");
    if (orderId) { const a = document.createElement("a"); a.className = "order-link"; a.textContent = orderId; a.addEventListener("click", () => showOrder(orderId)); td.append(a); }
    else td.textContent = "—";
    return td;
  }
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour12: false });
  async function getJson(url) {
    const r = await fetch(url, { credentials: "same-origin" });
    if (r.status === 401 || r.status === 403) { $("login-needed").classList.remove("hidden"); throw new Error("login"); }
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  }

  function renderTiles(s) {
    $("t-packed").textContent = s.packedToday;
    $("t-oph").textContent = s.ordersPerHour;
    $("t-oph-today").textContent = s.ordersPerHourToday;
    $("t-iph").textContent = s.itemsPerHour;
    $("t-err").textContent = pct(s.errorRate);
    $("t-outbox").textContent = s.outboxPending;
    $("updated").textContent = `updated ${time(s.generatedAt)}`;
    const q = s.queue;
    $("queue").replaceChildren(...[["ready", q.ready], ["at a station", q.inProgress], ["on hold", q.hold], ["packed", q.packed], ["due by end of today", q.dueToday]]
      .map(([k, v]) => { const tr = document.createElement("tr"); tr.append(cell(k), cell(String(v))); return tr; }));
  }

  function renderChart(byHour) {
    const svg = $("chart"), ns = "http://www.w3.org/2000/svg", max = Math.max(1, ...byHour), w = 720 / 24, nowHour = new Date().getHours();
    const parts = [];
    byHour.forEach((n, h) => {
      const height = Math.round((n / max) * 150);
      const r = document.createElementNS(ns, "rect");
      r.setAttribute("x", String(h * w + 3)); r.setAttribute("y", String(158 - height)); r.setAttribute("width", String(w - 6)); r.setAttribute("height", String(height));
      if (h === nowHour) r.setAttribute("class", "now");
      const title = document.createElementNS(ns, "title"); title.textContent = `${h}:00 — ${n} orders`; r.append(title);
      const t = document.createElementNS(ns, "text"); t.setAttribute("x", String(h * w + 4)); t.setAttribute("y", "175"); t.textContent = String(h);
      parts.push(r, t);
      if (n > 0) { const c = document.createElementNS(ns, "text"); c.setAttribute("x", String(h * w + 4)); c.setAttribute("y", String(154 - height)); c.textContent = String(n); parts.push(c); }
    });
    svg.replaceChildren(...parts);
  }

  function renderPackers(packers) {
    const sorted = [...packers].sort((a, b) => {
      const x = a[sortKey], y = b[sortKey];
      return (typeof x === "string" ? x.localeCompare(y) : x - y) * sortDir;
    });
    const slowest = packers.filter((p) => p.ordersToday > 0).reduce((m, p) => (!m || p.secondsPerOrder > m.secondsPerOrder ? p : m), null);
    $("packers").tBodies[0].replaceChildren(...sorted.map((p) => {
      const tr = document.createElement("tr");
      if (slowest && p.id === slowest.id) { tr.className = "slowest"; tr.title = "slowest packer today"; }
      tr.append(cell(`${p.name} (${p.id})`), cell(String(p.ordersToday)), cell(String(p.itemsToday)), cell(p.secondsPerOrder.toFixed(1)),
        cell(pct(p.wrongItemRate)), cell(String(p.overrides)), cell(String(p.exceptions)));
      return tr;
    }));
  }

  function health(text) { return cell(text, text === "ok" ? "health-ok" : "health-bad"); }
  function renderStations(stations) {
    $("stations").tBodies[0].replaceChildren(...stations.map((s) => {
      const tr = document.createElement("tr");
      const id = document.createElement("td"), a = document.createElement("a");
      a.href = `/stations/${encodeURIComponent(s.id)}`; a.target = "_blank"; a.textContent = s.id; id.append(a);
      tr.append(id, cell(s.state), cell(s.packer), orderCell(s.order), health(s.devices.scanner), health(s.devices.scale), health(s.devices.printer));
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
        tr.append(cell(time(e.at)), cell(e.stationId), cell(e.packerId), cell(e.kind, "kind-error"), orderCell(e.orderId), cell(e.detail, "detail"));
        return tr;
      }));
      const oldest = held[0];
      const box = $("oldest-held");
      if (!oldest) { box.textContent = "none"; box.className = "muted"; }
      else {
        box.className = "";
        const a = document.createElement("a"); a.className = "order-link"; a.id = "oldest-held-link"; a.textContent = oldest.id; a.addEventListener("click", () => showOrder(oldest.id));
        const age = Math.round((Date.now() - new Date(oldest.createdAt).getTime()) / 3600000);
        box.replaceChildren(a, document.createTextNode(` — ${oldest.holdReason ?? "on hold"} (ordered ${age} h ago; ${held.length} held)`));
      }
    } catch (e) { console.warn(e); }
  }

  async function showOrder(orderId) {
    openOrder = orderId;
    $("tl-msg").textContent = "";
    try {
      const t = await getJson(`/api/orders/${encodeURIComponent(orderId)}`);
      $("tl-order").textContent = t.order.id;
      $("tl-summary").textContent = `${t.order.status} · ${t.order.recipient.city ?? ""} · ${t.order.lines.map((l) => `${l.sku}×${l.quantity}`).join(", ")}`
        + (t.order.holdReason ? ` · hold: ${t.order.holdReason}` : "") + (t.order.shipBy ? ` · ship by ${new Date(t.order.shipBy).toLocaleString()}` : "");
      $("timeline").replaceChildren(...t.events.map((e) => {
        const tr = document.createElement("tr");
        tr.append(cell(new Date(e.at).toLocaleString([], { hour12: false })), cell(e.stationId), cell(e.packerId), cell(e.kind), cell(e.code), cell(e.detail, "detail"));
        return tr;
      }));
      $("tl-hold").disabled = !(t.order.status === "ready" || t.order.status === "in-progress");
      $("tl-release").disabled = t.order.status !== "hold";
    } catch (e) { $("tl-summary").textContent = String(e); }
  }

  async function change(action) {
    if (!openOrder) return;
    const r = await S.post(`/api/orders/${encodeURIComponent(openOrder)}/${action}`, action === "hold" ? { reason: "held from dashboard" } : {});
    $("tl-msg").textContent = r.ok ? "done" : `refused (${r.status})`;
    await showOrder(openOrder); refreshSlow();
  }

  document.querySelectorAll("#packers th").forEach((th) => th.addEventListener("click", () => {
    const key = th.dataset.key;
    sortDir = key === sortKey ? -sortDir : (th.dataset.type === "text" ? 1 : -1);
    sortKey = key;
    document.querySelectorAll("#packers th").forEach((h) => h.classList.remove("sorted", "asc", "desc"));
    th.classList.add("sorted", sortDir > 0 ? "asc" : "desc");
    if (stats) renderPackers(stats.packers);
  }));
  // Batch e-waybills for the next ready orders (earliest ship-by first) on the first station's printer.
  $("wb-print").addEventListener("click", async () => {
    $("wb-print").disabled = true;
    try {
      const r = await S.post("/api/waybills/batch", { count: Number($("wb-count").value) });
      const body = await r.json().catch(() => ({}));
      $("wb-msg").textContent = r.ok
        ? `${body.waybills.length} waybills queued on ${body.printer}` + (body.problems.length ? `; skipped: ${body.problems.join("; ")}` : "")
        : `refused (${r.status}): ${body.detail ?? ""}`;
    } finally { $("wb-print").disabled = false; refreshSlow(); }
  });
  $("tl-hold").addEventListener("click", () => change("hold"));
  $("tl-release").addEventListener("click", () => change("release"));

  // Data first, in parallel with who is signed in: the tables do not wait for the session.
  refreshStats(); refreshSlow();
  setInterval(refreshStats, 2000);
  setInterval(refreshSlow, 5000);
  (async () => {
    session = await S.info();
    const who = $("who");
    if (session.userName) {
      who.textContent = `${session.userName} (${session.role}) `;
      const out = document.createElement("button"); out.textContent = "Log out";
      out.addEventListener("click", async () => { await S.post("/api/session/logout"); location.reload(); });
      who.append(out);
    } else {
      const a = document.createElement("a"); a.href = "/login"; a.textContent = "Log in"; who.append(a);
    }
    if (session.role === "supervisor") document.querySelectorAll(".supervisor-only").forEach((el) => el.classList.remove("hidden"));
  })();
})();
