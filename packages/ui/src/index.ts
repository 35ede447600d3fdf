/** @mutu/ui — accessible building blocks shared by the commune and admin SPAs. */
export { AppShell, type SignedInUser } from "./app-shell.tsx";
export type { NavGroup, NavItem, NavLink } from "./main-nav.tsx";
export { Button } from "./button.tsx";
export { type Confirmation, useConfirmation } from "./confirmation.tsx";
export { useOpenerFocus } from "./opener-focus.ts";
export { useRowsFocus } from "./rows-focus.ts";
export { CalendarDate } from "./calendar-date.tsx";
export { ConfirmActions } from "./confirm-actions.tsx";
export { CopyText } from "./copy-text.tsx";
export { type Column, DataTable, type ServerPages, type SortState } from "./data-table.tsx";
export { DateTime } from "./date-time.tsx";
export { type Description, DescriptionList } from "./description-list.tsx";
export {
  downloadBase64File,
  downloadBlob,
  type DownloadableFile,
  downloadText,
} from "./download.ts";
export { Actions, Dialog } from "./dialog.tsx";
export { readFileAsBase64 } from "./files.ts";
export { FormErrorSummary, type SummaryField } from "./error-summary.tsx";
export { type FieldLayout, type FieldPlace, fieldLayout } from "./field-layout.ts";
export { Form } from "./form.tsx";
export { FilterBar } from "./filter-bar.tsx";
export { ChoicesFilter, type FilterChoice } from "./choices-filter.tsx";
export { SelectFilter } from "./select-filter.tsx";
export { FiltersPanel, useFiltersDraft } from "./filters-panel.tsx";
export { type Choice, labelled, Options } from "./options.tsx";
export { FormActions, type FormActionsProps, formActions } from "./form-actions.tsx";
export { FormPanel, type FormPanelState, useFormPanel } from "./form-panel.tsx";
export {
  CheckboxField,
  CheckboxGroup,
  type CheckboxOption,
  type ControlProps,
  DayField,
  EmailField,
  Field,
  MomentField,
  NumberField,
  RadioGroup,
  type RadioOption,
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
  formatCalendarDate,
  frenchCollator,
  formatDate,
  formatDateTime,
  formatDateTimeCompact,
  formatFileSize,
  formatMinutes,
  formatMoney,
  formatNumber,
  plural,
} from "./format.ts";
export { uiMessages } from "./messages.ts";
export { Loaded } from "./loaded.tsx";
export { LoadedTable } from "./loaded-table.tsx";
export { LoadedPage } from "./loaded-page.tsx";
export { Missing } from "./missing.tsx";
export { Alert, Info, Loading, Status } from "./notice.tsx";
export { AppNameProvider, Page } from "./page.tsx";
export { type ContentsItem, PageContents } from "./page-contents.tsx";
export {
  isCurrent,
  Link,
  type NavigateOptions,
  Redirect,
  type Route,
  RouterProvider,
  useLeaveGuard,
  useNotice,
  useRoute,
} from "./router.tsx";
export { focusLost, focusSection, focusSectionIfLost, Section } from "./section.tsx";
export { type Credentials, SignInForm } from "./sign-in-form.tsx";
export { type Filters, urlFilters, withParams, yearParam } from "./url-filters.ts";
export { LoadMoreButton, type PagedList, PagedRows, useLoadMore } from "./load-more.tsx";
export { Pager } from "./pager.tsx";
export { ScrollRegion, useOverflow } from "./use-overflow.tsx";
export { type BoundField, bindFields, textBinding, useFields } from "./use-fields.ts";
export { useDownload } from "./use-download.ts";
export { useRows } from "./use-rows.ts";
