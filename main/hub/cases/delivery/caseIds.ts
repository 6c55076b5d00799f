// Case ids as the case store gives them (opaque strings, usually numeric): deduplicated and in ascending order,
// numbers compared as numbers, so "the first case" is the lowest id.
export function sortCaseIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
