// The typed contract of Lobby 311, defined once: entities, hub API, hub event streams and the kiosk bridge.
export * from './auth.js';
export * from './caseRequests.js';
export * from './deviceCare.js';
export * from './deviceHealth.js';
export * from './floor.js';
export * from './hubApi.js';
export * from './hubClient.js';
export * from './hubEvents.js';
export * from './info.js';
export * from './kioskApi.js';
export * from './monitoring.js';
export * from './notices.js';
export * from './offline.js';
export * from './serviceLevels.js';
export * from './site.js';
export * from './ticket.js';
export * from './updates.js';
