/**
 * What changed between two versions of an annex, item by item, worded in French for the people
 * who sign amendments: an activity added, an indicator's target agreed, a saisine cell moved,
 * an RGPD option chosen. Provenance (source file, lines, import notes) is not compared: it
 * describes the document, not the commitments.
 */
import {
  ANNEX_WEEKDAYS,
  type Annex,
  type AnnexApplication,
  type AnnexIndicator,
  type AnnexPriority,
  type AnnexWeekday,
  type AnnexWeeklyHours,
  SAISINE_NATURES,
  SUB_DOMAIN_LETTERS,
} from "./annex.ts";

export type AnnexChangeKind = "added" | "removed" | "changed";

export type AnnexChange = {
  kind: AnnexChangeKind;
  /** Field path; list items are named by their key (indicator code, body, application name). */
  path: string[];
  label: string;
  before?: unknown;
  after?: unknown;
};

type Labels = { changed: string; added?: string; removed?: string };

const DAY_NAMES: Record<AnnexWeekday, string> = {
  mon: "lundi",
  tue: "mardi",
  wed: "mercredi",
  thu: "jeudi",
  fri: "vendredi",
  sat: "samedi",
  sun: "dimanche",
};

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!equal(left[key], right[key])) return false;
  return true;
}

class ChangeList {
  readonly changes: AnnexChange[] = [];

  /** One value; null → value reads as "added" when the labels say how to word it. */
  scalar(path: string[], labels: Labels, before: unknown, after: unknown): void {
    if (equal(before, after)) return;
    const wasEmpty = before === null || before === undefined;
    const isEmpty = after === null || after === undefined;
    if (wasEmpty && labels.added) {
      this.changes.push({ kind: "added", path, label: labels.added, after });
    } else if (isEmpty && labels.removed) {
      this.changes.push({ kind: "removed", path, label: labels.removed, before });
    } else {
      this.changes.push({ kind: "changed", path, label: labels.changed, before, after });
    }
  }

  /** A list of texts compared as a multiset: order changes are not changes of commitment. */
  texts(
    path: string[],
    labels: { added: string; removed: string },
    before: readonly string[],
    after: readonly string[],
  ): void {
    const remaining = new Map<string, number>();
    for (const item of before) remaining.set(item, (remaining.get(item) ?? 0) + 1);
    const added: string[] = [];
    for (const item of after) {
      const count = remaining.get(item) ?? 0;
      if (count > 0) remaining.set(item, count - 1);
      else added.push(item);
    }
    for (const item of before) {
      const count = remaining.get(item) ?? 0;
      if (count > 0) {
        remaining.set(item, count - 1);
        this.changes.push({ kind: "removed", path, label: labels.removed, before: item });
      }
    }
    for (const item of added) {
      this.changes.push({ kind: "added", path, label: labels.added, after: item });
    }
  }

  /** Items with an identity: added/removed whole, otherwise compared field by field. */
  keyed<T>(
    path: string[],
    labels: { added: string; removed: string },
    before: readonly T[],
    after: readonly T[],
    keyOf: (item: T) => string,
    compare: (itemPath: string[], before: T, after: T) => void,
  ): void {
    const index = (items: readonly T[]) => {
      const map = new Map<string, T>();
      const occurrences = new Map<string, number>();
      for (const item of items) {
        const base = keyOf(item);
        const n = (occurrences.get(base) ?? 0) + 1;
        occurrences.set(base, n);
        // A key met twice (two "e-culture" priorities in Bordeaux's annex) stays distinct.
        map.set(n === 1 ? base : `${base} (${n})`, item);
      }
      return map;
    };
    const left = index(before);
    const right = index(after);
    for (const [key, item] of left) {
      const other = right.get(key);
      if (other === undefined) {
        this.changes.push({ kind: "removed", path, label: labels.removed, before: item });
      } else {
        compare([...path, key], item, other);
      }
    }
    for (const [key, item] of right) {
      if (!left.has(key)) {
        this.changes.push({ kind: "added", path, label: labels.added, after: item });
      }
    }
  }
}

