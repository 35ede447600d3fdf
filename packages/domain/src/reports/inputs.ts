/** What people type into an annual report, with French refusals. */
import { z } from "zod";
import { requiredIsoDate } from "../time/schemas.ts";

const year = z
  .number({ error: "Année attendue." })
  .int({ error: "L'année doit être un nombre entier." })
  .min(2000, { error: "Année improbable (avant 2000)." })
  .max(2100, { error: "Année improbable (après 2100)." });

export const reportYearSchema = year;

const longText = (what: string) =>
  z
    .string({ error: `${what} : texte attendu.` })
    .trim()
    .max(10_000, { error: `${what} : 10 000 caractères au plus.` });

export const actionPlanItemSchema = z.strictObject({
  action: z
    .string({ error: "Décrivez l'action." })
    .trim()
    .min(1, { error: "Décrivez l'action." })
    .max(500, { error: "L'action : 500 caractères au plus." }),
  owner: z
    .string({ error: "Nommez le responsable de l'action." })
    .trim()
    .min(1, { error: "Nommez le responsable de l'action." })
    .max(200, { error: "Le responsable : 200 caractères au plus." }),
  due: requiredIsoDate("Donnez l'échéance de l'action."),
});

/** The Métropole's part of a draft: its appreciation, the plan for N+1, each gap explained. */
export const reportEditInput = z.strictObject({
  operatorComment: longText("L'appréciation du service commun"),
  actionPlan: z.array(actionPlanItemSchema).max(50, { error: "50 actions au plus." }),
  gapExplanations: z.record(
    z.string().regex(/^\d+(\.\d+)+$/, { error: "Code d'indicateur invalide." }),
    longText("L'explication"),
    { error: "Code d'indicateur invalide." },
  ),
});
export type ReportEditInput = z.infer<typeof reportEditInput>;

/** The commune's review: its appreciation (it may be short, it may not be empty). */
export const reportReviewInput = z.strictObject({
  communeComment: longText("L'appréciation de la commune").pipe(
    z.string().min(1, { error: "Donnez l'appréciation de la commune sur l'année." }),
  ),
});

export const reportPresentationInput = z.strictObject({
  councilDate: requiredIsoDate("Donnez la date de la séance du conseil municipal."),
});

/** Each action of the plan falls due in the year after the report's. */
export function actionPlanRefusal(
  reportYear: number,
  items: readonly { due: string }[],
): { index: number; message: string } | null {
  const next = reportYear + 1;
  const index = items.findIndex((item) => !item.due.startsWith(`${next}-`));
  return index < 0
    ? null
    : { index, message: `L'échéance d'une action du plan ${next} tombe en ${next}.` };
}
