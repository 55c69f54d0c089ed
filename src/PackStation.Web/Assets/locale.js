// The page's language and the site's time zone, as the server wrote them on <html lang data-tz>, and the one way
// every page formats texts, numbers and times (window.PackStationTexts comes from i18n.js).
"use strict";
window.PackStationLocale = (() => {
  const root = document.documentElement;
  const lang = root.lang || "zh-CN", timeZone = root.dataset.tz || undefined;
  const texts = () => (window.PackStationTexts || {})[lang] || {};
  const english = () => (window.PackStationTexts || {}).en || {};
  function fill(text, args) { return text.replace(/\{(\w+)\}/g, (m, k) => (args && args[k] !== undefined ? String(args[k]) : m)); }
  // t("d.updated", {time}) → the text in the page's language (English, then the key itself, when it has none).
  function t(key, args) { const text = texts()[key] ?? english()[key] ?? key; return fill(text, args); }
  // Only in the page's language; undefined when it has none (for optional lines).
  function tOnly(key, args) { const text = texts()[key]; return text === undefined ? undefined : fill(text, args); }
  // A code from the API ("paper-out") in words, or the code itself.
  function code(prefix, value) { return value == null ? "—" : (texts()[`${prefix}.${value}`] ?? english()[`${prefix}.${value}`] ?? String(value)); }
  const numbers = new Map();
  function num(x, digits = 0) {
    if (x == null || Number.isNaN(x)) return "—";
    if (!numbers.has(digits)) numbers.set(digits, new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
    return numbers.get(digits).format(x);
  }
  const pct = (x) => (x == null ? "—" : `${num(x * 100, 1)}%`);
  const clock = new Intl.DateTimeFormat(lang, { timeZone, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  const stamp = new Intl.DateTimeFormat(lang, { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const hourOf = new Intl.DateTimeFormat("en", { timeZone, hour: "numeric", hourCycle: "h23" });
  const time = (iso) => (iso ? clock.format(new Date(iso)) : "—");
  const dateTime = (iso) => (iso ? stamp.format(new Date(iso)) : "—");
  // The hour (0-23) at the site, not in the browser's zone: the hourly chart's bars are site hours.
  const siteHour = (date) => Number(hourOf.format(date || new Date())) % 24;
  return { lang, timeZone, t, tOnly, code, num, pct, time, dateTime, siteHour };
})();
