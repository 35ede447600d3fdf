/**
 * The two screens every page is looked at on: a laptop 1366 px wide and a phone 390 px wide
 * (the brief's widths), each with a usual height.
 */
export type Screen = { readonly width: number; readonly height: number };

export const WIDE = { width: 1366, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Both, the wide one first: the walks run once on each. */
export const SCREENS = [WIDE, PHONE] as const;
