/// <reference lib="webworker" />
// The quick-find search, off the window's thread: the index is built once per catalog version
// and every keystroke's query is answered here (see search-responder.ts for the logic).
import type { ToSearchWorker } from './protocol'
import { createSearchResponder } from './search-responder'

const scope = self as unknown as DedicatedWorkerGlobalScope
const respond = createSearchResponder()

scope.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const reply = respond(event.data)
  if (reply !== null) scope.postMessage(reply)
}
