/** The shapes the saisine pages work with, as the API returns them (instants as ISO strings). */
import type { RouterInputs, RouterOutputs } from "@mutu/api";
import type { SaisineDetail } from "@mutu/web/saisines";

export type { DueState, SaisineDetail, TimelineEvent } from "@mutu/web/saisines";
export type SaisineListItem = RouterOutputs["saisines"]["list"]["items"][number];
export type FiledSaisine = RouterOutputs["saisines"]["create"];
export type ListInput = RouterInputs["saisines"]["list"];
export type ClockFigure = NonNullable<SaisineDetail["clocks"]["handling"]>;
