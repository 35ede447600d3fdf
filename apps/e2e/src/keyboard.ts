/**
 * Walking a page with the keyboard alone (RGAA themes 7, 10.7 and 12, WCAG 2.1.1, 2.1.2, 2.4.3,
 * 2.4.7): what has the focus, whether a sighted person sees it (a ring: an outline or a shadow that
 * shows), and Tab pressed until a control is reached — every stop on the way must show its ring, and
 * a control never reached within the presses allowed is a trap or a jump in the order.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { noViolations } from "./harness.ts";

/** The page's title (its `h1`), which takes the focus after a navigation. */
export const pageHeading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/** What has the focus: enough to name it in a failure, and whether its ring shows. */
export type Focused = {
  tag: string;
  id: string;
  role: string;
  name: string;
  ring: boolean;
  /** Where a clipping box cuts the ring (its outline is drawn outside the element). */
  cut: string;
  inDialog: boolean;
  /** Whether the page has the focus at all (not the browser's own address bar, tabs…). */
  page: boolean;
};

/** The focused element, described in the page (`document.activeElement`). */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body)
      return {
        tag: "body",
        id: "",
        role: "",
        name: "",
        ring: false,
        cut: "",
        inDialog: false,
        page: document.hasFocus(),
      };
    const style = getComputedStyle(el);
    const transparent = (colour: string) =>
      colour === "transparent" || /rgba\([^)]*,\s*0\)$/.test(colour);
    const outline =
      style.outlineStyle !== "none" &&
      Number.parseFloat(style.outlineWidth) >= 1 &&
      !transparent(style.outlineColor);
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    // An outline drawn outside the element is cut where a scrolling or clipping box ends.
    const reach = outline
      ? Number.parseFloat(style.outlineWidth) + Math.max(0, Number.parseFloat(style.outlineOffset))
      : 0;
    const box = el.getBoundingClientRect();
    let cut = "";
    // A modal dialog stands in the top layer: the boxes around it in the page cut nothing of it.
    const top = el.closest("dialog[open]") ?? document.body;
    for (let up = el.parentElement; up && up !== top && !cut; up = up.parentElement) {
      const s = getComputedStyle(up);
      const r = up.getBoundingClientRect();
      const left = r.left + up.clientLeft;
      const top = r.top + up.clientTop;
      const slack = 1;
      if (
        s.overflowX !== "visible" &&
        (box.left - reach < left - slack || box.right + reach > left + up.clientWidth + slack)
      )
        cut = `sideways by <${up.tagName.toLowerCase()} class="${up.className}">`;
      if (
        s.overflowY !== "visible" &&
        (box.top - reach < top - slack || box.bottom + reach > top + up.clientHeight + slack)
      )
        cut = `vertically by <${up.tagName.toLowerCase()} class="${up.className}">`;
    }
    const labelled = el.getAttribute("aria-labelledby");
    const input = el as HTMLInputElement;
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled.split(" ")[0] ?? "")?.textContent : null) ??
      (input.labels?.[0]?.textContent || el.textContent || "");
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role:
        el.getAttribute("role") ?? (input.type ? `${el.tagName.toLowerCase()}:${input.type}` : ""),
      name: name.replace(/\s+/g, " ").trim(),
      ring: (outline && !cut) || shadow,
      cut,
      inDialog: el.closest("dialog[open]") !== null,
      page: document.hasFocus(),
    };
  });
}

const describe = (f: Focused) =>
  `${f.page ? "" : "(page not focused) "}<${f.tag}${f.id ? `#${f.id}` : ""}> « ${f.name.slice(0, 80)} »${f.cut ? ` ring cut ${f.cut}` : ""}`;

/** Whether an element `target` finds has the focus (none found: no, at once). */
export const hasFocus = (target: Locator) =>
  target.evaluateAll((els) => els.some((el) => el === document.activeElement));

/**
 * Asserts `target` has the focus (waiting a little: a route change or a dialog moves it after a
 * render) and that its ring shows.
 */
