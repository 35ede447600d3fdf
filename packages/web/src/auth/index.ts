/**
 * @mutu/web/auth — the password's pages and form both SPAs show, loaded with them only: the
 * strength check they use carries its dictionaries.
 */
export { type AccountWording, AccountPage } from "./account-page.tsx";
export { ChangePasswordForm } from "./change-password-form.tsx";
export {
  newPasswordPath,
  PasswordResetPage,
  PasswordResetRequestPage,
  passwordResetPath,
} from "./password-reset-pages.tsx";
