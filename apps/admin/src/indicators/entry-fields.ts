/**
 * The fields of each indicator's measure, in the order of the form: the value's path (as the
 * domain's schema names it, so a refusal lands on its field), its label and its kind. Turning the
 * typed text into the value the schema checks (numbers with a French comma).
 */
import {
  type EnteredIndicator,
  MATURITY_DIMENSION_LABELS,
  MATURITY_DIMENSIONS,
} from "@mutu/domain";
import type { FieldPlace } from "@mutu/ui";

export type EntryField = {
  path: string;
  label: string;
  kind: "number" | "text" | "date" | "yes-no";
  hint?: string;
};

export const ENTRY_FIELDS: Record<EnteredIndicator, readonly EntryField[]> = {
  "1.1.1": [
    { path: "delivered", label: "Schéma numérique livré", kind: "yes-no" },
    { path: "deliveredOn", label: "Date de livraison", kind: "date" },
  ],
  "1.2.1": MATURITY_DIMENSIONS.map((d) => ({
    path: `scores.${d}`,
    label: `${MATURITY_DIMENSION_LABELS[d]} (note sur 5)`,
    kind: "number" as const,
    hint: "De 0 à 5, au demi-point près (ex. 2,5).",
  })),
  "2.1.1": [{ path: "projectDays", label: "Jours consacrés aux projets", kind: "number" }],
  "2.1.2": [
    { path: "delivered", label: "Projets réalisés", kind: "number" },
    { path: "planned", label: "Projets prévus au schéma", kind: "number" },
  ],
  "2.2.1": [{ path: "applications", label: "Applications maintenues", kind: "number" }],
  "3.1.1": [
    { path: "townHall.renewed", label: "Mairie : postes renouvelés", kind: "number" },
    { path: "townHall.fleet", label: "Mairie : postes au parc", kind: "number" },
    { path: "schools.renewed", label: "Écoles : postes renouvelés", kind: "number" },
    { path: "schools.fleet", label: "Écoles : postes au parc", kind: "number" },
  ],
  "3.2.1": [
    { path: "scheduledHours", label: "Heures d'ouverture prévues", kind: "number" },
    { path: "keptHours", label: "Heures d'ouverture assurées", kind: "number" },
    { path: "presenceHours", label: "Heures de présence dans la commune", kind: "number" },
  ],
  "4.2.1": [
    {
      path: "restoredMinutes",
      label: "Délai de restauration constaté (minutes)",
      kind: "number",
      hint: "Le RTO mesuré lors du test, en minutes.",
    },
    { path: "scope", label: "Ce qui a été restauré", kind: "text" },
  ],
  "4.2.2": [
    {
      path: "dataLossMinutes",
      label: "Perte de données constatée (minutes)",
      kind: "number",
      hint: "Le RPO mesuré lors du test, en minutes.",
    },
    { path: "scope", label: "Données concernées", kind: "text" },
  ],
};

/** A typed number: « 2,5 » is 2.5; empty is absent; anything else stays text (the schema refuses it). */
function typed(field: EntryField, text: string): unknown {
  const trimmed = text.trim();
  if (field.kind === "yes-no") return trimmed === "" ? undefined : trimmed === "oui";
  if (trimmed === "") return undefined;
  if (field.kind !== "number") return trimmed;
  const n = Number(trimmed.replace(/\s/g, "").replace(",", "."));
  return Number.isNaN(n) ? trimmed : n;
}

/** The value object of a measure from its fields' texts. */
export function entryValue(fields: readonly EntryField[], texts: Record<string, string>) {
  const value: Record<string, unknown> = {};
  for (const field of fields) {
    const parts = field.path.split(".");
    let node = value;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    const leaf = typed(field, texts[field.path] ?? "");
    if (leaf !== undefined) node[parts[parts.length - 1] as string] = leaf;
  }
  return value;
}

/**
 * A value's place in the dialog's layout: its name as the schema's errors give it, the end of its
 * control's id (a yes-no group's first option) and its label.
 */
export const entryPlace = (field: EntryField): [`value.${string}`, FieldPlace] => [
  `value.${field.path}`,
  [`${field.path.replace(/\./g, "-")}${field.kind === "yes-no" ? "-0" : ""}`, field.label],
];
