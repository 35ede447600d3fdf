/**
 * The commune's designations (V-c, V-d, V-k): its own DPO when it keeps one, the mission letter of
 * the shared one, its RGPD correspondents, the retention of residents' contact data in saisines and
 * the day it gave its inventory of pre-existing processing. What the contract's option asks is the
 * domain's rule (`designationProblems`), checked here before sending, and again by the server.
 */
import { designationProblems, saveRgpdSettingsInput } from "@mutu/domain";
import {
  DayField,
  Form,
  fieldLayout,
  formActions,
  formatDateTime,
  NumberField,
  TextField,
  useFields,
} from "@mutu/ui";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { RowsFieldset } from "./list-fields.tsx";
import { organisationMessages as t } from "./organisation-messages.ts";
import { useOrgInput } from "./space.tsx";
import type { Overview } from "./types.ts";

const layout = fieldLayout("organisation", {
  ownDpoName: ["dpo-nom", t.ownDpoName],
  ownDpoEmail: ["dpo-courriel", t.ownDpoEmail],
  ownDpoDesignatedOn: ["dpo-date", t.ownDpoDesignatedOn],
  missionLetterReference: ["lettre", t.missionLetterReference],
  missionLetterOn: ["lettre-date", t.missionLetterOn],
  correspondents: ["correspondants", t.correspondents],
  residentRetentionMonths: ["conservation", t.residentRetentionMonths],
  legacyInventorySubmittedOn: ["inventaire", t.legacyInventorySubmittedOn],
});

export function SettingsForm({
  o,
  onDone,
}: {
  o: Overview;
  onDone(message: string): Promise<void>;
}) {
  const orgInput = useOrgInput();
  const save = trpc.rgpd.saveSettings.useMutation();
  const form = useSchemaForm(saveRgpdSettingsInput, save);
  const s = o.settings;
  const f = useFields(
    {
      ownDpoName: s.ownDpoName,
      ownDpoEmail: s.ownDpoEmail,
      ownDpoDesignatedOn: s.ownDpoDesignatedOn ?? "",
      missionLetterReference: s.missionLetterReference,
      missionLetterOn: s.missionLetterOn ?? "",
      correspondents: s.correspondents,
      residentRetentionMonths: String(s.residentRetentionMonths),
      legacyInventorySubmittedOn: s.legacyInventorySubmittedOn ?? "",
    },
    form.error,
    layout,
  );
  const v = f.values;
  const shared = o.options.dpoShared;
  return (
    <Form
      error={form.error}
      fields={layout}
      failed={t.failed}
      intro={
        s.updatedBy && s.updatedAt ? (
          <p className="muted">{t.updatedBy(s.updatedBy, formatDateTime(s.updatedAt))}</p>
        ) : undefined
      }
      onSubmit={() => {
        const months = v.residentRetentionMonths.trim();
        const input = {
          ...orgInput,
          ...v,
          residentRetentionMonths: /^\d+$/.test(months) ? Number(months) : months,
        };
        const checked = form.check(input, (errors) => {
          if (Object.keys(errors).length === 0)
            Object.assign(errors, designationProblems(shared, v));
        });
        if (checked) save.mutate(checked, { onSuccess: () => onDone(t.saved) });
      }}
      actions={formActions({ submit: t.save, submitting: t.saving }, save.isPending)}
    >
      {shared === false ? (
        <div className="field-row">
          <TextField {...f.field("ownDpoName")} required />
          <TextField {...f.field("ownDpoEmail")} type="email" />
          <DayField {...f.field("ownDpoDesignatedOn")} />
        </div>
      ) : (
        <>
          <TextField {...f.field("missionLetterReference")} className="input input-wide" />
          <DayField {...f.field("missionLetterOn")} />
        </>
      )}
      <RowsFieldset
        {...f.fieldset("correspondents")}
        hint={t.correspondentsHint}
        rows={v.correspondents}
        onChange={(correspondents) => f.set({ correspondents })}
        blank={{ name: "", function: "", email: "" }}
        rowLegend={(i) => t.correspondent(i + 1)}
        addLabel={t.addCorrespondent}
      >
        {(i, { text: rowText }) => (
          <>
            <TextField
              id={`organisation-correspondant-nom-${i}`}
              label={t.name}
              required
              {...rowText("name")}
            />
            <TextField
              id={`organisation-correspondant-fonction-${i}`}
              label={t.function}
              required
              className="input input-wide"
              {...rowText("function")}
            />
            <TextField
              id={`organisation-correspondant-courriel-${i}`}
              label={t.email}
              type="email"
              {...rowText("email")}
            />
          </>
        )}
      </RowsFieldset>
      <NumberField
        {...f.field("residentRetentionMonths")}
        hint={t.residentRetentionHint}
        required
      />
      <DayField {...f.field("legacyInventorySubmittedOn")} />
    </Form>
  );
}
