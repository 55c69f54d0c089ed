// The signed-in user (if any) and state-changing requests with the antiforgery header.
"use strict";
window.PackStationSession = (() => {
  let csrf = null;
  async function info() {
    const r = await fetch("/api/session", { credentials: "same-origin" });
    return r.ok ? r.json() : { userName: null, role: null, anonymousRead: false };
  }
  async function token(refresh) {
    if (!csrf || refresh) {
      const r = await fetch("/api/session/csrf", { credentials: "same-origin" });
      csrf = await r.json();
    }
    return csrf;
  }
  async function post(url, body) {
    const t = await token(false);
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", [t.headerName]: t.token },
      body: JSON.stringify(body ?? {})
    });
  }
  return { info, token, post };
})();
