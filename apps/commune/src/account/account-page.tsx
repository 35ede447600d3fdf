/** « Mon compte »: who the person is for mutu. Read-only: the service commun manages accounts. */
import { Missing, Page } from "@mutu/ui";
import { useSession } from "@mutu/web";
import { accountMessages } from "./messages.ts";

export function AccountPage() {
  const me = useSession();
  const t = accountMessages;
  return (
    <Page title={t.title}>
      <dl className="summary-list">
        <dt>{t.name}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t.email}</dt>
        <dd>{me.email ?? <Missing />}</dd>
        <dt>{t.organisation}</dt>
        <dd>{me.org.name}</dd>
        <dt>{t.functions}</dt>
        <dd>
          {me.functions.length ? (
            <ul className="plain-list">
              {me.functions.map((fn) => (
                <li key={fn.id}>{fn.label}</li>
              ))}
            </ul>
          ) : (
            t.noFunctions
          )}
        </dd>
      </dl>
      <p className="prose">{t.changes}</p>
    </Page>
  );
}
