/** The shapes the saisine pages work with, as the API returns them (instants as ISO strings). */
import type { RouterInputs, RouterOutputs } from "@mutu/api";

export type SaisineListItem = RouterOutputs["saisines"]["list"]["items"][number];
export type SaisineDetail = RouterOutputs["saisines"]["get"];
export type TimelineEvent = RouterOutputs["saisines"]["timeline"]["events"][number];
export type FiledSaisine = RouterOutputs["saisines"]["create"];
export type ListInput = RouterInputs["saisines"]["list"];
export type DueState = SaisineListItem["dueState"];
export type ClockFigure = NonNullable<SaisineDetail["clocks"]["handling"]>;
