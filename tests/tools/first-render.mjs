// First render of the dashboard and a station screen in headless Chromium, as a page's navigation timing sees it.
// Usage: node first-render.mjs BASE_URL [RUNS]   (PLAYWRIGHT_CORE: the playwright-core folder, default: the one
// bundled in the Microsoft.Playwright NuGet package; CHROMIUM: default /usr/bin/chromium)
// Each run opens a new browser context (empty cache, new connections), loads the page and records first contentful
// paint, DOMContentLoaded, and when live data shows; then loads it again in the same context (a repeat visit).
import { createRequire } from "node:module";
import { readdirSync } from "node:fs";
import { homedir, loadavg } from "node:os";
import { join } from "node:path";

const base = process.argv[2] ?? "http://127.0.0.1:5091";
const runs = Number(process.argv[3] ?? 9);
const nuget = join(homedir(), ".nuget/packages/microsoft.playwright");
const core = process.env.PLAYWRIGHT_CORE
  ?? join(nuget, readdirSync(nuget).sort().at(-1), ".playwright/package");
const { chromium } = createRequire(import.meta.url)(core);

const pages = [
  { name: "dashboard /", path: "/", ready: () => document.querySelectorAll("#stations tbody tr").length > 0 },
  { name: "station /stations/S05", path: "/stations/S05", ready: () => document.body.dataset.state !== "connecting" },
];

async function measure(page, target) {
  await page.goto(base + target.path, { waitUntil: "commit" });
  // Functions, not strings: the pages' Content-Security-Policy forbids eval.
  await page.waitForFunction(target.ready, null, { timeout: 15000, polling: "raf" });
  const data = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 15000 });
  return page.evaluate((dataShown) => {
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime,
      ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd, data: dataShown,
      requests: performance.getEntriesByType("resource").length,
      revalidated: performance.getEntriesByType("resource").filter((r) => r.transferSize > 0 && r.encodedBodySize === 0).length,
      fromCache: performance.getEntriesByType("resource").filter((r) => r.transferSize === 0 && r.encodedBodySize > 0).length,
    };
  }, data);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], worst: s.at(-1), best: s[0] };
};
const fmt = (x) => x.toFixed(0).padStart(5);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
console.log(`${base}, ${runs} runs per page, load average at start ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (const target of pages) {
  const cold = [], repeat = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    cold.push(await measure(page, target));
    const again = await context.newPage();
    repeat.push(await measure(again, target));
    await context.close();
  }
  for (const [label, list] of [["new context", cold], ["repeat visit", repeat]]) {
    const f = stats(list.map((r) => r.fcp)), d = stats(list.map((r) => r.data)), t = stats(list.map((r) => r.ttfb)), c = stats(list.map((r) => r.dcl));
    console.log(`${target.name.padEnd(24)} ${label.padEnd(13)} FCP median ${fmt(f.median)} worst ${fmt(f.worst)} | data median ${fmt(d.median)} worst ${fmt(d.worst)}`
      + ` | TTFB median ${fmt(t.median)} | DCL median ${fmt(c.median)} | requests ${list[0].requests}, revalidated ${list[0].revalidated}, from cache ${list[0].fromCache}`);
    console.log(`  FCP all runs: ${list.map((r) => r.fcp.toFixed(0)).join(" ")}`);
  }
}
console.log(`load average at end ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
await browser.close();
