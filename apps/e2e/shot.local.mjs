// Ad-hoc captures for review (not committed): node shot.local.mjs <email> <out-prefix> <path> [<path>...]
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
const [email, prefix, ...paths] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), "mutu-shot-"));
const port = 3900 + Math.floor(Math.random() * 90);
const server = spawn("node", ["../api/dist/main.js"], {
  env: { ...process.env, PORT: String(port), MUTU_DATA_DIR: dataDir },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve) =>
  server.stdout.on("data", (d) => {
    if (String(d).includes("écoute")) resolve();
  }),
);
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
for (const width of [1366, 390]) {
  const context = await browser.newContext({
    baseURL: base,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  const admin = paths[0].startsWith("/admin");
  await page.goto(admin ? "/admin/connexion" : "/connexion");
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByLabel(/Mot de passe/).fill("demo-mutu-2026");
  await page.getByRole("button", { name: /Se connecter/ }).click();
  await page.waitForTimeout(1500);
  let i = 0;
  for (const path of paths) {
    await page.goto(path);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `/work/shots/${prefix}-${i++}-${width}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
server.kill();
