/**
 * Every procedure of the router, enumerated from the router itself, is called with malformed inputs
 * (`helpers/bad-inputs.ts`) built from its tenancy probe's valid input, by a caller allowed to call
 * it: a commune agent holding every commune permission, else a Métropole administrator holding
 * every permission. Each call must be refused as bad input, in French, naming the field broken,
 * and change nothing in the database. A new procedure is walked as soon as it has its probe (the
 * tenancy walk requires one).
 */
import { OPERATOR_ONLY_PERMISSIONS, PERMISSIONS } from "@mutu/domain";
import { DEMO_PASSWORD } from "@mutu/db/seed";
import { drivers } from "@mutu/db/testing";
import { appRouter } from "@mutu/api";
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bodyLimitOf, SMALL_BODY_MAX_BYTES } from "../src/http/body-limit.ts";
import { createHarness, type Harness, type TrpcResult } from "./harness.ts";
import { databaseSnapshot, messageProblem } from "./helpers/bad-input-checks.ts";
import { type BadInput, badInputs } from "./helpers/bad-inputs.ts";
import { probes, type Victim } from "./helpers/tenancy-probes.ts";
import { armPerson, prepareVictims } from "./helpers/tenancy-tenants.ts";

const COMMUNE = "begles";
const OPERATOR = "bordeaux-metropole";
const email = (slug: string) => `malformee@${slug}.test`;

/** Valid inputs where the tenancy probe's own is meant to be refused (or absent). */
const validInputs: Record<string, (v: Victim) => unknown> = {
  "auth.signIn": () => ({ email: email(COMMUNE), password: DEMO_PASSWORD }),
  "auth.changePassword": () => ({
    currentPassword: DEMO_PASSWORD,
    newPassword: "girafe parapluie tonnerre violon",
  }),
  // The probes aim at the signed version first; a draft is what these change.
  "contracts.updateDraft": (v) => ({ versionId: v.versionIds[1], subject: "Avenant réécrit" }),
  "contracts.signAmendment": (v) => ({
    versionId: v.versionIds[1],
    signedOn: "2024-01-01",
    effectiveFrom: "2024-01-01",
  }),
  "contracts.discardDraft": (v) => ({ versionId: v.versionIds[1] }),
};

/**
 * Where a field's refusal is told when not under its own name: upload problems on the form's one
 * file field, whichever part of the file is wrong; an imported annex's by the file's own paths
 * (« _ », the whole file).
 */
const FIELD_ALIASES: Record<string, string> = {
  fileName: "file",
  mediaType: "file",
  contentBase64: "file",
  "contracts.importAnnex content": "_",
};

/**
 * Calls not made, each with its reason: the value is a well-formed one for that field. Keyed
 * `procedure field what`.
 */
const allowed: Record<string, string> = {
  "audit.list cursor 2^31":
    "the journal's position (a bigserial): past its end, an empty page — not a number too large",
  "projects.logEffort days un nombre décimal":
    "effort counts by half days: 1,5 is a day and a half",
  "projects.study estimatedDays un nombre décimal":
    "effort counts by half days: 1,5 is a day and a half",
  "projects.createMission letter.plannedDays un nombre décimal":
    "a mission's days count by half days: 1,5 is a day and a half",
  "reports.edit operatorComment un texte vide":
    "a draft's appreciation may be empty while the report is written; validating asks for it",
};

/** The refusals of bad input: the request's body over its limit is the HTTP layer's. */
const CLIENT_CODES = ["BAD_REQUEST", "PAYLOAD_TOO_LARGE"];

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: "query" | "mutation"; inputs?: z.ZodType[] } }
>;

/** A procedure whose calls carry a file: its body may exceed 64 KB. */
const carriesFile = (path: string) => bodyLimitOf([path], true) > SMALL_BODY_MAX_BYTES;

