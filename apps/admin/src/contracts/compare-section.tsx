/** Comparing two versions of the contract: the choice lives in the URL (?de=…&a=…), the diff below. */
import {
  Actions,
  Alert,
  Button,
  type FormError,
  FormErrorSummary,
  Loading,
  Section,
  SelectField,
  fieldError,
  toFormError,
  useRoute,
} from "@mutu/ui";
import { type FormEvent, useEffect, useState } from "react";
import { trpc } from "@mutu/web";
import { ChangeTables } from "@mutu/web/contracts";
import { contractsMessages } from "./messages.ts";
import { versionLabel, versionOption } from "./labels.tsx";
import type { VersionSummary } from "./types.ts";

const t = contractsMessages.contract;

const fields = [
  { name: "from", id: "comparer-de", label: t.compareFrom },
  { name: "to", id: "comparer-a", label: t.compareTo },
] as const;

export function CompareSection({ versions }: { versions: readonly VersionSummary[] }) {
  const route = useRoute();
  const asked = { from: route.search.get("de") ?? "", to: route.search.get("a") ?? "" };
  const signed = versions.filter((v) => v.status === "signed");
  const last = signed.at(-1) ?? versions.at(-1);
  const before = signed.at(-2) ?? versions.at(0);
  const [from, setFrom] = useState(asked.from || before?.id || "");
  const [to, setTo] = useState(asked.to || last?.id || "");
  const [error, setError] = useState<FormError | null>(null);
  useEffect(() => {
    if (asked.from) setFrom(asked.from);
    if (asked.to) setTo(asked.to);
  }, [asked.from, asked.to]);
  const ready = asked.from !== "" && asked.to !== "" && asked.from !== asked.to;
  const diff = trpc.contracts.diff.useQuery(
    { fromVersionId: asked.from, toVersionId: asked.to },
    { enabled: ready },
  );
  const label = (id: string) => {
    const v = versions.find((x) => x.id === id);
    return v ? versionLabel(v) : "";
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!from || !to || from === to) {
      setError({ message: t.sameVersion, fieldErrors: { to: [t.sameVersion] }, code: null });
      return;
    }
    setError(null);
    const params = new URLSearchParams(route.search);
    params.set("de", from);
    params.set("a", to);
    route.navigate(`${route.path}?${params}`, { keepFocus: true });
  }

  return (
    <Section id="contrat-comparer" title={t.compareTitle}>
      <form className="form form-wide" noValidate onSubmit={submit}>
        <FormErrorSummary error={error} fields={fields} headingLevel={3} />
        <div className="field-row">
          {(
            [
              ["comparer-de", t.compareFrom, from, setFrom, "from"],
              ["comparer-a", t.compareTo, to, setTo, "to"],
            ] as const
          ).map(([id, label_, value, set, name]) => (
            <SelectField
              key={id}
              id={id}
              label={label_}
              value={value}
              onChange={(event) => set(event.currentTarget.value)}
              error={fieldError(error?.fieldErrors, name)}
            >
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {versionOption(v)}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <Actions>
          <Button type="submit" variant="secondary">
            {t.compare}
          </Button>
        </Actions>
      </form>
      {ready ? (
        diff.error ? (
          <Alert>{toFormError(diff.error).message}</Alert>
        ) : diff.data ? (
          <>
            <p role="status">
              {t.compareLead(label(asked.from), label(asked.to))}{" "}
              {contractsMessages.diff.count(diff.data.changes.length)}
            </p>
            <ChangeTables changes={diff.data.changes} />
          </>
        ) : (
          <Loading />
        )
      ) : null}
    </Section>
  );
}
