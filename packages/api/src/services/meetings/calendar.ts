/**
 * The bodies a commune's contract sets up and the periods each must meet in a year, against the
 * meetings held or planned: the governance calendar. A contrat d'engagement's bodies come from its
 * article 5 and the annex in force (on the year's last day, or today for the current year); a
 * member of a Redon convention has the intercommunal bodies (002 §6.1), as has its operator.
 */
import {
  type BodyDefinition,
  bodyKey,
  cadenceLabel,
  type ContractSpan,
  conventionBodies,
  dueAndHeld,
  dueHeldSentence,
  dueSlots,
  earlierDay,
  engagementBodies,
  nextDueSlot,
  tallySlots,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { readContract } from "../contracts/contract-view.ts";
import type { MeetingRow } from "./read-model.ts";

const { contracts } = schema;

export type GovernedOrg = { id: string; name: string; kind: "commune" | "operator" };

export type Governance = {
  contract: { title: string; start: string; end: string | null } | null;
  span: ContractSpan | null;
  bodies: BodyDefinition[];
};

/** The bodies that must meet for `org`, by the contract in force on `onDay`. */
export async function governanceOf(
  tx: Tx,
  caller: Caller,
  org: Pick<GovernedOrg, "id" | "kind">,
  onDay: string,
  today: string,
): Promise<Governance> {
  if (org.kind === "operator") return operatorGovernance(tx, org.id);
  const engagement = await readContract(tx, caller, { orgId: org.id, kind: "engagement" }, today, {
    annexOn: onDay,
  });
  const start = engagement?.contract.effectiveFrom;
  if (engagement && start) {
    const annex = engagement.onDate?.annex;
    const span = { start, end: engagement.contract.effectiveTo };
    return {
      contract: { title: engagement.contract.title, ...span },
      span,
      bodies: annex ? engagementBodies(annex) : [],
    };
  }
  const convention = await readContract(tx, caller, { orgId: org.id, kind: "convention" }, today);
  const joined = convention?.contract.effectiveFrom;
  if (!convention || !joined) return { contract: null, span: null, bodies: [] };
  const span = { start: joined, end: convention.contract.effectiveTo };
  return {
    contract: { title: convention.contract.title, ...span },
    span,
    bodies: conventionBodies(),
  };
}

/** An operator's intercommunal bodies, from its first convention (none without one). */
async function operatorGovernance(tx: Tx, operatorId: string): Promise<Governance> {
  const [first] = await tx
    .select({ start: contracts.effectiveFrom })
    .from(contracts)
    .where(
      and(
        eq(contracts.operatorId, operatorId),
        eq(contracts.kind, "convention"),
        isNotNull(contracts.effectiveFrom),
      ),
    )
    .orderBy(asc(contracts.effectiveFrom))
    .limit(1);
  if (!first?.start) return { contract: null, span: null, bodies: [] };
  const span = { start: first.start, end: null };
  return { contract: null, span, bodies: conventionBodies() };
}

/** The day whose annex sets a year's bodies: its last day, or today for the current year. */
export const bodiesDay = (year: number, today: string) => earlierDay(`${year}-12-31`, today);

export const keyOfMeeting = (m: Pick<MeetingRow, "body" | "subDomain" | "label">) =>
  bodyKey({ body: m.body, subDomain: m.subDomain, label: m.label });

/** Each body's periods of `year` against the meetings, with « tenus sur dus ». */
export function calendarOf(
  governance: Governance,
  meetings: readonly MeetingRow[],
  year: number,
  today: string,
) {
  // A cancelled meeting covers no period.
  const counted = meetings
    .filter((m) => m.status !== "annulee")
    .map((m) => ({
      id: m.id,
      key: keyOfMeeting(m),
      day: m.day,
      held: m.status === "tenue",
    }));
  const { span } = governance;
  const thisYear = Number(today.slice(0, 4));
  return governance.bodies.map((body) => {
    const tally = (y: number) => (span ? tallySlots(dueSlots(body, span, y), counted, today) : []);
    const slots = tally(year);
    // This year's periods all past: the next one may already run (a quarter due in January).
    const next = nextOf(slots) ?? (year === thisYear ? nextOf(tally(year + 1)) : null);
    const { due, held } = dueAndHeld(slots);
    return {
      key: bodyKey(body),
      body: body.body,
      subDomain: body.subDomain,
      label: body.label,
      cadence: cadenceLabel(body.cadence),
      frequencyAsWritten: body.frequencyAsWritten,
      source: body.source,
      due,
      held,
      sentence: due > 0 ? dueHeldSentence(body.body, held, due, year) : null,
      slots: slots.map(({ key: _key, ...slot }) => slot),
      next,
    };
  });
}

function nextOf(slots: ReturnType<typeof tallySlots>) {
  const next = nextDueSlot(slots);
  if (!next) return null;
  const { key: _key, ...slot } = next;
  return slot;
}
