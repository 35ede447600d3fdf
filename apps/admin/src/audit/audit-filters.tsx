/** The journal's filters, kept in the URL (shareable, back and forward work). */
import { auditFilterInput } from "@mutu/domain";
import {
  DayField,
  fieldLayout,
  type Filters,
  FiltersPanel,
  FormErrorSummary,
  Options,
  SelectField,
  TextField,
  urlFilters,
  useRoute,
  useFields,
} from "@mutu/ui";
import { useEffect } from "react";
import { useSchemaForm } from "@mutu/web";
import type { Organisation } from "../organisations/use-organisations.ts";
import { auditMessages } from "./messages.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";
import { auditActionChoices } from "@mutu/domain";

const t = auditMessages;

/** Each filter and its URL parameter (French, as the URLs are). */
const url = urlFilters({
  orgId: "organisation",
  action: "action",
  actor: "auteur",
  from: "du",
  to: "au",
});

export type AuditFilters = Filters<"orgId" | "action" | "actor" | "from" | "to">;

export const filtersFrom = url.from;

const fields = fieldLayout("journal", {
  orgId: ["organisation", t.organisation],
  action: ["action", t.action],
  actor: ["auteur", t.actor],
  from: ["du", t.from],
  to: ["au", t.to],
});

type AuditFiltersFormProps = {
  current: AuditFilters;
  organisations: readonly Organisation[];
  /** The journal's refusal of the filters (an invalid date…), shown field by field. */
  refusal: unknown;
};

/** The actions by what they are about (the filter takes a whole group, or one action). */
const ACTION_GROUPS = auditActionChoices();

export function AuditFiltersForm({ current, organisations, refusal }: AuditFiltersFormProps) {
  const { navigate } = useRoute();
  const form = useSchemaForm(auditFilterInput, { error: refusal });
  const { error } = form;
  const f = useFields(url.filled(current), error, fields);
  const currentQuery = url.query(current);
  // Back and forward change the URL under the form: show the filters the list shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string stands for `current`
  useEffect(() => f.reset(url.filled(current)), [currentQuery]);

  function submit() {
    const filters = url.clean(f.values);
    if (form.check(filters)) navigate(`/journal${url.query(filters)}`, { keepFocus: true });
  }

  function reset() {
    f.reset(url.filled({}));
    form.clear();
    navigate("/journal", { keepFocus: true });
  }

  return (
    <FiltersPanel
      id="journal-filtres"
      wording={{ title: t.filtersTitle, apply: t.apply, reset: t.reset }}
      onApply={submit}
      onReset={reset}
      errors={<FormErrorSummary error={error} fields={fields} headingLevel={3} />}
    >
      <SelectField {...f.field("orgId")}>
        <OrganisationOptions organisations={organisations} empty={t.allOrganisations} />
      </SelectField>
      <SelectField {...f.field("action")}>
        <option value="">{t.allActions}</option>
        {ACTION_GROUPS.map((group) => (
          <optgroup key={group.prefix} label={group.label}>
            <option value={group.prefix}>{t.everyAction(group.label)}</option>
            <Options options={group.actions} />
          </optgroup>
        ))}
      </SelectField>
      <TextField {...f.field("actor")} hint={t.actorHint} />
      <DayField {...f.field("from")} hint={t.dateHint} />
      <DayField {...f.field("to")} hint={t.dateHint} />
    </FiltersPanel>
  );
}
