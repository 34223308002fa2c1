// The demo accounts `sentinel start` creates on the demo district (one per
// role; packages/services/src/users/seed-demo-users.ts), used to sign in.
export const DEMO_PASSWORD = 'sentinel-demo-2026';

const account = (username: string) => ({ username, password: DEMO_PASSWORD });

export const DEMO_LOGIN = {
  ops: account('ops'),
  safety: account('safety'),
  committee: account('committee'),
  grid: account('grid'),
  property: account('property'),
  enforcement: account('enforcement'),
  police: account('police'),
  construction: account('construction'),
  market: account('market'),
  admin: account('admin'),
} as const;

export type DemoUser = keyof typeof DEMO_LOGIN;
