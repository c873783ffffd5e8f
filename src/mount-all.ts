/**
 * Mounts parts one after another and gives back one `dispose` for all of them. If a mount throws,
 * the parts already mounted are taken down (last first) before the error goes on, so a failed
 * start-up leaves no listeners or timers behind.
 */
export function mountAll(mounts: readonly (() => () => void)[]): () => void {
  const disposers: (() => void)[] = [];
  const disposeAll = () => {
    for (const dispose of disposers.splice(0).reverse()) dispose();
  };
  try {
    for (const mount of mounts) disposers.push(mount());
  } catch (error) {
    disposeAll();
    throw error;
  }
  return disposeAll;
}
