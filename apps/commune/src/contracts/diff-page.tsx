/** « Comparer deux versions » (/contrat/comparer?de=…&a=…): what changed, item by item, grouped. */
import { Alert, Info, Loaded, Loading, Page, toFormError, useRoute } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { ChangeTables } from "@mutu/web/contracts";
import { contractsMessages } from "./messages.ts";
import { CompareForm, defaultPair } from "./history/compare-form.tsx";
import { versionLabel } from "./labels.ts";

const t = contractsMessages.diff;

export function DiffPage() {
  const { search } = useRoute();
  const from = search.get("de") ?? "";
  const to = search.get("a") ?? "";
  const ready = from !== "" && to !== "";
  const diff = trpc.contracts.diff.useQuery(
    { fromVersionId: from, toVersionId: to },
    { enabled: ready },
  );
  // The versions to choose from again (asked in the same request as the diff).
  const history = trpc.contracts.current.useQuery({}, { retry: false });
  const lead = diff.data
    ? t.lead(versionLabel(diff.data.from), versionLabel(diff.data.to))
    : undefined;

  return (
    <Page title={t.title} lead={lead} back={{ to: "/contrat", label: t.back }}>
      {!ready ? (
        <Loaded query={history}>
          {({ versions }) => {
            // The form picks two versions by itself when it can; say what to do when it cannot.
            const pair = defaultPair(versions);
            return (
              <>
                {pair.from === "" || pair.from === pair.to ? <Info>{t.missing}</Info> : null}
                <CompareForm
                  versions={versions}
                  headingLevel={2}
                  title={t.pickTitle}
                  variant="primary"
                />
              </>
            );
          }}
        </Loaded>
      ) : diff.error ? (
        <Alert>{toFormError(diff.error).message}</Alert>
      ) : !diff.data ? (
        <Loading label={t.loading} />
      ) : (
        <>
          <p role="status">{t.count(diff.data.changes.length)}</p>
          <ChangeTables
            changes={diff.data.changes}
            notMentioned={contractsMessages.support.notMentioned}
          />
          <Loaded query={history}>
            {({ versions }) => (
              <CompareForm
                key={`${from} ${to}`}
                versions={versions}
                from={from}
                to={to}
                headingLevel={2}
                title={t.pickTitle}
                variant="primary"
              />
            )}
          </Loaded>
        </>
      )}
    </Page>
  );
}
