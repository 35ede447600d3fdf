/** « Mon compte »: who the person is for mutu, and changing their password (@mutu/web/auth). */
import { AccountPage as SharedAccountPage } from "@mutu/web/auth";
import { accountMessages } from "./messages.ts";

export function AccountPage() {
  return <SharedAccountPage wording={accountMessages} />;
}
