/**
 * Compares two `major.minor.patch` versions numerically (pre-release suffixes ignored): negative when `a` is
 * older, positive when newer, `0` when equal. Decides which loaded copy owns `window.Waypost`.
 *
 * @example compareVersions('0.10.0', '0.9.3') // > 0
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split(/[.-]/).map(Number);
  const right = b.split(/[.-]/).map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] || 0) - (right[index] || 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
