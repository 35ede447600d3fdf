/**
 * A real mutu for browsers: the built SPAs served by the real server on a loopback port, an
 * embedded database seeded with the demo data, and Debian's Chromium driven by playwright-core.
 * Used by the browser tests (harness.ts) and the screenshots script; imports nothing of vitest.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnv, startServer } from "@mutu/api-server";
import { migrationsFolder } from "@mutu/db";
import { type Browser, chromium, type Page } from "playwright-core";

const appDist = (app: string) => fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));

/** A loopback port free now, for a server whose address another peer must know beforehand. */
export async function freePort() {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** mutu on a loopback port; `env` adds settings (a mail server, a single sign-on…). */
export async function startMutu(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "mutu-e2e-"));
  const server = await startServer(
    loadEnv({ PORT: "0", MUTU_DATA_DIR: dataDir, ...env }),
    { migrationsFolder, communeDist: appDist("commune"), adminDist: appDist("admin") },
    () => {},
  );
  const browser: Browser = await chromium.launch({
    executablePath: process.env.MUTU_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  return {
    baseUrl,
    browser,
    server,
    async newPage() {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: "fr-FR",
        timezoneId: "Europe/Paris",
      });
      // Errors of every page of the context: a test may open more pages beside the first.
      const errors: string[] = [];
      const watched = new WeakSet<Page>();
      const watch = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("console", (m) => {
          if (
            m.type() === "error" &&
            !/Failed to load resource: the server responded with a status of 40[13]/.test(m.text())
          )
            errors.push(m.text());
        });
      };
      context.on("page", watch);
      const page = await context.newPage();
      watch(page);
      return { page, errors };
    },
    async stop() {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Mutu = Awaited<ReturnType<typeof startMutu>>;
