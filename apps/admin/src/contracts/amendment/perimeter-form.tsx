/** Sub-domains A–D: whether each is mutualised, its activities and its exclusions (one per line). */
import { CheckboxField, TextAreaField, fieldError } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import { type Annex, LETTERS, type Letter, type VersionDetail } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { linesOf, useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

const fields = LETTERS.flatMap((letter) => [
  {
    name: `annex.subDomains.${letter}.mutualised`,
    id: `perimetre-${letter}-mutualise-0`,
    label: `${t.mutualised} (${letter})`,
  },
  {
    name: `annex.subDomains.${letter}.activities`,
    id: `perimetre-${letter}-activites`,
    label: t.activities(letter),
  },
  {
    name: `annex.subDomains.${letter}.exclusions`,
    id: `perimetre-${letter}-exclusions`,
    label: t.exclusions(letter),
  },
]);

type State = Record<Letter, { mutualised: boolean; activities: string; exclusions: string }>;

function toState(annex: Annex): State {
  const entries = LETTERS.map((letter) => {
    const sub = annex.subDomains[letter];
    return [
      letter,
      {
        mutualised: sub.mutualised,
        activities: sub.activities.join("\n"),
        exclusions: sub.exclusions.join("\n"),
      },
    ] as const;
  });
  return Object.fromEntries(entries) as State;
}

/** Enough rows for the text as it wraps (about 90 characters a row), within limits. */
const rows = (text: string) =>
  Math.min(
    20,
    Math.max(
      4,
      text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 90)), 1),
    ),
  );

export function PerimeterForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const draft = useDraftSave(version, fields, t.contents.perimeter);
  const error = draft.error;

  function update(letter: Letter, patch: Partial<State[Letter]>) {
    form.set((v) => ({ ...v, [letter]: { ...v[letter], ...patch } }));
  }

  function submit() {
    const subDomains = Object.fromEntries(
      LETTERS.map((letter) => [
        letter,
        {
          ...annex.subDomains[letter],
          mutualised: form.value[letter].mutualised,
          activities: linesOf(form.value[letter].activities),
          exclusions: linesOf(form.value[letter].exclusions),
        },
      ]),
    );
    draft.save({ annex: { ...annex, subDomains } }, form.saved);
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.perimeter} onSubmit={submit}>
      {LETTERS.map((letter) => (
        <fieldset key={letter} className="fieldset-box">
          <legend>{t.subDomain(letter, annex.subDomains[letter].title)}</legend>
          <CheckboxField
            id={`perimetre-${letter}-mutualise`}
            label={`${t.mutualised} (${letter})`}
            checked={form.value[letter].mutualised}
            onChange={(mutualised) => update(letter, { mutualised })}
            error={fieldError(error?.fieldErrors, `annex.subDomains.${letter}.mutualised`)}
          />
          <TextAreaField
            id={`perimetre-${letter}-activites`}
            label={t.activities(letter)}
            hint={t.linesHint}
            className="input input-wide"
            rows={rows(form.value[letter].activities)}
            value={form.value[letter].activities}
            onChange={(event) => update(letter, { activities: event.currentTarget.value })}
            error={fieldError(error?.fieldErrors, `annex.subDomains.${letter}.activities`)}
          />
          <TextAreaField
            id={`perimetre-${letter}-exclusions`}
            label={t.exclusions(letter)}
            hint={t.linesHint}
            className="input input-wide"
            rows={rows(form.value[letter].exclusions)}
            value={form.value[letter].exclusions}
            onChange={(event) => update(letter, { exclusions: event.currentTarget.value })}
            error={fieldError(error?.fieldErrors, `annex.subDomains.${letter}.exclusions`)}
          />
        </fieldset>
      ))}
    </DraftPartForm>
  );
}
