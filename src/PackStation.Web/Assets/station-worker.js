// A SharedWorker: one event stream for every station screen open in this browser. Each screen (tab) tells it which
// station it shows (and its token); the worker follows all of them over a single /api/stations/live connection and
// hands each screen its station's snapshots. Without it, every screen holds one of the browser's six HTTP/1.1
// connections to the service, and the seventh tab (or the dashboard) waits forever.
"use strict";
const screens = new Map(); // port → { id, token }
const latest = new Map();  // station id → { type, data } last message, for a screen that joins later
let source = null, watching = "", timer = null, retry = null;

function send(port, message) { try { port.postMessage(message); } catch { screens.delete(port); } }
function toStation(id, message) { for (const [port, s] of screens) if (s.id === id) send(port, message); }
function toAll(message) { for (const port of screens.keys()) send(port, message); }

function schedule() { clearTimeout(timer); timer = setTimeout(follow, 25); }
function follow() {
  const wanted = [...new Set([...screens.values()].map((s) => (s.token ? `${s.id}:${s.token}` : s.id)))].sort();
  const key = wanted.join("&");
  if (key === watching && source) return;
  watching = key;
  if (source) source.close();
  source = null;
  clearTimeout(retry);
  if (wanted.length === 0) return;
  const next = new EventSource("/api/stations/live?" + wanted.map((w) => "s=" + encodeURIComponent(w)).join("&"));
  source = next;
  const relay = (type) => (e) => {
    const id = JSON.parse(e.data).stationId;
    const message = { type, data: e.data };
    latest.set(id, message);
    toStation(id, message);
  };
  next.addEventListener("snapshot", relay("snapshot"));
  next.addEventListener("refused", relay("refused"));
  next.addEventListener("missing", relay("missing"));
  next.onopen = () => toAll({ type: "open" });
  next.onerror = () => {
    toAll({ type: "error" });
    if (next.readyState === EventSource.CLOSED && source === next) {
      source = null; watching = "";
      retry = setTimeout(follow, 2000);
    }
  };
}

self.onconnect = (e) => {
  const port = e.ports[0];
  port.onmessage = (m) => {
    if (m.data.type === "follow") {
      screens.set(port, { id: m.data.id, token: m.data.token || null });
      const last = latest.get(m.data.id);
      if (last && source) send(port, last);
      schedule();
    } else if (m.data.type === "leave") {
      screens.delete(port);
      schedule();
    }
  };
  port.start();
};
