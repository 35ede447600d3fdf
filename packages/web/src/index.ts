/**
 * @mutu/web — what both SPAs share that knows the API: the typed client, the session and its gate,
 * the sign-in page, the route lookups. Pages loaded on demand come from the subpaths
 * (`@mutu/web/contracts`, `@mutu/web/saisines`) so they stay out of the first download.
 */
export { ApiProvider } from "./api-provider.tsx";
export { CommuneYearFilter, useYearParam } from "./commune-year-filter.tsx";
export { webMessages } from "./messages.ts";
export { type FormValues, type SchemaForm, useSchemaForm } from "./schema-form.ts";
export {
  findRoute,
  returnPath,
  type SharedRouteId,
  type SpaRoute,
  sharedRoutes,
  signInHref,
  signInPath,
} from "./routes.ts";
export { type Space, SessionGate, type SpaceWording } from "./session-gate.tsx";
export { can, canAny, type Me, SessionProvider, useSession } from "./session.tsx";
export { type SignInNotice, SignInPage } from "./sign-in-page.tsx";
export {
  createQueryClient,
  createTrpcClient,
  isUnauthorized,
  type RouterInputs,
  type RouterOutputs,
  trpc,
} from "./trpc.ts";
