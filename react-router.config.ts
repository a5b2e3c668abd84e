import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  // Separate build folders let several test runs share one checkout.
  buildDirectory: process.env.BUILD_DIR ?? "build",
  ssr: true,
  future: {
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
