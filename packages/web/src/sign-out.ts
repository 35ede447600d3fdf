/** Signing out on request: the cache is emptied (the next person must not see it), then the sign-in page says so. */
import { useRoute } from "@mutu/ui";
import { useQueryClient } from "@tanstack/react-query";
import { signInPath } from "./routes.ts";
import { trpc } from "./trpc.ts";

export function useSignOut() {
  const route = useRoute();
  const queryClient = useQueryClient();
  return trpc.auth.signOut.useMutation({
    onSuccess() {
      queryClient.clear();
      route.navigate(signInPath, { replace: true, state: { notice: "signed-out" } });
    },
  });
}
