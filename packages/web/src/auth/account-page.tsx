/**
 * « Mon compte », alike in both spaces: who the person is for mutu (their details and functions
 * are managed by the service commun), and changing their password.
 */
import { Missing, Page } from "@mutu/ui";
import { useSession } from "../session.tsx";
import { ChangePasswordForm } from "./change-password-form.tsx";

export type AccountWording = {
  title: string;
  name: string;
  email: string;
  organisation: string;
  functions: string;
  noFunctions: string;
  changes: string;
};

export function AccountPage({ wording: t }: { wording: AccountWording }) {
  const me = useSession();
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
      {me.kind === "person" ? <ChangePasswordForm /> : null}
    </Page>
  );
}
