/**
 * @mutu/web/rgpd — the RGPD registers' pages both spaces show (loaded with them): a commune's
 * registers in its own space, any commune's (or the Métropole's own) in the Métropole's.
 */
export { BreachPage } from "./breach-page.tsx";
export { BreachesPage, NewBreachPage } from "./breaches-page.tsx";
export { formMessages as rgpdFormMessages } from "./form-messages.ts";
export { rgpdMessages } from "./messages.ts";
export { OrganisationPage } from "./organisation-page.tsx";
export { ExportsSection, OverviewPage } from "./overview-page.tsx";
export { contentOf, type Draft, draftOf, emptyDraft } from "./processing-draft.ts";
export { ProcessingEditPage } from "./processing-edit-page.tsx";
export { ProcessingForm } from "./processing-form.tsx";
export { ProcessingPage } from "./processing-page.tsx";
export { ProcessorRegisterPage, VendorsTable } from "./processor-register-page.tsx";
export { documentColumn } from "./referential-section.tsx";
export { RegisterPage } from "./register-page.tsx";
export { RequestPage } from "./request-page.tsx";
export { NewRequestPage, RequestsPage } from "./requests-page.tsx";
export { RetentionPage } from "./retention-page.tsx";
export { RGPD_PAGES, rgpdPagesIn } from "./pages.tsx";
export { SharedListPage } from "./shared-list-page.tsx";
export {
  type RgpdSpace,
  RgpdLink,
  RgpdPage,
  RgpdSpaceProvider,
  useOrgInput,
  useRgpdHref,
  useRgpdSpace,
} from "./space.tsx";
export type * from "./types.ts";
