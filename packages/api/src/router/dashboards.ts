/**
 * Dashboards: a commune's home (its open saisines; the period's charts and indicators for those
 * who read them), the managers' view of every member commune (per commune, per centre de
 * proximité, consolidated), the call centre's desk, ten years of months, and exports. Every count
 * is the one of the list it opens.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { communeDashboard } from "../services/dashboards/commune.ts";
import { deskDashboard } from "../services/dashboards/desk.ts";
import { exportDashboard } from "../services/dashboards/export.ts";
import { operatorDashboard } from "../services/dashboards/operator.ts";
import {
  communeInput,
  communeOutput,
  deskOutput,
  exportInput,
  operatorInput,
  operatorOutput,
  trendInput,
  trendOutput,
} from "../services/dashboards/schemas.ts";
import { trendDashboard } from "../services/dashboards/trend.ts";
import { fileOutput } from "../services/indicators/schemas.ts";
import { requireAnyPermission, requirePermission } from "../trpc.ts";

/** A commune's home: anyone who files or reads its saisines (an agent sees their own). */
const communeReader = requireAnyPermission("saisines.read", "saisines.create");
const follower = requirePermission("indicators.read");

export const dashboardsRouter = {
  commune: communeReader
    .input(communeInput)
    .output(communeOutput)
    .query(({ ctx, input }) => communeDashboard(ctx, input)),
  operator: follower
    .input(operatorInput)
    .output(operatorOutput)
    .query(({ ctx, input }) => operatorDashboard(ctx, input)),
  desk: requirePermission("saisines.manage")
    .output(deskOutput)
    .query(({ ctx }) => deskDashboard(ctx)),
  trend: follower
    .input(trendInput)
    .output(trendOutput)
    .query(({ ctx, input }) => trendDashboard(ctx, input)),
  export: follower
    .input(exportInput)
    .output(fileOutput)
    .query(({ ctx, input }) => exportDashboard(ctx, input)),
} satisfies TRPCRouterRecord;
