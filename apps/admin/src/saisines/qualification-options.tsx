/**
 * The choices of a saisine's qualification — type, sub-domain, nature, criticality — in their
 * French words, for the qualify dialog and the queue's bulk qualification.
 */
import { labelled, Options } from "@mutu/ui";
import {
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
} from "@mutu/domain";
import { subDomainLabel } from "@mutu/web/saisines";

type Choice = { value: string; label: string };

export const QUALIFICATION_OPTIONS: Record<
  "type" | "subDomain" | "nature" | "criticality",
  readonly Choice[]
> = {
  type: labelled(SAISINE_TYPES, SAISINE_TYPE_LABELS),
  subDomain: SUB_DOMAIN_LETTERS.map((v) => ({ value: v, label: subDomainLabel(v) })),
  nature: labelled(SAISINE_NATURES, SAISINE_NATURE_LABELS),
  criticality: labelled(SAISINE_CRITICALITIES, SAISINE_CRITICALITY_LABELS),
};

/** The `<option>`s of one of them. */
export function QualificationOptions({ of }: { of: keyof typeof QUALIFICATION_OPTIONS }) {
  return <Options options={QUALIFICATION_OPTIONS[of]} />;
}
