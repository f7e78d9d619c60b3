import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useMe } from "../../api/auth";
import { ErrorState, Loading } from "../../components/ui/States";

/** Children only for a logged-in user; others go to /login?next=<where they were>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.error) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
