/** The API's inputs and outputs of annual reports, built from the domain's schemas. */
import {
  actionPlanItemSchema,
  instantOutput,
  REMINDER_STAGES,
  REPORT_STATUSES,
  REPORT_STEPS,
  reportContentSchema,
  reportEditInput,
  reportPresentationInput,
  reportReviewInput,
  reportYearSchema,
  versionSchema,
} from "@mutu/domain";
import { z } from "zod";

const orgId = z.uuid({ error: "Commune inconnue." });
const version = versionSchema("Version du rapport attendue.", "Version du rapport invalide.");

export const reportKeyInput = z.strictObject({ orgId: orgId.optional(), year: reportYearSchema });
export const reportGenerateInput = z.strictObject({
  orgId,
  year: reportYearSchema,
  version: version.optional(),
});
const stepKey = { orgId: orgId.optional(), year: reportYearSchema, version };
export const reportStepInput = z.strictObject(stepKey);
export const reportEditStepInput = reportEditInput.extend(stepKey);
export const reportReviewStepInput = reportReviewInput.extend(stepKey);
export const reportPresentStepInput = reportPresentationInput.extend(stepKey);
export const reportListInput = z.strictObject({ year: reportYearSchema.optional() });
export const reportDownloadInput = reportKeyInput.extend({
  format: z.enum(["pdf", "xlsx", "ods"], { error: "Format inconnu : pdf, xlsx ou ods attendu." }),
});

const reminderOutput = z
  .object({
    stage: z.enum(REMINDER_STAGES),
    deadline: z.string(),
    daysLeft: z.number(),
    text: z.string(),
  })
  .nullable();

export const reportOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  year: z.number(),
  status: z.enum(REPORT_STATUSES),
  version: z.number(),
  content: reportContentSchema,
  operatorComment: z.string(),
  communeComment: z.string(),
  actionPlan: z.array(actionPlanItemSchema),
  gapExplanations: z.record(z.string(), z.string()),
  gaps: z.array(z.object({ code: z.string(), label: z.string() })),
  steps: z.array(z.object({ key: z.string(), label: z.string(), on: z.string(), by: z.string() })),
  presentedOn: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  reminder: reminderOutput,
  allowed: z.array(z.enum(REPORT_STEPS)),
});

export const reportListOutput = z.array(
  z.object({
    orgId: z.string(),
    orgName: z.string(),
    year: z.number(),
    status: z.enum(REPORT_STATUSES).nullable(),
    generatedAt: instantOutput.nullable(),
    sentAt: instantOutput.nullable(),
    presentedOn: z.string().nullable(),
    reminder: reminderOutput,
  }),
);

export const reportRemindersOutput = z.array(
  z.object({ orgId: z.string(), orgName: z.string(), year: z.number(), reminder: reminderOutput }),
);

export const reportFileOutput = z.object({
  filename: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
