/**
 * Fixtures the tests of other packages share with the domain's own tests (the API's integration
 * tests build on them); application code never imports this module.
 */
export { schoolRegistrations } from "./rgpd/test-fixtures.ts";
