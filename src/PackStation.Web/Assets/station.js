// Station screen: follows /api/stations/{id}/live (Server-Sent Events) and shows each snapshot at once.
"use strict";
(() => {
  const id = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] || "");
  const token = new URLSearchParams(location.search).get("token");
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  const $ = (x) => document.getElementById(x);
  let lang = "zh-CN", applied = null, last = null, audio = null;

  const texts = () => window.PackStationTexts[lang] || window.PackStationTexts.en;
  const ui = (key) => texts().ui[key] || window.PackStationTexts.en.ui[key] || key;

  function applyLanguage(next) {
    if (next === applied) return;
    applied = next;
    lang = window.PackStationTexts[next] ? next : "en";
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = ui(el.dataset.i18n); });
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

  function healthClass(text) { return text === "ok" ? "" : (/fault|error|disconnect|offline|out|open/i.test(text) ? "bad" : "warn"); }
  function grams(g) { return g === null || g === undefined ? "—" : `${Math.round(g)} g`; }

  function isReaction(prev, s) {
    // A snapshot caused by a scan or a weighing, not by a device's health changing.
    if (!prev) return false;
    return s.version > prev.version && s.scannerHealth === prev.scannerHealth && s.scaleHealth === prev.scaleHealth
      && s.printerHealth === prev.printerHealth && s.labelWaiting === prev.labelWaiting;
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
    const translated = fb ? texts().feedback[fb.code] : null;
    $("feedback-headline").textContent = fb ? (translated || fb.message) : "";
    $("feedback-detail").textContent = fb && translated ? fb.message : "";
    $("next-action").textContent = texts().next[s.nextAction] || window.PackStationTexts.en.next[s.nextAction] || s.nextAction || "";
    const rows = s.lines.map((l) => {
      const tr = document.createElement("tr");
      if (l.scanned >= l.needed) tr.className = "done";
      const title = document.createElement("td"); title.textContent = l.title;
      const sku = document.createElement("td"); sku.className = "sku"; sku.textContent = l.sku;
      const count = document.createElement("td"); count.className = "num"; count.textContent = `${l.scanned} / ${l.needed}`;
      tr.append(title, sku, count);
      return tr;
    });
    $("lines").replaceChildren(...rows);
    $("weight").textContent = grams(s.measuredGrams);
    $("weight-expected").textContent = s.expectedGrams == null ? "" : `${ui("expected")} ${grams(s.expectedGrams)}`;
    $("weight").parentElement.classList.toggle("bad", fb !== null && fb !== undefined && fb.code === "weight-mismatch");
    $("tracking").textContent = s.trackingNumbers.length ? s.trackingNumbers.join(", ") : "—";
    $("label-status").textContent = s.labelWaiting ? ui("labelWaiting") : "";
    for (const [role, text] of [["scanner", s.scannerHealth], ["scale", s.scaleHealth], ["printer", s.printerHealth]]) {
      const el = $(`dev-${role}`);
      el.className = `device ${healthClass(text)}`;
      el.title = text;
    }
    if (fb && isReaction(last, s)) {
      sound(kind);
      if (kind === "error") { document.body.classList.remove("flash"); void document.body.offsetWidth; document.body.classList.add("flash"); }
    }
    last = s;
  }

  function connect() {
    const url = `/api/stations/${encodeURIComponent(id)}/live${query}`;
    const source = new EventSource(url);
    source.addEventListener("snapshot", (e) => {
      $("connection").className = "device";
      $("connection").textContent = ui("live");
      render(JSON.parse(e.data));
    });
    source.onerror = () => {
      $("connection").className = "device bad";
      $("connection").textContent = ui("offline");
      if (source.readyState === EventSource.CLOSED) refusedOrRetry();
    };
  }

  // EventSource hides the status code: ask once more to tell a refused token from a service that is away.
  async function refusedOrRetry() {
    let status = 0;
    try { status = (await fetch(`/api/stations/${encodeURIComponent(id)}${query}`, { cache: "no-store" })).status; } catch { status = 0; }
    if (status === 401 || status === 403) {
      document.body.dataset.state = "refused";
      $("feedback-headline").textContent = ui("refused");
      setTimeout(connect, 30000);
    } else {
      setTimeout(connect, 2000);
    }
  }

  document.addEventListener("pointerdown", ensureAudio);
  document.addEventListener("keydown", ensureAudio);
  ensureAudio();
  applyLanguage("zh-CN");
  $("feedback-headline").textContent = ui("connecting");
  connect();
})();
