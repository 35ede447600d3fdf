/**
 * How each part of an annex is compared, and what its changes are called in French for the people
 * who sign amendments: an activity added, an indicator's target agreed, a saisine cell moved, an
 * RGPD option chosen. diff.ts walks the parts in the annex's order.
 */
import { ANNEX_WEEKDAYS, type AnnexWeeklyHours } from "../annex-hours.ts";
import {
  type Annex,
  type AnnexApplication,
  type AnnexIndicator,
  type AnnexPriority,
  SAISINE_NATURES,
  SUB_DOMAIN_LETTERS,
} from "../annex.ts";
import { WEEKDAY_LABELS } from "../../sla/calendar.ts";
import { type ChangeList, equal } from "./change-list.ts";

export type AnnexPart = (out: ChangeList, a: Annex, b: Annex) => void;

const ACTIVITIES = { added: "Activité ajoutée", removed: "Activité retirée" };
const EXCLUSIONS = { added: "Exclusion ajoutée", removed: "Exclusion retirée" };

const RGPD_FIELDS = {
  dpoShared: "DPO mutualisé avec la Métropole",
  breachesHandledBy: "Gestion des violations de données",
  dataSubjectRequestsHandledBy: "Gestion des demandes des personnes concernées",
  subProcessorSelection: "Choix des sous-traitants",
  legacyProcessingInventoryDue: "Échéance de l'inventaire des traitements existants",
} as const;

/** The commune, the annex's origin, the parties and their signatories, dates, duration, domain. */
export const compareHeading: AnnexPart = (out, a, b) => {
  out.scalars(
    ["commune"],
    { name: "Commune modifiée", includesCCAS: "Inclusion du CCAS modifiée" },
    a.commune,
    b.commune,
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
    out.scalars(
      ["parties", party, "signatory"],
      { name: `Signataire ${who} modifié`, role: `Qualité du signataire ${who} modifiée` },
      a.parties[party].signatory,
      b.parties[party].signatory,
    );
  }
  out.scalars(
    [],
    {
      contractSignedOn: "Date de signature du contrat modifiée",
      signedOn: "Date de signature modifiée",
      effectiveFrom: "Date d'effet modifiée",
      duration: "Clause de durée modifiée",
      domain: "Domaine modifié",
      perimeterHeading: "Intitulé du périmètre modifié",
    },
    a,
    b,
  );
};

/** Each sub-domain's title, printed letter, mutualisation, activities and exclusions. */
export const compareSubDomains: AnnexPart = (out, a, b) => {
  for (const letter of SUB_DOMAIN_LETTERS) {
    const left = a.subDomains[letter];
    const right = b.subDomains[letter];
    const path = ["subDomains", letter];
    out.scalars(
      path,
      {
        title: "Intitulé du sous-domaine modifié",
        letterAsWritten: "Lettre imprimée du sous-domaine modifiée",
        mutualised: "Mutualisation du sous-domaine modifiée",
      },
      left,
      right,
    );
    out.texts([...path, "activities"], ACTIVITIES, left.activities, right.activities);
    out.texts([...path, "exclusions"], EXCLUSIONS, left.exclusions, right.exclusions);
  }
  const { unassigned: left } = a;
  const { unassigned: right } = b;
  out.texts(["unassigned", "activities"], ACTIVITIES, left.activities, right.activities);
  out.texts(["unassigned", "exclusions"], EXCLUSIONS, left.exclusions, right.exclusions);
};

function comparePriority(out: ChangeList, path: string[], a: AnnexPriority, b: AnnexPriority) {
  for (const field of ["text", "nature", "objective", "stakes"] as const) {
    out.scalar([...path, field], { changed: "Priorité modifiée" }, a[field], b[field]);
  }
}

/** The priorities (named by title, or text), their note, and who is responsible on each side. */
export const comparePriorities: AnnexPart = (out, a, b) => {
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
  out.scalars(
    ["responsibles"],
    {
      commune: "Responsable côté commune modifié",
      sharedService: "Responsable côté service commun modifié",
    },
    a.responsibles,
    b.responsibles,
  );
};

function compareIndicator(out: ChangeList, path: string[], a: AnnexIndicator, b: AnnexIndicator) {
  out.scalars(
    path,
    {
      label: "Libellé de l'indicateur modifié",
      engagement: "Engagement de rattachement modifié",
      subDomain: "Sous-domaine de l'indicateur modifié",
      subDomainAsWritten: "Lettre de sous-domaine imprimée modifiée",
      periodicity: "Périodicité de suivi modifiée",
      source: "Source de suivi modifiée",
    },
    a,
    b,
  );
  if (!equal(a.observedLevel, b.observedLevel)) {
    out.scalar(
      [...path, "observedLevel"],
      {
        changed: "Niveau de service constaté modifié",
        added: "Niveau de service constaté mesuré",
        removed: "Niveau de service constaté : non mesuré",
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
    const agreed = a.target.kind === "to-define-jointly" && b.target.kind !== "to-define-jointly";
    out.changes.push({
      kind: "changed",
      path: [...path, "target"],
      label: agreed ? "Cible fixée" : "Cible modifiée",
      before: a.target,
      after: b.target,
    });
  }
}

/** The engagements (by code), then the indicators (by code), field by field. */
export const compareEngagements: AnnexPart = (out, a, b) => {
  out.keyed(
    ["engagements"],
    { added: "Engagement ajouté", removed: "Engagement retiré" },
    a.engagements,
    b.engagements,
    (e) => e.code,
    (path, left, right) =>
      out.scalars(path, { label: "Libellé de l'engagement modifié" }, left, right),
  );
  out.keyed(
    ["indicators"],
    { added: "Indicateur ajouté", removed: "Indicateur retiré" },
    a.indicators,
    b.indicators,
    (i) => i.code,
    (path, left, right) => compareIndicator(out, path, left, right),
  );
};

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
      { changed: `${what} du ${WEEKDAY_LABELS[day]} modifiés` },
      before[day],
      after[day],
    );
  }
}

