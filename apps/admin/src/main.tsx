/** Entry point: the shared providers (query cache, API client, router under /admin) around the app. */
import "@mutu/ui/styles.css";
import { ApiProvider } from "@mutu/web";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { basePath } from "./routes.ts";

const container = document.getElementById("root");
if (!container) throw new Error("#root missing from index.html");
createRoot(container).render(
  <StrictMode>
    <ApiProvider base={basePath}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
