// Log in; a one-time password must be replaced before anything else (also when the dashboard sends a signed-in user
// back here with ?change=1, then the current password is asked again).
"use strict";
(() => {
  const S = window.PackStationSession, t = window.PackStationLocale.t;
  const login = document.getElementById("login"), change = document.getElementById("change"), message = document.getElementById("message");
  let current = "";
  function askForNewPassword(knowCurrent) {
    login.classList.add("hidden"); change.classList.remove("hidden"); message.textContent = "";
    document.getElementById("current-row").classList.toggle("hidden", knowCurrent);
    change.elements.currentPassword.required = !knowCurrent;
    change.elements.newPassword.focus();
  }
  login.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(login);
    current = String(data.get("password"));
    const r = await S.post("/api/session", { userName: data.get("userName"), password: current });
    if (!r.ok) {
      message.textContent = r.status === 429 ? t("l.locked", { seconds: r.headers.get("Retry-After") ?? "?" }) : t("l.wrong");
      return;
    }
    const info = await r.json();
    await S.token(true);
    if (info.mustChangePassword) askForNewPassword(true);
    else location.href = "/";
  });
  change.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(change);
    const r = await S.post("/api/session/password", { currentPassword: current || String(data.get("currentPassword")), newPassword: String(data.get("newPassword")) });
    if (r.ok) location.href = "/";
    else message.textContent = r.status === 400 ? t("l.weak") : r.status === 403 ? t("l.wrong") : t("d.refused", { status: r.status });
  });
  if (new URLSearchParams(location.search).has("change")) askForNewPassword(false);
})();
