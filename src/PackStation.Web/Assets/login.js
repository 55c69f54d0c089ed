"use strict";
(() => {
  const S = window.PackStationSession;
  const login = document.getElementById("login"), change = document.getElementById("change"), message = document.getElementById("message");
  let current = "";
  login.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(login);
    current = String(data.get("password"));
    const r = await S.post("/api/session", { userName: data.get("userName"), password: current });
    if (!r.ok) { message.textContent = r.status === 429 ? (await r.json()).detail : "Unknown user name or wrong password."; return; }
    const info = await r.json();
    await S.token(true);
    if (info.mustChangePassword) { login.classList.add("hidden"); change.classList.remove("hidden"); message.textContent = ""; }
    else location.href = "/";
  });
  change.addEventListener("submit", async (e) => {
    e.preventDefault();
    const r = await S.post("/api/session/password", { currentPassword: current, newPassword: String(new FormData(change).get("newPassword")) });
    if (r.ok) location.href = "/";
    else message.textContent = (await r.json()).detail ?? `refused (${r.status})`;
  });
})();
