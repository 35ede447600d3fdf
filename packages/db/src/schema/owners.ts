/**
 * The organisation keys most tables open with: the organisation a row belongs to (row-level
 * security keys on it) and its operator (who reads its communes' rows). Not in columns.ts, which
 * imports no table.
 */
import { refersTo } from "./columns.ts";
import { organisations } from "./organisations.ts";

/** `org_id` then `operator_id`, both required references to an organisation. */
export const orgAndOperator = () => ({
  orgId: refersTo(() => organisations.id),
  operatorId: refersTo(() => organisations.id),
});