function compareWeek(
  out: ChangeList,
  path: string[],
  what: string,
  before: AnnexWeeklyHours | null,
  after: AnnexWeeklyHours | null,
): void {
  if (before === null || after === null) {
    out.scalar(
      path,
      {
        changed: `${what} (analyse) modifiés`,
        added: `${what} (analyse) ajoutés`,
        removed: `${what} (analyse) retirés`,
      },
      before,
      after,
    );
    return;
  }
  for (const day of ANNEX_WEEKDAYS) {
    out.scalar(
      [...path, day],
      { changed: `${what} du ${DAY_NAMES[day]} modifiés` },
      before[day],
      after[day],
    );
  }
}

function compareIndicator(out: ChangeList, path: string[], a: AnnexIndicator, b: AnnexIndicator) {
  out.scalar([...path, "label"], { changed: "Libellé de l'indicateur modifié" }, a.label, b.label);
  out.scalar(
    [...path, "engagement"],
    { changed: "Engagement de rattachement modifié" },
    a.engagement,
    b.engagement,
  );
  out.scalar(
    [...path, "subDomain"],
    { changed: "Sous-domaine de l'indicateur modifié" },
    a.subDomain,
    b.subDomain,
  );
  out.scalar(
    [...path, "subDomainAsWritten"],
    { changed: "Lettre de sous-domaine imprimée modifiée" },
    a.subDomainAsWritten,
    b.subDomainAsWritten,
  );
  out.scalar(
    [...path, "periodicity"],
    { changed: "Périodicité de suivi modifiée" },
    a.periodicity,
    b.periodicity,
  );
  out.scalar([...path, "source"], { changed: "Source de suivi modifiée" }, a.source, b.source);
  if (!equal(a.observedLevel, b.observedLevel)) {
    out.scalar(
      [...path, "observedLevel"],
      {
        changed: "Niveau de service constaté modifié",
        added: "Niveau de service constaté mesuré",
        removed: "Niveau de service constaté : non mesuré",
      },
      a.observedLevel,
      b.observedLevel,
    );
  } else {
    // Same measure, different wording ("Non mesuré actuellement…" → "A calculer…").
    out.scalar(
      [...path, "observedLevelAsWritten"],
      { changed: "Texte du niveau constaté modifié" },
      a.observedLevelAsWritten,
      b.observedLevelAsWritten,
    );
  }
  out.scalar(
    [...path, "conditions"],
    { changed: "Conditions de réalisation modifiées" },
    a.conditions,
    b.conditions,
  );
  if (!equal(a.target, b.target)) {
    const agreed = a.target.kind === "to-define-jointly" && b.target.kind === "defined";
    out.changes.push({
      kind: "changed",
      path: [...path, "target"],
      label: agreed ? "Cible fixée" : "Cible modifiée",
      before: a.target,
      after: b.target,
    });
  }
}

function comparePriority(out: ChangeList, path: string[], a: AnnexPriority, b: AnnexPriority) {
  for (const field of ["text", "nature", "objective", "stakes"] as const) {
    out.scalar([...path, field], { changed: "Priorité modifiée" }, a[field], b[field]);
  }
}

function compareApplication(
  out: ChangeList,
  path: string[],
  a: AnnexApplication,
  b: AnnexApplication,
) {
  out.scalar(
    [...path, "responsibility"],
    { changed: "Responsabilité de l'application modifiée" },
    a.responsibility,
    b.responsibility,
  );
  out.scalar(
    [...path, "vendor"],
    { changed: "Éditeur de l'application modifié" },
    a.vendor,
    b.vendor,
  );
  out.scalar(
    [...path, "description"],
    { changed: "Description de l'application modifiée" },
    a.description,
    b.description,
  );
}

const RGPD_FIELDS = {
  dpoShared: "DPO mutualisé avec la Métropole",
  breachesHandledBy: "Gestion des violations de données",
  dataSubjectRequestsHandledBy: "Gestion des demandes des personnes concernées",
  subProcessorSelection: "Choix des sous-traitants",
  legacyProcessingInventoryDue: "Échéance de l'inventaire des traitements existants",
} as const;

