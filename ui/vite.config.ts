import { defineConfig } from "vite";

// The front door serves these files from the classpath folder baton-ui (see FrontDoor's UiFiles).
export default defineConfig({
  base: "/",
  build: { outDir: "target/classes/baton-ui", emptyOutDir: true, assetsDir: "assets", chunkSizeWarningLimit: 1024 },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
});
