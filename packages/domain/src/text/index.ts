/** French text: sorting names, « de » before a name, and French typography. */
export * from "./french.ts";
export * from "./typography.ts";
