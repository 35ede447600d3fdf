/**
 * Browser tests against the real thing: the built SPAs served by the real server on a loopback port,
 * an embedded database seeded with the demo data, and Debian's Chromium driven by playwright-core.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnv, startServer } from "@mutu/api-server";
import { migrationsFolder } from "@mutu/db";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const appDist = (app: string) => fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));

export const DEMO_PASSWORD = "demo-mutu-2026";

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
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (
          m.type() === "error" &&
          !/Failed to load resource: the server responded with a status of 40[13]/.test(m.text())
        )
          errors.push(m.text());
      });
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

/** One server and browser for the tests of a file, started before them and stopped after. */
export function useMutu() {
  let mutu: Mutu | undefined;
  beforeAll(async () => {
    mutu = await startMutu();
  });
  afterAll(() => mutu?.stop());
  return {
    newPage: () => {
      if (!mutu) throw new Error("mutu is not started: call newPage() inside a test.");
      return mutu.newPage();
    },
  };
}

export type Violation = { id: string; impact: string | null; help: string; nodes: string[] };

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and returns the violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

export async function signIn(page: Page, path: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(path);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
