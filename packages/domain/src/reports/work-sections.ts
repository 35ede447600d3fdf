/**
 * The two sections of an annual report on the work the contract organises: the governance bodies
 * (meetings held against due, the actions they opened and closed) and the projects (delivered
 * against planned, effort against the committed days, indicators 2.1.1 / 2.1.2, and for a member
 * of a convention its level-1 days against its share of the pool). Snapshots of what the meetings
 * and projects features compute, stored with the report.
 */
import { z } from "zod";

const days = z.number();

export const meetingsSectionSchema = z.object({
  key: z.literal("meetings"),
  bodies: z.array(
    z.object({
      /** The body's kind (MEETING_BODIES): the operational points of each sub-domain share one. */
      body: z.string(),
      label: z.string(),
      cadence: z.string(),
      due: z.number().int(),
      held: z.number().int(),
      /** « 3 comités de suivi tenus sur 4 dus en 2025 »; null when nothing was due. */
      sentence: z.string().nullable(),
    }),
  ),
  /** The meetings held in the year, in order. */
  held: z.array(z.object({ label: z.string(), day: z.string() })),
  actions: z.object({
    opened: z.number().int(),
    closed: z.number().int(),
    overdue: z.number().int(),
  }),
  /** The actions still open and overdue at the year's end. */
  overdueActions: z.array(
    z.object({
      title: z.string(),
      owner: z.string(),
      dueOn: z.string(),
      meeting: z.string(),
      meetingDay: z.string(),
    }),
  ),
});

export const projectsSectionSchema = z.object({
  key: z.literal("projects"),
  /** Indicator 2.1.1: the contract's days (null: it commits none, or a convention member). */
  committedDays: days.nullable(),
  plannedDays: days,
  loggedDays: days,
  consumedRate: z.number().nullable(),
  byActivity: z.array(z.object({ label: z.string(), plannedDays: days, loggedDays: days })),
  /** Indicator 2.1.2. */
  delivery: z.object({
    planned: z.number().int(),
    delivered: z.number().int(),
    rate: z.number().nullable(),
    deliveredOutsidePlan: z.number().int(),
  }),
  /** Projects planned for the year, delivered in it or worked on in it. */
  projects: z.array(
    z.object({
      title: z.string(),
      kind: z.enum(["projet", "mission"]),
      scope: z.string(),
      status: z.string(),
      plannedYear: z.number().int().nullable(),
      deliveredOn: z.string().nullable(),
      yearDays: days,
    }),
  ),
  /** A convention member's level-1 share of the 117-day pool that year. */
  level1: z
    .object({
      tierLabel: z.string(),
      allowanceDays: days,
      chargedDays: days,
      remainingDays: days,
      beyondHalfDays: z.number().int(),
      beyondCents: z.number().int(),
    })
    .nullable(),
});

/** The year's meetings due across the bodies, and those held that count (no more than due each). */
export function meetingsDueHeld(section: Pick<z.infer<typeof meetingsSectionSchema>, "bodies">) {
  return section.bodies.reduce(
    (sum, b) => ({ due: sum.due + b.due, held: sum.held + Math.min(b.held, b.due) }),
    { due: 0, held: 0 },
  );
}
