/** Entry point: providers (query cache, API client, router under /admin) around the app. */
import "@mutu/ui/styles.css";
import { RouterProvider } from "@mutu/ui";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { basePath } from "./routes.ts";
import { createQueryClient, createTrpcClient, trpc } from "./trpc.ts";

function Root() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createTrpcClient);
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider base={basePath}>
          <App />
        </RouterProvider>
      </QueryClientProvider>
    </trpc.Provider>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("#root missing from index.html");
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
