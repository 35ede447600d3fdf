/** The shapes of a saisine both spaces show, as the API returns them (instants as ISO strings). */
import type { RouterOutputs } from "@mutu/api";

export type SaisineDetail = RouterOutputs["saisines"]["get"];
export type TimelineEvent = RouterOutputs["saisines"]["timeline"]["events"][number];
export type DueState = RouterOutputs["saisines"]["list"]["items"][number]["dueState"];
