/** Choosing two versions to compare; the comparison has its own page (/contrat/comparer). */
import {
  Actions,
  Button,
  type FormError,
  FormErrorSummary,
  SelectField,
  fieldError,
  useRoute,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { contractsMessages } from "../messages.ts";
import { versionOption } from "../labels.ts";
import type { VersionSummary } from "../types.ts";

const t = contractsMessages.history;

const fields = [
  { name: "from", id: "comparer-de", label: t.from_ },
  { name: "to", id: "comparer-a", label: t.to_ },
] as const;

/** By default: the version before the one in force, and the one in force. */
function defaults(versions: readonly VersionSummary[], from?: string, to?: string) {
  const current = versions.findIndex((v) => v.inForce);
  const target = current >= 0 ? current : versions.length - 1;
  return {
    from: from ?? versions[Math.max(0, target - 1)]?.id ?? "",
    to: to ?? versions[target]?.id ?? "",
  };
}

export function CompareForm({
  versions,
  from: initialFrom,
  to: initialTo,
  headingLevel = 3,
}: {
  versions: readonly VersionSummary[];
  from?: string;
  to?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { navigate } = useRoute();
  const start = defaults(versions, initialFrom, initialTo);
  const [from, setFrom] = useState(start.from);
  const [to, setTo] = useState(start.to);
  const [error, setError] = useState<FormError | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!from || !to || from === to) {
      setError({ message: t.sameVersion, fieldErrors: { to: [t.sameVersion] }, code: null });
      return;
    }
    setError(null);
    navigate(`/contrat/comparer?de=${encodeURIComponent(from)}&a=${encodeURIComponent(to)}`);
  }

  return (
    <form
      className="form form-wide form-panel"
      noValidate
      onSubmit={submit}
      aria-labelledby="comparer-titre"
    >
      <Heading id="comparer-titre">{t.compareTitle}</Heading>
      <FormErrorSummary error={error} fields={fields} headingLevel={headingLevel} />
      <div className="field-row">
        <SelectField
          id="comparer-de"
          label={t.from_}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "from")}
        >
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {versionOption(v)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="comparer-a"
          label={t.to_}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "to")}
        >
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {versionOption(v)}
            </option>
          ))}
        </SelectField>
      </div>
      <Actions>
        <Button type="submit" variant="secondary">
          {t.compare}
        </Button>
      </Actions>
    </form>
  );
}
