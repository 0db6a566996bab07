/** The search worker, bundled by Vite as its own module. */
export function createSearchWorker(): Worker {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
}