describe.each(drivers)("bad input to every procedure on %s", (driver) => {
  let h: Harness;
  const cookies = new Map<string, string>();
  let victims = new Map<string, Victim>();

  beforeAll(async () => {
    h = await createHarness(driver);
    const communePermissions = PERMISSIONS.filter(
      (p) => !(OPERATOR_ONLY_PERMISSIONS as readonly string[]).includes(p),
    );
    await armPerson(h, COMMUNE, email(COMMUNE), communePermissions);
    await armPerson(h, OPERATOR, email(OPERATOR), PERMISSIONS);
    for (const slug of [COMMUNE, OPERATOR]) cookies.set(slug, await h.signIn(email(slug)));
    victims = await prepareVictims(h);
  });
  afterAll(() => h.close());

  const call = (path: string, input: unknown, slug: string): Promise<TrpcResult> =>
    procedures[path]?._def.type === "query"
      ? h.query(path, input, { cookie: cookies.get(slug) })
      : h.mutate(path, input, { cookie: cookies.get(slug) });

  test("every procedure is walked, refused in French, and nothing changes", async () => {
    const problems: string[] = [];
    const unused = new Set(Object.keys(allowed));
    let calls = 0;
    const started = performance.now();
    for (const [path, procedure] of Object.entries(procedures)) {
      const probe = probes[path];
      if (!probe) {
        problems.push(`${path} : aucune sonde (tenancy-probes.ts)`);
        continue;
      }
      const schemas = procedure._def.inputs ?? [];
      const mutation = procedure._def.type === "mutation";
      // The caller: the commune agent, unless only the operator's permissions reach the procedure.
      const detect = await call(path, 42, COMMUNE);
      const slug = detect.error?.data.code === "FORBIDDEN" ? OPERATOR : COMMUNE;
      const victim = victims.get(slug);
      if (!victim) throw new Error("setup");
      const valid = validInputs[path]?.(victim) ?? probe.inputs(victim)[0];
      for (const schema of schemas)
        if (!schema.safeParse(valid).success)
          problems.push(`${path} : l'entrée valide de la sonde ne l'est pas (validInputs)`);
      const before = await databaseSnapshot(h);
      const bad = badInputs(schemas, valid, mutation, !carriesFile(path));
      for (const b of bad) {
        const key = `${path} ${b.field ?? "-"} ${b.what}`;
        if (allowed[key]) {
          unused.delete(key);
          continue;
        }
        const res = await call(path, b.input, slug);
        calls++;
        problems.push(...refusalProblems(path, b, res));
      }
      const after = await databaseSnapshot(h);
      if (JSON.stringify(after) !== JSON.stringify(before))
        problems.push(`${path} : la base a changé (${changed(before, after)})`);
      if (
        path === "auth.signOut" &&
        (await h.query("auth.me", undefined, { cookie: cookies.get(slug) })).status !== 200
      )
        cookies.set(slug, await h.signIn(email(slug)));
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `${driver} : ${Object.keys(procedures).length} procédures, ${calls} appels, ${seconds.toFixed(1)} s`,
    );
    expect(problems).toEqual([]);
    // An exception no call needs any more is removed, not left to hide a future defect.
    expect([...unused]).toEqual([]);
    expect(calls).toBeGreaterThan(1000);
  }, 600_000);
});

/** What is wrong with the answer to a malformed call, if anything. */
function refusalProblems(path: string, bad: BadInput, res: TrpcResult): string[] {
  const key = `${path} ${bad.field ?? "-"} ${bad.what}`;
  if (!res.error) return [`${key} : accepté (${res.status})`];
  const { code } = res.error.data;
  const out: string[] = [];
  if (!CLIENT_CODES.includes(code)) out.push(`${key} : ${code} « ${res.error.message} »`);
  const messages = [res.error.message, ...Object.values(res.error.data.fieldErrors ?? {}).flat()];
  for (const m of new Set(messages)) {
    const problem = messageProblem(m);
    if (problem) out.push(`${key} : ${problem}`);
  }
  const fields = Object.keys(res.error.data.fieldErrors ?? {});
  if (
    code === "BAD_REQUEST" &&
    bad.field &&
    !fields.some((f) =>
      [bad.field, FIELD_ALIASES[bad.field], FIELD_ALIASES[`${path} ${bad.field}`]].some(
        (n) => f === n || f.startsWith(`${n}.`),
      ),
    )
  )
    out.push(`${key} : le champ n'est pas nommé (${fields.join(", ") || "aucun"})`);
  return out;
}

function changed(before: Snapshot, after: Snapshot) {
  const tables = Object.keys(after.counts ?? {}).filter(
    (t) => after.counts?.[t] !== before.counts?.[t],
  );
  const audit = JSON.stringify(after.audit) !== JSON.stringify(before.audit) ? ["audit"] : [];
  return [...tables, ...audit].join(", ");
}
type Snapshot = Awaited<ReturnType<typeof databaseSnapshot>>;
