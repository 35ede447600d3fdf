/** Entry point: the shared providers (query cache, API client, router) around the app. */
import "@mutu/ui/styles.css";
import { ApiProvider } from "@mutu/web";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";

const container = document.getElementById("root");
if (!container) throw new Error("#root missing from index.html");
createRoot(container).render(
  <StrictMode>
    <ApiProvider>
      <App />
    </ApiProvider>
  </StrictMode>,
);
