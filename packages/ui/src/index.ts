/** @mutu/ui — accessible building blocks shared by the commune and admin SPAs. */
export { AppShell, type NavItem, type SignedInUser } from "./app-shell.tsx";
export { Button } from "./button.tsx";
export { DataTable, type Column } from "./data-table.tsx";
export { DateTime } from "./date-time.tsx";
export { Actions, Dialog } from "./dialog.tsx";
export { FormErrorSummary, type SummaryField } from "./error-summary.tsx";
export {
  CheckboxGroup,
  type CheckboxOption,
  type ControlProps,
  Field,
  SelectField,
  TextAreaField,
  TextField,
} from "./field.tsx";
export {
  fieldError,
  type FieldErrors,
  type FormError,
  toFormError,
  useFormError,
} from "./form-error.ts";
export {
  formatDate,
  formatDateTime,
  formatDateTimeCompact,
  formatNumber,
  plural,
} from "./format.ts";
export { uiMessages } from "./messages.ts";
export { Loaded } from "./loaded.tsx";
export { Missing } from "./missing.tsx";
export { Alert, Info, Loading, Status } from "./notice.tsx";
export { AppNameProvider, Page } from "./page.tsx";
export {
  isCurrent,
  Link,
  type NavigateOptions,
  Redirect,
  type Route,
  RouterProvider,
  useRoute,
} from "./router.tsx";
export { type Credentials, SignInForm } from "./sign-in-form.tsx";
