/**
 * Generating a report's content from the data: one builder per section of REPORT_SECTIONS that
 * the data feeds (the comments and the action plan are typed by people, not generated). A feature
 * that lands adds its builder here; a section whose source a commune lacks is left out (a
 * convention member has no contract indicators, a commune under contract no contribution).
 */
import {
  delayRows,
  parisDate,
  parisDayStart,
  type ReportContent,
  type ReportCountRow,
  type ReportDataSection,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SaisineRoutingError,
  SUB_DOMAIN_LETTERS,
  SUB_DOMAIN_LABELS,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { versionLabel } from "../contracts/latest-signed.ts";
import { readContract } from "../contracts/contract-view.ts";
import { agreementInForce, annexesOf } from "../saisines/annex.ts";
import { delaySamples, type FiledCount, filedCounts } from "./measures.ts";
import { exceptionalSection } from "./exceptional.ts";
import { indicatorsSection } from "./indicators.ts";
import type { contributionSection } from "./contribution.ts";
import { meetingsSection, projectsSection } from "./work.ts";

const { organisations } = schema;

function countRows<K extends string>(
  counts: readonly FiledCount[],
  year: number,
  keys: readonly K[],
  labels: Record<K, string>,
  pick: (c: FiledCount) => string,
): ReportCountRow[] {
  return keys.map((key) => ({
    label: labels[key],
    current: counts
      .filter((c) => c.year === year && pick(c) === key)
      .reduce((n, c) => n + c.count, 0),
    previous: counts
      .filter((c) => c.year === year - 1 && pick(c) === key)
      .reduce((n, c) => n + c.count, 0),
  }));
}

async function agreementOf(tx: Tx, caller: Caller, orgId: string, year: number) {
  const lastDay = `${year}-12-31`;
  try {
    const agreement = await agreementInForce(tx, caller, orgId, parisDayStart(lastDay));
    if (agreement.kind === "convention")
      return { label: "Convention de service commun", indicators: null };
    const read = await readContract(tx, caller, { orgId, kind: "engagement" }, lastDay);
    const version = read?.versions.find((v) => v.id === agreement.versionId);
    const annex = (await annexesOf(tx, [agreement.versionId])).get(agreement.versionId);
    return {
      label: `Contrat d'engagement${version ? ` — ${versionLabel(version)}` : ""}`,
      indicators: annex?.indicators ?? [],
    };
  } catch (error) {
    if (error instanceof SaisineRoutingError) return { label: null, indicators: null };
    throw error;
  }
}

export async function buildContent(
  tx: Tx,
  caller: Caller,
  input: { orgId: string; year: number; now: Date },
  contribution: Awaited<ReturnType<typeof contributionSection>>,
): Promise<ReportContent> {
  const { orgId, year } = input;
  const [commune] = await tx
    .select({ name: organisations.name, population: organisations.population })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  const [operator] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, caller.operatorId));
  const agreement = await agreementOf(tx, caller, orgId, year);
  const samples = await delaySamples(tx, orgId, year);
  const counts = await filedCounts(tx, orgId, year);
  const sections: ReportDataSection[] = [];
  if (agreement.indicators)
    sections.push(await indicatorsSection(tx, caller, orgId, year, input.now));
  const saisinesSection = {
    key: "saisines" as const,
    months: Array.from({ length: 12 }, (_, i) => ({
      current: counts
        .filter((c) => c.year === year && c.month === i + 1)
        .reduce((n, c) => n + c.count, 0),
      previous: counts
        .filter((c) => c.year === year - 1 && c.month === i + 1)
        .reduce((n, c) => n + c.count, 0),
    })),
    byType: countRows(counts, year, SAISINE_TYPES, SAISINE_TYPE_LABELS, (c) => c.type),
    byNature: countRows(counts, year, SAISINE_NATURES, SAISINE_NATURE_LABELS, (c) => c.nature),
    bySubDomain: countRows(counts, year, SUB_DOMAIN_LETTERS, SUB_DOMAIN_LABELS, (c) => c.subDomain),
    delays: delayRows(samples, year),
  };
  sections.push(saisinesSection);
  sections.push(await exceptionalSection(tx, orgId, year));
  const today = parisDate(input.now);
  const projects = await projectsSection(tx, orgId, year, today);
  if (projects) sections.push(projects);
  const governance = await meetingsSection(tx, caller, orgId, year, today);
  if (governance) sections.push(governance);
  // A member's contribution is read against what it asked of the service that year.
  if (contribution) sections.push({ ...contribution, activity: saisinesSection.byType });
  return {
    year,
    commune: { name: commune?.name ?? "", population: commune?.population ?? null },
    operator: { name: operator?.name ?? "" },
    agreement: agreement.label,
    generatedAt: input.now.toISOString(),
    sections,
  };
}

export const generatedOn = (content: ReportContent) => parisDate(new Date(content.generatedAt));
