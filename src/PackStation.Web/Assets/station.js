// Station screen: follows the station's snapshots (station-live.js) and shows each at once, in the station's language
// (the page is served in it; a changed setting arrives with the next snapshot). Every line comes from i18n.js: the
// headline by feedback code, the line under it from the feedback's named specifics (Args).
"use strict";
(() => {
  const id = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] || "");
  const token = new URLSearchParams(location.search).get("token");
  const $ = (x) => document.getElementById(x);
  const L = window.PackStationLocale, all = window.PackStationTexts;
  let lang = L.lang, last = null, audio = null;

  const text = (key, args) => {
    const t = (all[lang] || all.en)[key] ?? all.en[key];
    return t === undefined ? undefined : t.replace(/\{(\w+)\}/g, (m, k) => (args && args[k] !== undefined ? String(args[k]) : m));
  };
  const ui = (key, args) => text(`s.${key}`, args) ?? key;

  function applyLanguage(next) {
    if (!next || next === lang || !all[next]) return;
    location.reload(); // the page is composed in the station's language; a changed setting reloads it once
  }

  // Sound: WebAudio tones, no files. Kiosk browsers may need one tap first (autoplay policy).
  function ensureAudio() {
    if (!audio) { try { audio = new AudioContext(); } catch { audio = null; } }
    if (audio && audio.state === "suspended") audio.resume();
    if (audio && audio.state === "running") $("sound-gate").classList.add("hidden");
  }
  function tone(freq, start, length, type, gain) {
    if (!audio || audio.state !== "running") return;
    const osc = audio.createOscillator(), amp = audio.createGain();
    osc.type = type; osc.frequency.value = freq; amp.gain.value = gain;
    osc.connect(amp).connect(audio.destination);
    const t = audio.currentTime + start; osc.start(t); osc.stop(t + length);
  }
  function sound(kind) {
    if (kind === "error") { for (let i = 0; i < 3; i++) tone(220, i * 0.22, 0.16, "square", 0.35); }
    else if (kind === "done") { tone(880, 0, 0.12, "sine", 0.3); tone(1320, 0.13, 0.22, "sine", 0.3); }
    else if (kind === "ok") { tone(1200, 0, 0.05, "sine", 0.2); }
  }

  function healthClass(t) { return t === "ok" ? "" : (/fault|error|disconnect|offline|out|open/i.test(t) ? "bad" : "warn"); }
  function grams(g) { return g === null || g === undefined ? "—" : `${L.num(Math.round(g))} g`; }

  function isReaction(prev, s) {
    // A snapshot caused by a scan or a weighing, not by a device's health changing.
    if (!prev) return false;
    return s.version > prev.version && s.scannerHealth === prev.scannerHealth && s.scaleHealth === prev.scaleHealth
      && s.printerHealth === prev.printerHealth && s.labelWaiting === prev.labelWaiting;
  }

  // The line under the headline: the station's own sentence from the specifics; English falls back to the station's
  // message, other languages show nothing rather than English.
  function detail(fb) {
    const own = text(`detail.${fb.code}`, fb.args || {});
    if (own !== undefined && !/\{\w+\}/.test(own)) return own;
    return lang === "en" ? fb.message : "";
  }

  function render(s) {
    applyLanguage(s.language);
    const fb = s.lastFeedback;
    const kind = fb ? fb.kind : "none";
    document.body.dataset.feedback = kind;
    document.body.dataset.state = s.stateText;
    $("station-id").textContent = s.stationId;
    $("packer").textContent = s.packerName || "—";
    $("order").textContent = s.orderId || "—";
    $("feedback-headline").textContent = fb ? (text(`feedback.${fb.code}`) ?? fb.message) : "";
    $("feedback-detail").textContent = fb ? detail(fb) : "";
    $("next-action").textContent = text(`next.${s.nextAction}`) ?? s.nextAction ?? "";
    $("lines").replaceChildren(...s.lines.map((l) => {
      const tr = document.createElement("tr");
      if (l.scanned >= l.needed) tr.className = "done";
      const title = document.createElement("td"); title.textContent = l.title;
      const sku = document.createElement("td"); sku.className = "sku"; sku.textContent = l.sku;
      const count = document.createElement("td"); count.className = "num"; count.textContent = `${L.num(l.scanned)} / ${L.num(l.needed)}`;
      tr.append(title, sku, count);
      return tr;
    }));
    $("weight").textContent = grams(s.measuredGrams);
    $("weight-expected").textContent = s.expectedGrams == null ? "" : `${ui("expected")} ${grams(s.expectedGrams)}`;
    $("weight").parentElement.classList.toggle("bad", fb !== null && fb !== undefined && fb.code === "weight-mismatch");
    $("tracking").textContent = s.trackingNumbers.length ? s.trackingNumbers.join(", ") : "—";
    $("label-status").textContent = s.labelWaiting ? ui("labelWaiting") : "";
    for (const [role, health] of [["scanner", s.scannerHealth], ["scale", s.scaleHealth], ["printer", s.printerHealth]]) {
      const el = $(`dev-${role}`);
      el.className = `device ${healthClass(health)}`;
      el.title = health;
    }
    if (fb && isReaction(last, s)) {
      sound(kind);
      if (kind === "error") { document.body.classList.remove("flash"); void document.body.offsetWidth; document.body.classList.add("flash"); }
    }
    last = s;
  }

  function connection(ok) { $("connection").className = ok ? "device" : "device bad"; $("connection").textContent = ui(ok ? "live" : "offline"); }
  function notice(state, headline, line) {
    document.body.dataset.state = state; document.body.dataset.feedback = "none";
    $("feedback-headline").textContent = headline; $("feedback-detail").textContent = line || "";
  }

  document.addEventListener("pointerdown", ensureAudio);
  document.addEventListener("keydown", ensureAudio);
  $("sound-gate").addEventListener("click", ensureAudio);
  ensureAudio();
  window.PackStationLive.follow(id, token, {
    snapshot: (s) => { connection(true); render(s); },
    open: () => connection(true),
    error: () => connection(false),
    refused: () => notice("refused", ui("refused")),
    missing: () => notice("missing", ui("noSuchStation", { id }), ui("noSuchStationDetail")),
  });
})();
