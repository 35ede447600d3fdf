/**
 * The renderers of the report's sections on the work the contract organises: the projects
 * (indicators 2.1.1 / 2.1.2, a member's level-1 share) and the governance bodies (due against
 * held, the actions of the year). Part of `renderers` (print-sections.ts).
 */
import {
  dueHeldPhrase,
  frenchCount,
  frenchDate,
  frenchNumber,
  frenchPercent,
  type MeetingBody,
  meetingsDueHeld,
  type ReportDataSection,
  type ReportDocument,
} from "@mutu/domain";
import { type Block, type Cell, euros, num, table } from "./print-blocks.ts";

type Section<K extends ReportDataSection["key"]> = Extract<ReportDataSection, { key: K }>;

/** Days as the contracts count them, by half days: « 12,5 ». */
const frenchDays = (days: number) => frenchNumber(days, Number.isInteger(days) ? 0 : 1);
const daysCell = (days: number): Cell => ({ text: frenchDays(days), value: days });
const daysWords = (days: number) => `${frenchDays(days)}\u00a0jour${days >= 2 ? "s" : ""}`;

function loadBlocks(section: Section<"projects">, year: number): Block[] {
  const committed = section.committedDays;
  if (committed === null) return [];
  const rate = section.consumedRate;
  return [
    {
      kind: "paragraph",
      text: `Le contrat consacre ${daysWords(committed)} par an aux projets de la commune (indicateur 2.1.1). En ${year}, ${daysWords(section.loggedDays)} ${section.loggedDays >= 2 ? "ont été consacrés" : "a été consacré"} aux projets${rate === null ? "" : `, soit ${frenchPercent(Math.round(rate * 1000) / 10)} de l'engagement`}, pour ${daysWords(section.plannedDays)} ${section.plannedDays >= 2 ? "prévus" : "prévu"} par les études des projets retenus pour l'année.`,
    },
    table({
      caption: `Charge consacrée aux projets en ${year}, en jours (indicateur 2.1.1)`,
      head: ["Activité", "Prévus", "Consommés"],
      widths: [2.4, 1, 1],
      align: ["left", "right", "right"],
      rows: [
        ...section.byActivity.map((a) => [
          a.label,
          daysCell(a.plannedDays),
          daysCell(a.loggedDays),
        ]),
        ["Total", daysCell(section.plannedDays), daysCell(section.loggedDays)],
        ["Engagement du contrat", "—", daysCell(committed)],
      ],
    }),
  ];
}

function deliveryBlock(section: Section<"projects">, year: number): Block {
  const { planned, delivered, rate, deliveredOutsidePlan } = section.delivery;
  const outside = deliveredOutsidePlan
    ? ` ; ${frenchCount(deliveredOutsidePlan, "projet")} ${deliveredOutsidePlan > 1 ? "livrés" : "livré"} sans y être ${deliveredOutsidePlan > 1 ? "inscrits" : "inscrit"} pour l'année`
    : "";
  return {
    kind: "paragraph",
    text: planned
      ? `Taux de réalisation du schéma numérique (indicateur 2.1.2) : ${frenchNumber(delivered)} ${delivered > 1 ? "projets réalisés" : "projet réalisé"} sur ${frenchNumber(planned)} ${planned > 1 ? "prévus" : "prévu"} pour ${year}${rate === null ? "" : ` (${frenchPercent(Math.round(rate * 1000) / 10)})`}${outside}.`
      : `Aucun projet n'était inscrit au schéma numérique pour ${year} : le taux de réalisation (indicateur 2.1.2) n'est pas mesuré${outside}.`,
  };
}

function level1Blocks(section: Section<"projects">, year: number): Block[] {
  const use = section.level1;
  if (!use) return [];
  const beyondText = use.beyondHalfDays
    ? `${frenchCount(use.beyondHalfDays, "demi-journée")} au-delà de la part, soit ${frenchNumber(use.beyondCents / 100, 2)}\u00a0€ ajoutés à la contribution de ${year + 1}`
    : "aucune demi-journée au-delà de la part";
  return [
    {
      kind: "paragraph",
      text: `Les prestations ponctuelles de niveau 1 sont décrites chacune par une lettre de mission et imputées sur la part de la commune dans les 117 jours partagés entre les membres : ${daysWords(use.allowanceDays)} pour sa tranche de population (${use.tierLabel.charAt(0).toLowerCase()}${use.tierLabel.slice(1)} habitants). En ${year}, ${daysWords(use.chargedDays)} ${use.chargedDays >= 2 ? "ont été imputés" : "a été imputé"} aux lettres de mission : ${beyondText}.`,
    },
    table({
      caption: `Part du niveau 1 en ${year}, en jours`,
      head: ["Part de la commune", "Imputés", "Restants", "Demi-journées au-delà", "Montant HT"],
      widths: [1.2, 1, 1, 1.4, 1],
      align: ["right", "right", "right", "right", "right"],
      rows: [
        [
          daysCell(use.allowanceDays),
          daysCell(use.chargedDays),
          daysCell(use.remainingDays),
          num(use.beyondHalfDays),
          euros(use.beyondCents),
        ],
      ],
    }),
  ];
}

/** « 3 comités de suivi tenus sur 4 dus », a kind of body once (the sub-domains' points summed). */
function bodyPhrases(section: Section<"meetings">): string[] {
  const kinds = new Map<string, { due: number; held: number }>();
  for (const b of section.bodies) {
    if (!b.due) continue;
    const sum = kinds.get(b.body) ?? { due: 0, held: 0 };
    kinds.set(b.body, { due: sum.due + b.due, held: sum.held + Math.min(b.held, b.due) });
  }
  return [...kinds].map(([body, n]) => dueHeldPhrase(body as MeetingBody, n.held, n.due));
}

/** The year in brief's figures on the work: meetings held of due, days given to projects. */
export function workFigures(sections: readonly ReportDataSection[]) {
  const items: { value: string; label: string; note: string | null }[] = [];
  for (const section of sections) {
    if (section.key === "projects" && section.committedDays !== null)
      items.push({
        value: `${frenchDays(section.loggedDays)} j`,
        label: "consacrés aux projets",
        note: `sur ${daysWords(section.committedDays)} engagés`,
      });
    if (section.key === "meetings") {
      const { due, held } = meetingsDueHeld(section);
      if (due)
        items.push({
          value: `${frenchNumber(held)} / ${frenchNumber(due)}`,
          label: "réunions dues tenues",
          note: null,
        });
    }
  }
  return items;
}

export const workRenderers = {
  projects: (section: Section<"projects">, report: ReportDocument): Block[] => {
    const year = report.content.year;
    const member = section.level1 !== null && section.committedDays === null;
    const list = table({
      caption: member ? `Lettres de mission en ${year}` : `Projets de ${year}`,
      head: ["Projet", "Portée", "État", "Prévu pour", "Livré le", `Jours en ${year}`],
      widths: [2, 1.6, 1, "auto", 1, "auto"],
      align: ["left", "left", "left", "right", "left", "right"],
      rows: section.projects.map((p) => [
        p.title,
        p.scope,
        p.status,
        p.plannedYear === null ? "—" : String(p.plannedYear),
        p.deliveredOn ? frenchDate(p.deliveredOn) : "—",
        daysCell(p.yearDays),
      ]),
      empty: `Aucun projet prévu, livré ou travaillé en ${year}.`,
    });
    if (member) return [...level1Blocks(section, year), list];
    return [
      ...loadBlocks(section, year),
      deliveryBlock(section, year),
      list,
      ...level1Blocks(section, year),
    ];
  },
  meetings: (section: Section<"meetings">, report: ReportDocument): Block[] => {
    const year = report.content.year;
    const { opened, closed, overdue } = section.actions;
    const { due, held } = meetingsDueHeld(section);
    return [
      {
        kind: "paragraph",
        text: due
          ? `En ${year}, ${frenchNumber(held)} des ${frenchCount(due, "réunion")} que le contrat rendait dues ${held > 1 ? "ont été tenues" : "a été tenue"} : ${bodyPhrases(section).join(" ; ")}.`
          : `Aucun rythme de réunion n'est fixé à ces instances : ${frenchCount(section.held.length, "réunion")} ${section.held.length > 1 ? "tenues" : "tenue"} en ${year}.`,
      },
      table({
        caption: `Réunions dues et tenues en ${year}`,
        head: ["Instance", "Rythme", "Dues", "Tenues"],
        widths: [2.2, 2.4, 0.7, 0.7],
        align: ["left", "left", "right", "right"],
        rows: section.bodies.map((b) => [
          b.label,
          b.cadence,
          b.due ? num(b.due) : "—",
          num(b.held),
        ]),
      }),
      table({
        caption: `Réunions tenues en ${year}`,
        head: ["Date", "Instance"],
        widths: [1, 3],
        align: ["left", "left"],
        rows: section.held.map((m) => [frenchDate(m.day), m.label]),
        empty: `Aucune réunion tenue en ${year}.`,
      }),
      { kind: "subheading", text: "Suivi des actions" },
      {
        kind: "paragraph",
        text: `${frenchCount(opened, "action")} ${opened > 1 ? "décidées" : "décidée"} en ${year}, ${frenchNumber(closed)} ${closed > 1 ? "closes" : "close"} dans l'année ; ${frenchNumber(overdue)} en retard au 31 décembre.`,
      },
      table({
        caption: `Actions en retard au 31 décembre ${year}`,
        head: ["Action", "Responsable", "Échéance", "Décidée par"],
        widths: [2.4, 1.3, 1, 2],
        align: ["left", "left", "left", "left"],
        rows: section.overdueActions.map((a) => [
          a.title,
          a.owner,
          frenchDate(a.dueOn),
          `${a.meeting} du ${frenchDate(a.meetingDay)}`,
        ]),
        empty: "Aucune action en retard.",
      }),
    ];
  },
};
