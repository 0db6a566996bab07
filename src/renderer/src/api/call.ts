import type { Reply } from '../../../shared/ipc'

/**
 * A call to main that always answers with a Reply: a rejected promise or a missing bridge
 * becomes `{ ok: false, error }`, which the window shows, instead of an unhandled rejection.
 */
export async function call<T>(invoke: () => Promise<Reply<T>>): Promise<Reply<T>> {
  try {
    return await invoke()
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