export function diffAnnex(a: Annex, b: Annex): AnnexChange[] {
  const out = new ChangeList();

  out.scalar(["commune", "name"], { changed: "Commune modifiée" }, a.commune.name, b.commune.name);
  out.scalar(
    ["commune", "includesCCAS"],
    { changed: "Inclusion du CCAS modifiée" },
    a.commune.includesCCAS,
    b.commune.includesCCAS,
  );
  out.scalar(["origin"], { changed: "Origine de l'annexe modifiée" }, a.origin, b.origin);
  for (const party of ["metropole", "commune"] as const) {
    const who = party === "metropole" ? "de la Métropole" : "de la commune";
    out.scalar(
      ["parties", party, "name"],
      { changed: `Partie ${who} modifiée` },
      a.parties[party].name,
      b.parties[party].name,
    );
    out.scalar(
      ["parties", party, "signatory", "name"],
      { changed: `Signataire ${who} modifié` },
      a.parties[party].signatory.name,
      b.parties[party].signatory.name,
    );
    out.scalar(
      ["parties", party, "signatory", "role"],
      { changed: `Qualité du signataire ${who} modifiée` },
      a.parties[party].signatory.role,
      b.parties[party].signatory.role,
    );
  }
  out.scalar(
    ["contractSignedOn"],
    { changed: "Date de signature du contrat modifiée" },
    a.contractSignedOn,
    b.contractSignedOn,
  );
  out.scalar(["signedOn"], { changed: "Date de signature modifiée" }, a.signedOn, b.signedOn);
  out.scalar(
    ["effectiveFrom"],
    { changed: "Date d'effet modifiée" },
    a.effectiveFrom,
    b.effectiveFrom,
  );
  out.scalar(["duration"], { changed: "Clause de durée modifiée" }, a.duration, b.duration);
  out.scalar(["domain"], { changed: "Domaine modifié" }, a.domain, b.domain);
  out.scalar(
    ["perimeterHeading"],
    { changed: "Intitulé du périmètre modifié" },
    a.perimeterHeading,
    b.perimeterHeading,
  );

  for (const letter of SUB_DOMAIN_LETTERS) {
    const left = a.subDomains[letter];
    const right = b.subDomains[letter];
    const path = ["subDomains", letter];
    out.scalar(
      [...path, "title"],
      { changed: "Intitulé du sous-domaine modifié" },
      left.title,
      right.title,
    );
    out.scalar(
      [...path, "letterAsWritten"],
      { changed: "Lettre imprimée du sous-domaine modifiée" },
      left.letterAsWritten,
      right.letterAsWritten,
    );
    out.scalar(
      [...path, "mutualised"],
      { changed: "Mutualisation du sous-domaine modifiée" },
      left.mutualised,
      right.mutualised,
    );
    out.texts(
      [...path, "activities"],
      { added: "Activité ajoutée", removed: "Activité retirée" },
      left.activities,
      right.activities,
    );
    out.texts(
      [...path, "exclusions"],
      { added: "Exclusion ajoutée", removed: "Exclusion retirée" },
      left.exclusions,
      right.exclusions,
    );
  }
  out.texts(
    ["unassigned", "activities"],
    { added: "Activité ajoutée", removed: "Activité retirée" },
    a.unassigned.activities,
    b.unassigned.activities,
  );
  out.texts(
    ["unassigned", "exclusions"],
    { added: "Exclusion ajoutée", removed: "Exclusion retirée" },
    a.unassigned.exclusions,
    b.unassigned.exclusions,
  );

  out.keyed(
    ["priorities"],
    { added: "Priorité ajoutée", removed: "Priorité retirée" },
    a.priorities,
    b.priorities,
    (p) => p.title ?? p.text ?? "",
    (path, left, right) => comparePriority(out, path, left, right),
  );
  out.scalar(
    ["prioritiesNote"],
    { changed: "Remarque sur les priorités modifiée" },
    a.prioritiesNote,
    b.prioritiesNote,
  );
  out.scalar(
    ["responsibles", "commune"],
    { changed: "Responsable côté commune modifié" },
    a.responsibles.commune,
    b.responsibles.commune,
  );
  out.scalar(
    ["responsibles", "sharedService"],
    { changed: "Responsable côté service commun modifié" },
    a.responsibles.sharedService,
    b.responsibles.sharedService,
  );

  out.keyed(
    ["engagements"],
    { added: "Engagement ajouté", removed: "Engagement retiré" },
    a.engagements,
    b.engagements,
    (e) => e.code,
    (path, left, right) =>
      out.scalar(
        [...path, "label"],
        { changed: "Libellé de l'engagement modifié" },
        left.label,
        right.label,
      ),
  );
  out.keyed(
    ["indicators"],
    { added: "Indicateur ajouté", removed: "Indicateur retiré" },
    a.indicators,
    b.indicators,
    (i) => i.code,
    (path, left, right) => compareIndicator(out, path, left, right),
  );

  out.scalar(
    ["supportHours", "asWritten"],
    { changed: "Horaires d'assistance modifiés" },
    a.supportHours.asWritten,
    b.supportHours.asWritten,
  );
  compareWeek(
    out,
    ["supportHours", "parsed"],
    "Horaires d'assistance",
    a.supportHours.parsed,
    b.supportHours.parsed,
  );
  compareWeek(
    out,
    ["supportHours", "onCall"],
    "Horaires d'astreinte",
    a.supportHours.onCall,
    b.supportHours.onCall,
  );

  out.keyed(
    ["governance"],
    { added: "Instance de gouvernance ajoutée", removed: "Instance de gouvernance retirée" },
    a.governance,
    b.governance,
    (g) => g.body,
    (path, left, right) => {
      out.scalar(
        [...path, "frequency"],
        { changed: "Fréquence de l'instance modifiée" },
        left.frequency,
        right.frequency,
      );
      out.scalar(
        [...path, "note"],
        { changed: "Remarque sur l'instance modifiée" },
        left.note,
        right.note,
      );
    },
  );

  for (const nature of SAISINE_NATURES) {
    for (const letter of SUB_DOMAIN_LETTERS) {
      const left = a.saisineMatrix[nature][letter];
      const right = b.saisineMatrix[nature][letter];
      const path = ["saisineMatrix", nature, letter];
      const where = `saisine ${nature}, sous-domaine ${letter}`;
      out.scalar(
        [...path, "communeFunction"],
        { changed: `Interlocuteur côté commune modifié (${where})` },
        left.communeFunction,
        right.communeFunction,
      );
      out.scalar(
        [...path, "sharedServiceFunction"],
        { changed: `Interlocuteur côté service commun modifié (${where})` },
        left.sharedServiceFunction,
        right.sharedServiceFunction,
      );
    }
  }

  if ((a.applications === null) !== (b.applications === null)) {
    out.scalar(
      ["applications"],
      {
        changed: "Inventaire applicatif modifié",
        added: "Inventaire applicatif annexé",
        removed: "Inventaire applicatif retiré",
      },
      a.applications === null ? null : "inventaire",
      b.applications === null ? null : "inventaire",
    );
  }
  out.keyed(
    ["applications"],
    { added: "Application ajoutée", removed: "Application retirée" },
    a.applications ?? [],
    b.applications ?? [],
    (app) => app.name,
    (path, left, right) => compareApplication(out, path, left, right),
  );

  for (const field of Object.keys(RGPD_FIELDS) as (keyof typeof RGPD_FIELDS)[]) {
    const name = RGPD_FIELDS[field];
    out.scalar(
      ["rgpd", field],
      {
        changed: `Option RGPD modifiée : ${name}`,
        added: `Option RGPD ajoutée : ${name}`,
        removed: `Option RGPD retirée : ${name}`,
      },
      a.rgpd[field],
      b.rgpd[field],
    );
  }

  out.scalar(
    ["projectDaysPerYear"],
    { changed: "Jours projet par an modifiés" },
    a.projectDaysPerYear,
    b.projectDaysPerYear,
  );
  out.scalar(
    ["projectDaysNote"],
    { changed: "Remarque sur les jours projet modifiée" },
    a.projectDaysNote,
    b.projectDaysNote,
  );
  return out.changes;
}
