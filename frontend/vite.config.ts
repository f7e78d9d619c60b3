/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dev server proxies the API (and the admin) to Django; DJANGO_URL overrides the target.
const django = process.env.DJANGO_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    port: Number(process.env.VITE_PORT ?? 5173),
    strictPort: true,
    proxy: {
      "/api": { target: django, changeOrigin: false },
      "/admin": { target: django, changeOrigin: false },
      "/static": { target: django, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // sigma + graphology are big; keep them out of the first page's bundle.
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "eslint/**/*.test.ts"],
    css: false,
    // Generous limits: the suite also runs beside the databases on a 2-core CI machine.
    testTimeout: 20_000,
  },
});