export async function expectFocus(page: Page, target: Locator, where: string) {
  await expect
    .poll(async () => (await hasFocus(target)) || describe(await focused(page)), {
      message: `focus: ${where}`,
      timeout: 5_000,
    })
    .toBe(true);
  const now = await focused(page);
  expect(now.ring, `focus ring visible: ${where} (${describe(now)})`).toBe(true);
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, at most `max` times; every
 * element reached on the way shows its ring. Returns the stops, for a check of their order.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  where: string,
  { back = false, max = 40 }: { back?: boolean; max?: number } = {},
) {
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    stops.push(now);
    // Past the last control: the browser's own address bar, then the page again.
    if (!now.page) continue;
    expect(now.tag, `Tab lost the focus: ${where}`).not.toBe("body");
    expect(now.ring, `focus ring visible on the way: ${where} (${describe(now)})`).toBe(true);
    if (await hasFocus(target)) return stops;
  }
  throw new Error(
    `${where}: not reached in ${max} presses of Tab; stops: ${stops.map(describe).join(", ")}`,
  );
}

/**
 * Tab `times` times inside an open modal dialog, then Shift+Tab as many: the focus never reaches
 * the page behind it. Past the last control it may go to the browser's own address bar (a modal
 * `<dialog>` leaves the browser reachable, as the HTML standard has it) and comes back into the
 * dialog with the next press.
 */
export async function expectTrappedInDialog(page: Page, times: number, where: string) {
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      let now = await focused(page);
      if (!now.page) {
        await page.keyboard.press(key);
        now = await focused(page);
      }
      expect(now.inDialog, `${where}: ${key} left the dialog for ${describe(now)}`).toBe(true);
      expect(now.ring, `focus ring visible in the dialog: ${where} (${describe(now)})`).toBe(true);
    }
  }
}

/**
 * A modal dialog behind its button (`opener`, reached with Tab in at most `max` presses): opened
 * with Enter, its `first` control takes the focus — by default its « Annuler », the safe choice a
 * confirmation opens on — (axe run then with `axe`); Tab and Shift+Tab `tabs` times
 * each never leave it; Échap closes it and gives the focus back to `opener`; opened again with
 * Enter, `first` has the focus again, the dialog left open.
 */
export async function walkDialog(
  page: Page,
  d: { opener: Locator; dialog: Locator; tabs: number; name: string } & {
    first?: Locator;
    max?: number;
    axe?: boolean;
  },
) {
  const first = d.first ?? d.dialog.getByRole("button", { name: "Annuler" });
  await tabTo(page, d.opener, `${d.name}: its opener`, { max: d.max ?? 40 });
  await page.keyboard.press("Enter");
  await expectFocus(page, first, `${d.name}: opened, its first control`);
  if (d.axe) await noViolations(page, d.name);
  await expectTrappedInDialog(page, d.tabs, d.name);
  await page.keyboard.press("Escape");
  await d.dialog.waitFor({ state: "hidden" });
  await expectFocus(page, d.opener, `${d.name}: Échap, the focus back on its opener`);
  await page.keyboard.press("Enter");
  await expectFocus(page, first, `${d.name}: opened again, its first control`);
}

/** Types into the focused control (never `fill`: the keyboard only). */
export async function typeHere(page: Page, text: string) {
  await page.keyboard.type(text);
}

/** Signs in with the keyboard: the email field first in the form, then the password, then Enter. */
export async function signInByKeyboard(page: Page, path: string, email: string, password: string) {
  await page.goto(path);
  const emailField = page.getByLabel("Adresse électronique");
  await emailField.waitFor();
  await tabTo(page, emailField, "sign-in: the email field");
  await typeHere(page, email);
  await tabTo(page, page.getByLabel("Mot de passe"), "sign-in: the password");
  await typeHere(page, password);
  await page.keyboard.press("Enter");
}

/**
 * Presses `key` (ArrowDown by default) in the focused radio group or select until `done` holds, at
 * most `max` times: an option chosen with the arrows, as a keyboard user does.
 */
