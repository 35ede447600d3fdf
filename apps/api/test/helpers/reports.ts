/**
 * What the annual-report tests share: the people who handle reports in the demo seed, the report
 * and its files as the tests read them, a harness whose clock the test moves with a verb of the
 * reports run as one person, and the text of a PDF (pdftotext).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "@mutu/db/testing";
import { useSaisineClock } from "./saisines.ts";

export const DIRECTOR = "dip@bordeaux-metropole.mutu-demo.fr";
export const CAN = "can@bordeaux-metropole.mutu-demo.fr";
export const BEGLES_DGS = "dgs@begles.mutu-demo.fr";
export const BOUSCAT_DGS = "dgs@le-bouscat.mutu-demo.fr";

export type Report = {
  id: string;
  status: string;
  version: number;
  gaps: { code: string }[];
  allowed: string[];
  pdfSha256: string | null;
  steps: { key: string; on: string; by: string }[];
  content: {
    commune: { name: string };
    sections: {
      key: string;
      months?: { current: number; previous: number }[];
      rows?: { code: string; verdict: string; current: { count: number } }[];
    }[];
  };
};
export type ReportFile = { filename: string; mimeType: string; base64: string };

/** The text of a PDF, as pdftotext extracts it (`options`: pdftotext's, e.g. `-layout`). */
export const pdfText = (base64: string, options: string[] = []) => {
  const dir = mkdtempSync(join(tmpdir(), "mutu-report-"));
  writeFileSync(join(dir, "r.pdf"), Buffer.from(base64, "base64"));
  return execFileSync("pdftotext", [...options, join(dir, "r.pdf"), "-"], { encoding: "utf8" });
};

/** The saisines' moving clock (`at`, `as`, `create`), with `change` and `read`: a verb of the reports as one person. */
export function useReports(driver: Driver, start: string) {
  const t = useSaisineClock(driver, start);
  return Object.assign(t, {
    change: async (verb: string, input: unknown, email: string) =>
      t.h.mutate(`reports.${verb}`, input, { cookie: await t.as(email) }),
    read: async (verb: string, input: unknown, email: string) =>
      t.h.query(`reports.${verb}`, input, { cookie: await t.as(email) }),
  });
}