/**
 * Support hours as written, then as analysed day by day, the on-call hours, urgencies round the
 * clock, closures and on-call for dated events.
 */
export const compareSupportHours: AnnexPart = (out, a, b) => {
  const { supportHours: left } = a;
  const { supportHours: right } = b;
  out.scalars(["supportHours"], { asWritten: "Horaires d'assistance modifiés" }, left, right);
  compareWeek(out, ["supportHours", "parsed"], "Horaires d'assistance", left.parsed, right.parsed);
  compareWeek(out, ["supportHours", "onCall"], "Horaires d'astreinte", left.onCall, right.onCall);
  out.scalar(
    ["supportHours", "urgentAlwaysOpen"],
    { changed: "Traitement des urgences 24 h/24 modifié" },
    left.urgentAlwaysOpen ?? false,
    right.urgentAlwaysOpen ?? false,
  );
  out.keyed(
    ["supportHours", "closures"],
    { added: "Fermeture ajoutée", removed: "Fermeture retirée" },
    left.closures ?? [],
    right.closures ?? [],
    (closure) => closure.label,
    (path, before, after) =>
      out.scalars(
        path,
        { from: "Début de la fermeture modifié", to: "Fin de la fermeture modifiée" },
        before,
        after,
      ),
  );
  out.keyed(
    ["supportHours", "eventOnCall"],
    { added: "Astreinte d'événement ajoutée", removed: "Astreinte d'événement retirée" },
    left.eventOnCall ?? [],
    right.eventOnCall ?? [],
    (event) => event.label,
    (path, before, after) => {
      out.scalars(
        path,
        { start: "Début de l'astreinte modifié", end: "Fin de l'astreinte modifiée" },
        before,
        after,
      );
      out.texts(
        [...path, "dates"],
        { added: "Date d'astreinte ajoutée", removed: "Date d'astreinte retirée" },
        before.dates,
        after.dates,
      );
    },
  );
};

/** The governance bodies (by name), their frequency and note. */
export const compareGovernance: AnnexPart = (out, a, b) =>
  out.keyed(
    ["governance"],
    { added: "Instance de gouvernance ajoutée", removed: "Instance de gouvernance retirée" },
    a.governance,
    b.governance,
    (g) => g.body,
    (path, left, right) =>
      out.scalars(
        path,
        {
          frequency: "Fréquence de l'instance modifiée",
          note: "Remarque sur l'instance modifiée",
        },
        left,
        right,
      ),
  );

/** Who files and who answers, on each side, for each nature and sub-domain. */
export const compareSaisineMatrix: AnnexPart = (out, a, b) => {
  for (const nature of SAISINE_NATURES) {
    for (const letter of SUB_DOMAIN_LETTERS) {
      const where = `saisine ${nature}, sous-domaine ${letter}`;
      out.scalars(
        ["saisineMatrix", nature, letter],
        {
          communeFunction: `Interlocuteur côté commune modifié (${where})`,
          sharedServiceFunction: `Interlocuteur côté service commun modifié (${where})`,
        },
        a.saisineMatrix[nature][letter],
        b.saisineMatrix[nature][letter],
      );
    }
  }
};

function compareApplication(
  out: ChangeList,
  path: string[],
  a: AnnexApplication,
  b: AnnexApplication,
) {
  out.scalars(
    path,
    {
      responsibility: "Responsabilité de l'application modifiée",
      vendor: "Éditeur de l'application modifié",
      description: "Description de l'application modifiée",
    },
    a,
    b,
  );
}

/** Whether an application inventory is annexed, then its applications (by name). */
export const compareApplications: AnnexPart = (out, a, b) => {
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
};

/** Each RGPD option: chosen, changed or withdrawn. */
export const compareRgpd: AnnexPart = (out, a, b) => {
  for (const field of Object.keys(RGPD_FIELDS) as (keyof typeof RGPD_FIELDS)[]) {
    const name = RGPD_FIELDS[field];
    out.scalar(
      ["rgpd", field],
      {
        changed: `Option RGPD modifiée : ${name}`,
        added: `Option RGPD ajoutée : ${name}`,
        removed: `Option RGPD retirée : ${name}`,
      },
      a.rgpd[field],
      b.rgpd[field],
    );
  }
};
