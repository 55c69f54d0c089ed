// Renders one ZPL file to PNG with zpl-renderer-js (an independent renderer, Zebrash compiled to WASM).
// usage: node render-zpl.mjs IN.zpl OUT.png [widthMm=101.6] [heightMm=152.4] [dpmm=8]
// Exit 0 rendered, 2 the renderer refused the ZPL (message only on stderr: its stack traces are megabytes).
import { ready } from "zpl-renderer-js";
import fs from "node:fs";

const [inFile, outFile, width = "101.6", height = "152.4", dpmm = "8"] = process.argv.slice(2);
if (!inFile || !outFile) {
  console.error("usage: node render-zpl.mjs IN.zpl OUT.png [widthMm] [heightMm] [dpmm]");
  process.exit(64);
}
try {
  const { api } = await ready;
  const b64 = await api.zplToBase64Async(fs.readFileSync(inFile, "utf8"), +width, +height, +dpmm);
  fs.writeFileSync(outFile, Buffer.from(b64, "base64"));
} catch (e) {
  console.error(`zpl render failed: ${String(e?.message ?? e).slice(0, 500)}`);
  process.exit(2);
}
