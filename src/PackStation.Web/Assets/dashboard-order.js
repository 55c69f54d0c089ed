// The dashboard's order panel (#order=ID in the address: timeline, hold with a reason, release), the waybill batch,
// and who is signed in. Supervisor controls are shown only to a supervisor whose password is their own.
"use strict";
(() => {
  const $ = (x) => document.getElementById(x);
  const L = window.PackStationLocale, t = L.t, S = window.PackStationSession, D = window.PackStationDashboard;
  let openOrder = null;

  async function showOrder(orderId) {
    openOrder = orderId;
    $("tl-msg").textContent = "";
    try {
      const o = await D.getJson(`/api/orders/${encodeURIComponent(orderId)}`);
      $("tl-order").textContent = o.order.id;
      $("tl-summary").textContent = [L.code("d.os", o.order.status), o.order.recipient.city ?? "",
        o.order.lines.map((l) => `${l.sku}×${L.num(l.quantity)}`).join(", "),
        o.order.holdReason ? t("d.holdLabel", { reason: o.order.holdReason }) : null,
        o.order.shipBy ? t("d.shipBy", { time: L.dateTime(o.order.shipBy) }) : null].filter((x) => x).join(" · ");
      $("timeline").replaceChildren(...o.events.map((e) => {
        const tr = document.createElement("tr");
        tr.append(D.cell(L.dateTime(e.at)), D.cell(e.stationId), D.cell(e.packerId), D.cell(L.code("d.k", e.kind)), D.cell(e.code), D.cell(e.detail, "detail"));
        return tr;
      }));
      $("tl-hold").disabled = !(o.order.status === "ready" || o.order.status === "in-progress");
      $("tl-release").disabled = o.order.status !== "hold";
    } catch (e) { $("tl-summary").textContent = String(e); }
  }

  function followAddress(focus) {
    const m = /^#order=(.+)$/.exec(location.hash);
    if (!m) return;
    showOrder(decodeURIComponent(m[1]));
    if (focus) $("h-order").focus();
  }

  async function change(action) {
    if (!openOrder) return;
    const reason = $("tl-reason").value.trim() || t("d.holdDefault");
    const r = await S.post(`/api/orders/${encodeURIComponent(openOrder)}/${action}`, action === "hold" ? { reason } : {});
    $("tl-msg").textContent = r.ok ? t("d.done") : t("d.refused", { status: r.status });
    await showOrder(openOrder); D.refreshSlow();
  }

  // Batch e-waybills for the next ready orders (earliest ship-by first) on the first station's printer.
  $("wb-print").addEventListener("click", async () => {
    $("wb-print").disabled = true;
    try {
      const r = await S.post("/api/waybills/batch", { count: Number($("wb-count").value) });
      const body = await r.json().catch(() => ({}));
      $("wb-msg").textContent = r.ok
        ? t("d.waybillsQueued", { n: L.num(body.waybills.length), printer: body.printer }) + (body.problems.length ? t("d.skipped", { list: body.problems.join("; ") }) : "")
        : t("d.refusedDetail", { status: r.status, detail: body.detail ?? "" });
    } finally { $("wb-print").disabled = false; D.refreshSlow(); }
  });
  $("tl-hold").addEventListener("click", () => change("hold"));
  $("tl-release").addEventListener("click", () => change("release"));
  window.addEventListener("hashchange", () => followAddress(true));
  followAddress(false);

  (async () => {
    const session = await S.info();
    const who = $("who");
    if (session.userName) {
      who.textContent = `${session.userName} (${L.code("d.role", session.role)}) `;
      const out = document.createElement("button"); out.type = "button"; out.textContent = t("d.logOut");
      out.addEventListener("click", async () => { await S.post("/api/session/logout"); location.reload(); });
      who.append(out);
    } else {
      const a = document.createElement("a"); a.href = "/login"; a.textContent = t("d.logIn"); who.append(a);
    }
    if (session.mustChangePassword) { location.href = "/login?change=1"; return; }
    if (session.role === "supervisor") document.querySelectorAll(".supervisor-only").forEach((el) => el.classList.remove("hidden"));
  })();
})();
