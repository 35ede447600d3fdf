/** The RGPD API's shapes as the pages read them. */
import type { RouterOutputs } from "../trpc.ts";

type Rgpd = RouterOutputs["rgpd"];
export type Overview = Rgpd["overview"];
export type ProcessingSummary = Rgpd["processing"]["list"][number];
export type ProcessingDetail = Rgpd["processing"]["get"];
export type ProcessingContent = ProcessingDetail["content"];
export type BreachSummary = Rgpd["breaches"]["list"][number];
export type BreachDetail = Rgpd["breaches"]["get"];
export type RequestSummary = Rgpd["requests"]["list"][number];
export type RequestDetail = Rgpd["requests"]["get"];
export type RetentionOperation = Rgpd["retention"]["schedule"][number];
export type Vendor = Rgpd["processors"]["list"][number];
export type SharedSummary = Rgpd["shared"]["list"][number];
export type SharedDetail = Rgpd["shared"]["get"];
export type ReferenceDocument = Rgpd["referential"]["list"][number];
export type Disagreement = Rgpd["disagreements"]["list"][number];
export type ProcessorRegister = Rgpd["processorRegister"];
export type RgpdEvent = ProcessingDetail["events"][number];
export type RgpdDocument = ProcessingDetail["documents"][number];
export type Consultation = BreachDetail["consultations"][number];
