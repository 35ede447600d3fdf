/** The shapes the convention pages work with, as the API returns them. */
import type { RouterOutputs } from "@mutu/web";

export type Catalogue = RouterOutputs["memberships"]["catalogue"];
export type Member = RouterOutputs["memberships"]["list"][number];
export type Membership = RouterOutputs["memberships"]["get"];
export type Contributions = RouterOutputs["memberships"]["contributions"];
export type ContributionRow = Contributions["rows"][number];
