/** The shapes the saisine pages work with, as the API returns them (instants as ISO strings). */
import type { RouterInputs, RouterOutputs } from "@mutu/web";
import type { SaisineDetail } from "@mutu/web/saisines";

export type { DueState, SaisineDetail, TimelineEvent } from "@mutu/web/saisines";
export type QueueItem = RouterOutputs["saisines"]["queue"]["items"][number];
export type QueueInput = RouterInputs["saisines"]["queue"];
export type FiledSaisine = RouterOutputs["saisines"]["create"];
export type Assignees = RouterOutputs["saisines"]["assignees"];
export type Recap = RouterOutputs["saisines"]["yearlyRecap"]["recap"];
export type ClockFigure = NonNullable<SaisineDetail["clocks"]["handling"]>;
