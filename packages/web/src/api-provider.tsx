/** The providers every page needs: the query cache, the API client and the router under its base. */
import { RouterProvider } from "@mutu/ui";
import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { createQueryClient, createTrpcClient, trpc } from "./trpc.ts";

export function ApiProvider({ base, children }: { base?: string; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createTrpcClient);
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider base={base}>{children}</RouterProvider>
      </QueryClientProvider>
    </trpc.Provider>
  );
}
