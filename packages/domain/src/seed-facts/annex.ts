/**
 * Converts one commune of the seed facts (`packages/db/src/seed/data/communes.json`, a copy of
 * shared/reference/communes.json: facts extracted from seeds 000, 001 and 004) into an Annex. This
 * is a seed-import adapter, not a rule: the demo seed imports every commune with it, and the result
 * is checked against annexSchema so a flaw in the facts surfaces as a parse error, not bad data.
 */
import { type Annex, annexSchema } from "../contracts/annex.ts";
import {
  BORDEAUX_DURATION_CLAUSE,
  BORDEAUX_IT_DOMAIN,
  BORDEAUX_MODEL_ENGAGEMENTS,
  BORDEAUX_PRESIDENT_2016_2018,
} from "../contracts/bordeaux-model.ts";
import { FRENCH_ERRORS } from "../contracts/calendar.ts";
import { problemsOf, SeedFactsImportError } from "./errors.ts";
import {
  type AnnexFromSeedFactsOptions,
  type AnnexVariant,
  seedFactsCommuneSchema,
} from "./schema.ts";
import { indicators, saisineMatrix, sourceIssuesOf, subDomains } from "./sections.ts";
import { blankToNull, handler, personName, priority, responsibility, week } from "./text-rules.ts";

/**
 * One commune of communes.json → its annex. `variant` 'original' rebuilds Bègles' 2016 annex
 * (seed 000): per communes.json its sections I–IV are the 2018 text word for word (bar the
 * "Livrable" misprint), it has no RGPD section, and it was signed by Noël Mamère.
 * Throws SeedFactsImportError (French) when the commune cannot become a valid annex.
 */
export function annexFromSeedFacts(
  commune: unknown,
  variant: AnnexVariant = "current",
  options: AnnexFromSeedFactsOptions = {},
): Annex {
  const parsed = seedFactsCommuneSchema.safeParse(commune, { error: FRENCH_ERRORS });
  if (!parsed.success) {
    throw new SeedFactsImportError("Commune de référence illisible.", problemsOf(parsed.error));
  }
  const ref = parsed.data;
  if (variant === "original" && !ref.originalContract) {
    throw new SeedFactsImportError(
      `Aucune annexe d'origine n'est connue pour ${ref.name} (seule Bègles en a une, seed 000).`,
    );
  }

  // The 2018 amendment that "remplace l'annexe": the last one carrying an effective date.
  const amendment = [...ref.amendments].reverse().find((a) => a.effectiveOn) ?? null;
  const unassigned: Annex["unassigned"] = { activities: [], exclusions: [] };
  const isOriginal = variant === "original";
  const communeSignatory = isOriginal
    ? { name: personName(ref.originalContract?.mayorAtSignature), role: "Maire" }
    : ref.signatory
      ? { name: personName(ref.signatory.name), role: ref.signatory.role }
      : { name: personName(ref.mayorName), role: "Maire" };
  const metropoleSignatory = isOriginal
    ? { name: personName(ref.originalContract?.metropolePresident), role: "Président" }
    : { ...BORDEAUX_PRESIDENT_2016_2018 };

  const supportNotes = [ref.supportHours?.parseNote, ref.supportHours?.onCallCouncil].filter(
    (note): note is string => Boolean(note),
  );
  const rgpd = ref.rgpd;
  const engagementCodes = [...new Set(ref.indicators.map((i) => i.engagement))];

  const annex: Annex = {
    schemaVersion: 1,
    model: "bordeaux-contrat-engagement",
    commune: { name: ref.name, slug: ref.slug, includesCCAS: ref.includesCCAS ?? null },
    domain: BORDEAUX_IT_DOMAIN,
    origin: isOriginal
      ? { kind: "contract" }
      : {
          kind: "amendment",
          number: amendment?.number ?? null,
          subject: blankToNull(amendment?.subject),
        },
    parties: {
      metropole: { name: "Bordeaux Métropole", signatory: metropoleSignatory },
      commune: { name: ref.name, signatory: communeSignatory },
    },
    contractSignedOn: blankToNull(ref.contractSignedOn),
    // Seed 000 leaves the signature date blank; 004 says the contract was signed on that date.
    signedOn: isOriginal ? blankToNull(ref.contractSignedOn) : blankToNull(amendment?.signedOn),
    effectiveFrom: isOriginal
      ? blankToNull(ref.contractSignedOn)
      : blankToNull(amendment?.effectiveOn),
    duration: { rule: "municipal-mandate", asWritten: BORDEAUX_DURATION_CLAUSE },
    perimeterHeading: blankToNull(ref.perimeterHeading),
    subDomains: subDomains(ref, unassigned),
    unassigned,
    priorities: ref.priorities.map(priority),
    prioritiesNote: blankToNull(ref.prioritiesNote),
    responsibles: {
      commune: blankToNull(ref.responsibleForCommune),
      sharedService: blankToNull(ref.responsibleForServiceCommun),
    },
    engagements: engagementCodes.map((code) => ({
      code,
      label: BORDEAUX_MODEL_ENGAGEMENTS[code] ?? null,
    })),
    indicators: indicators(ref, variant),
    supportHours: {
      asWritten: blankToNull(ref.supportHours?.asWritten),
      parsed: week(ref.supportHours?.parsed),
      onCall: week(ref.supportHours?.onCall),
      notes: supportNotes,
    },
    governance: ref.governance.map((g) => ({
      body: g.body,
      frequency: blankToNull(g.frequency),
      note: blankToNull(g.note),
    })),
    saisineMatrix: saisineMatrix(ref),
    applications:
      ref.applications?.map((app) => ({
        name: app.name,
        vendor: blankToNull(app.vendor),
        description: blankToNull(app.description),
        responsibility: responsibility(app.responsibility),
        note: blankToNull(app.note),
      })) ?? null,
    rgpd:
      isOriginal || !rgpd
        ? {
            dpoShared: null,
            breachesHandledBy: null,
            dataSubjectRequestsHandledBy: null,
            subProcessorSelection: null,
            legacyProcessingInventoryDue: null,
          }
        : {
            dpoShared: rgpd.dpoShared ?? null,
            breachesHandledBy: handler(rgpd.breachesManagedBy),
            dataSubjectRequestsHandledBy: handler(rgpd.requestsOfDataSubjectsManagedBy),
            subProcessorSelection: blankToNull(rgpd.subProcessorSelection),
            legacyProcessingInventoryDue: blankToNull(rgpd.legacyProcessingInventoryDue),
          },
    projectDaysPerYear: ref.projectDaysPerYear ?? null,
    projectDaysNote: blankToNull(ref.projectDaysNote),
    source: isOriginal
      ? {
          file: ref.originalContract?.file ?? null,
          lines: linesOf(ref.originalContract?.lines),
        }
      : { file: "004_669f7027a4311b17.txt", lines: linesOf(ref.sourceLines) },
    sourceIssues: sourceIssuesOf(ref, variant, options),
  };

  const checked = annexSchema.safeParse(annex, { error: FRENCH_ERRORS });
  if (!checked.success) {
    throw new SeedFactsImportError(
      `L'annexe de ${ref.name} ne respecte pas le format attendu.`,
      problemsOf(checked.error),
    );
  }
  return checked.data;
}

function linesOf(lines: number[] | undefined): [number, number] | null {
  const [from, to] = lines ?? [];
  return from !== undefined && to !== undefined ? [from, to] : null;
}
