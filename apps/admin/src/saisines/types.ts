/** The shapes the saisine pages work with, as the API returns them (instants as ISO strings). */
import type { RouterInputs, RouterOutputs } from "../trpc.ts";

export type QueueItem = RouterOutputs["saisines"]["queue"]["items"][number];
export type QueueInput = RouterInputs["saisines"]["queue"];
export type SaisineDetail = RouterOutputs["saisines"]["get"];
export type TimelineEvent = RouterOutputs["saisines"]["timeline"]["events"][number];
export type FiledSaisine = RouterOutputs["saisines"]["create"];
export type Assignees = RouterOutputs["saisines"]["assignees"];
export type Arbitration = RouterOutputs["arbitrations"]["list"][number];
export type Recap = RouterOutputs["saisines"]["yearlyRecap"]["recap"];
export type DueState = QueueItem["dueState"];
export type ClockFigure = NonNullable<SaisineDetail["clocks"]["handling"]>;
