// Follows one station's snapshots: through the browser's shared station worker where there is one (one connection
// for all station screens of this browser), else with an EventSource of its own (phones and tablets whose browser
// has no SharedWorker open one screen at a time). Calls on.snapshot(s), on.open(), on.error(), on.refused(),
// on.missing().
"use strict";
window.PackStationLive = (() => {
  function shared(id, token, on) {
    const worker = new SharedWorker("/assets/station-worker.js?v=1", { name: "packstation-stations" });
    worker.port.onmessage = (m) => {
      const message = m.data;
      if (message.type === "snapshot") on.snapshot(JSON.parse(message.data));
      else if (message.type in on) on[message.type]();
    };
    worker.port.start();
    worker.port.postMessage({ type: "follow", id, token });
    window.addEventListener("pagehide", () => worker.port.postMessage({ type: "leave" }));
  }

  function own(id, token, on) {
    const query = token ? `?token=${encodeURIComponent(token)}` : "";
    const source = new EventSource(`/api/stations/${encodeURIComponent(id)}/live${query}`);
    source.addEventListener("snapshot", (e) => on.snapshot(JSON.parse(e.data)));
    source.onopen = () => on.open();
    source.onerror = async () => {
      on.error();
      if (source.readyState !== EventSource.CLOSED) return;
      // EventSource hides the status code: ask once more to tell a refused token or an unknown station from a service that is away.
      let status = 0;
      try { status = (await fetch(`/api/stations/${encodeURIComponent(id)}${query}`, { cache: "no-store" })).status; } catch { status = 0; }
      if (status === 401 || status === 403) { on.refused(); setTimeout(() => own(id, token, on), 30000); }
      else if (status === 404) { on.missing(); setTimeout(() => own(id, token, on), 30000); }
      else setTimeout(() => own(id, token, on), 2000);
    };
  }

  return { follow: (id, token, on) => (typeof SharedWorker === "function" ? shared(id, token, on) : own(id, token, on)) };
})();
