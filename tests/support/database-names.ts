export const TEST_ADMIN_EMAIL = "admin@test.example";
export const TEST_ADMIN_PASSWORD = "correct horse battery staple";

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
