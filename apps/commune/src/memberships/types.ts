/** The shapes the membership pages work with, as the API returns them. */
import type { RouterOutputs } from "@mutu/api";

export type Membership = RouterOutputs["memberships"]["get"];
export type Simulation = RouterOutputs["memberships"]["simulate"];
