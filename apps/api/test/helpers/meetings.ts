/**
 * What the governance tests share: the API's shapes as they read them, and a harness whose clock
 * the test moves (a meeting is planned ahead, recorded once held), with the Métropole's
 * administrator and the DGS of Bègles and of Pessac signed in.
 */
import type { Driver } from "@mutu/db/testing";
import { data, useHarness } from "../harness.ts";

export type Slot = {
  start: string;
  end: string;
  required: number;
  held: number;
  planned: number;
  state: string;
};
export type Body = {
  key: string;
  body: string;
  subDomain: string | null;
  label: string;
  due: number;
  held: number;
  sentence: string | null;
  slots: Slot[];
  next: Slot | null;
};
export type Action = {
  id: string;
  title: string;
  ownerLabel: string;
  dueOn: string;
  status: string;
  overdue: boolean;
  followedAtMeetingId: string | null;
};
export type Overview = {
  org: { name: string };
  bodies: Body[];
  meetings: { id: string; status: string; day: string; startTime: string; label: string }[];
  openActions: Action[];
  overdueSlots: number;
  overdueActions: number;
  people: { id: string; label: string; side: string }[];
  canManage: boolean;
};
export type Meeting = {
  id: string;
  status: string;
  minutes: string | null;
  decisions: string[];
  participants: { label: string; invited: boolean; attended: boolean }[];
  actions: Action[];
  openActions: Action[];
};

/** An .ics as the tests read it: unfolded (RFC 5545 folds lines at 75 octets). */
export const unfold = (ics: string) => ics.replace(/\r\n /g, "");

/** Bègles' comité de suivi moved a week later, to the morning and another room, with its reason. */
export const movedToJuly10 = (meetingId: string) => ({
  meetingId,
  date: "2025-07-10",
  startTime: "09:30",
  endTime: "11:00",
  place: "Mairie de Bègles, salle des commissions",
  reason: "Le maire est retenu le 3 juillet.",
});

export function useMeetings(driver: Driver, start: Date) {
  const clock = { now: start };
  const signedIn = {
    admin: "admin@bordeaux-metropole.mutu-demo.fr",
    beglesDgs: "dgs@begles.mutu-demo.fr",
    pessacDgs: "dgs@pessac.mutu-demo.fr",
  };
  const t = useHarness(driver, { now: () => clock.now, signedIn });
  return Object.assign(t, {
    clock,
    /** Moves the clock; everyone signs in again (sessions end after a while idle). */
    at: async (iso: string) => {
      clock.now = new Date(iso);
      for (const [who, email] of Object.entries(signedIn))
        (t as Record<string, unknown>)[who] = await t.h.signIn(email);
    },
    overview: (orgId: string, year: number, cookie: string) =>
      t.h.query("meetings.overview", { orgId, year }, { cookie }),
    manage: (
      verb: "plan" | "record" | "reschedule" | "cancel" | "correctMinutes" | "updateAction",
      input: unknown,
    ) => t.h.mutate(`meetings.${verb}`, input, { cookie: t.admin }),
    /**
     * Plans Bègles' comité de suivi on `date`, 14:00 to 16:00 in the council room, as the
     * administrator (`fields` change or add to that); its id.
     */
    planFollowUp: async (date: string, fields: Record<string, unknown> = {}) =>
      data<{ id: string }>(
        await t.h.mutate(
          "meetings.plan",
          {
            orgId: t.h.orgId("begles"),
            body: "comite-suivi",
            date,
            startTime: "14:00",
            endTime: "16:00",
            place: "Mairie de Bègles, salle du conseil",
            agenda: ["Indicateurs du trimestre"],
            ...fields,
          },
          { cookie: t.admin },
        ),
      ).id,
  });
}
