// Vitest setup: placeholder until the Electron mock lands; every test sees the same mocked `electron`.
export {};
