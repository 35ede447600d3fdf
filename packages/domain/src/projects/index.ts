/**
 * Projects: the commune's digital plan and its projects — the fiche projet (002 annex 3), the
 * study, the steering committee's decision, the phases, the plan projet (004), effort against the
 * contract's commitment and indicators 2.1.1 / 2.1.2, and Redon's level-1 missions (002 §3.2.3).
 * Pure rules, no I/O.
 */
export * from "./decision.ts";
export * from "./digital-plan.ts";
export * from "./documents.ts";
export * from "./dpo-opinion.ts";
export * from "./effort.ts";
export * from "./fiche.ts";
export * from "./indicators.ts";
export * from "./inputs.ts";
export * from "./lifecycle.ts";
export * from "./vocabulary.ts";
