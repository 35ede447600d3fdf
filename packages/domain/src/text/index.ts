/** French text: sorting names and « de » before a name. */
export * from "./french.ts";
