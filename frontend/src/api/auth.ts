/**
 * The session, shared by the router and every screen: who is logged in, what they may
 * do (useCan), logging in and out.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./client";
import { ApiError, unwrap } from "./errors";
import type { Schema } from "./types";

export type Me = Schema<"Me">;
export type Permission = keyof Me["permissions"];

export const meQueryKey = ["auth", "me"] as const;

/** The current user, or null when nobody is logged in (401 is an answer, not an error). */
async function fetchMe(): Promise<Me | null> {
  try {
    return unwrap(await api.GET("/api/v1/auth/me/"));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** Whether the current user holds a permission; false while unknown (safe default). */
export function useCan(permission: Permission): boolean {
  const { data } = useMe();
  return Boolean(data?.permissions[permission]);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { username: string; password: string }) =>
      unwrap(await api.POST("/api/v1/auth/login/", { body })),
    onSuccess: (data) => {
      client.clear();
      client.setQueryData(meQueryKey, data.user);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const result = await api.POST("/api/v1/auth/logout/");
      if (!result.response.ok && result.response.status !== 401) unwrap(result);
    },
    onSettled: () => {
      client.clear();
      client.setQueryData(meQueryKey, null);
    },
  });
}
