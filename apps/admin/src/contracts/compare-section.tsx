/** Comparing two versions of the contract: the choice lives in the URL (?de=…&a=…), the diff below. */
import { Alert, Loading, Section, toFormError, useRoute, withParams } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { ChangeTables, VersionPairForm } from "@mutu/web/contracts";
import { contractsMessages } from "./messages.ts";
import { versionLabel, versionOption } from "./labels.tsx";
import type { VersionSummary } from "./types.ts";

const t = contractsMessages.contract;

export function CompareSection({ versions }: { versions: readonly VersionSummary[] }) {
  const route = useRoute();
  const asked = { from: route.search.get("de") ?? "", to: route.search.get("a") ?? "" };
  const signed = versions.filter((v) => v.status === "signed");
  const last = signed.at(-1) ?? versions.at(-1);
  const before = signed.at(-2) ?? versions.at(0);
  const ready = asked.from !== "" && asked.to !== "" && asked.from !== asked.to;
  const diff = trpc.contracts.diff.useQuery(
    { fromVersionId: asked.from, toVersionId: asked.to },
    { enabled: ready },
  );
  const label = (id: string) => {
    const v = versions.find((x) => x.id === id);
    return v ? versionLabel(v) : "";
  };

  function compare(from: string, to: string) {
    route.navigate(withParams(route.path, route.search, { de: from, a: to }), { keepFocus: true });
  }

  return (
    <Section id="contrat-comparer" title={t.compareTitle}>
      <VersionPairForm
        versions={versions}
        from={asked.from || before?.id || ""}
        to={asked.to || last?.id || ""}
        optionLabel={versionOption}
        onCompare={compare}
        className="form form-wide"
      />
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