export async function arrowUntil(
  page: Page,
  done: () => Promise<boolean>,
  where: string,
  { key = "ArrowDown", max = 12 }: { key?: string; max?: number } = {},
) {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  if (!(await done())) throw new Error(`${where}: not chosen in ${max} presses of ${key}`);
}

/**
 * Tabs to `submit` and presses Enter, the form being incomplete: its error summary (titled
 * `failed`) takes the focus, and its link `link` leads to `field`, which then has the focus.
 */
export async function sendRefused(
  page: Page,
  submit: Locator,
  failed: string,
  link: RegExp,
  field: Locator,
) {
  await tabTo(page, submit, `${failed}: the submit button`, { max: 80 });
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: failed });
  await expectFocus(page, summary, `${failed}: the error summary`);
  await tabTo(page, summary.getByRole("link", { name: link }), `${failed}: the summary's link`, {
    max: 6,
  });
  await page.keyboard.press("Enter");
  await expectFocus(page, field, `${failed}: the link → its field`);
}

/** The digits that type a day (YYYY-MM-DD) into a date field as the French browser orders them. */
export const dateKeys = (day: string) => day.split("-").reverse().join("");

/**
 * A form behind its button (`toggle`, a `FormPanel`, looked for in `scope`): opened with Enter, the
 * focus stays on the button and Tab leads into the form. With `failed`, the form is first sent
 * empty: its error summary takes the focus and its first link leads to the field where `fill`
 * starts typing. Sent with `submit`, the focus is on the button again — or, when the step left
 * the page, on the message saying it was `done` — never lost.
 */
export async function takeStep(
  page: Page,
  words: { toggle: string; submit: string; done: string; failed?: string },
  fill: () => Promise<void>,
  scope: Page | Locator = page,
) {
  // The button first, the form's own (sometimes of the same words) after it.
  const toggle = scope.getByRole("button", { name: words.toggle, exact: true }).first();
  await tabTo(page, toggle, words.toggle, { max: 60 });
  await page.keyboard.press("Enter");
  await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
  await expectFocus(page, toggle, `${words.toggle}: opened, the focus on its button`);
  const submit = scope.getByRole("button", { name: words.submit, exact: true }).last();
  if (words.failed) {
    await tabTo(page, submit, `${words.submit}, empty`, { max: 12 });
    await page.keyboard.press("Enter");
    const summary = scope.getByRole("alert").filter({ hasText: words.failed });
    await expectFocus(page, summary, `${words.submit}, empty: the error summary`);
    await tabTo(page, summary.getByRole("link").first(), "the summary's first link", { max: 4 });
    await page.keyboard.press("Enter");
  }
  await fill();
  await tabTo(page, submit, words.submit, { max: 12 });
  await page.keyboard.press("Enter");
  const done = page.getByRole("status").filter({ hasText: words.done });
  await done.waitFor();
  await expectFocus(page, toggle.or(done), `${words.submit}: done, the focus kept`);
}

/**
 * A row added at the end of a list with its « Ajouter » button takes the focus in its first field
 * (`first`), where `fill` types or chooses; removed with the last of its « Retirer » buttons
 * (`removes`), the focus is back on « Ajouter ».
 */
export async function addThenRemove(
  page: Page,
  list: { add: string; first: Locator; removes: Locator; max?: number },
  fill: () => Promise<void>,
) {
  const add = page.getByRole("button", { name: list.add });
  await tabTo(page, add, list.add, { max: list.max ?? 40 });
  await page.keyboard.press("Enter");
  await expectFocus(page, list.first, `${list.add}: the new row's first field`);
  await fill();
  const rows = await list.removes.count();
  await tabTo(page, list.removes.last(), `${list.add}: its « Retirer »`, { max: 8 });
  await page.keyboard.press("Enter");
  await expect.poll(() => list.removes.count()).toBe(rows - 1);
  await expectFocus(page, add, `${list.add}: removed, the focus on « Ajouter »`);
}
