// The bridge between the window and main. It exposes exactly the methods and events of the
// contract (src/shared/ipc.ts) under `window.dashkey`: no ipcRenderer, no generic invoke or send,
// and listeners get the data alone, never the IPC event (SECURITY.md row 7).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  API_KEY,
  EVENTS,
  INVOKE_METHODS,
  eventChannel,
  invokeChannel,
  subscriberName,
} from '../shared/ipc/channels'

const api: Record<string, unknown> = {}

for (const method of INVOKE_METHODS) {
  const channel = invokeChannel(method)
  api[method] = (args?: unknown) => ipcRenderer.invoke(channel, args)
}

for (const event of EVENTS) {
  const channel = eventChannel(event)
  api[subscriberName(event)] = (listener: (data: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function')
    const forward = (_event: IpcRendererEvent, data: unknown) => listener(data)
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  }
}

contextBridge.exposeInMainWorld(API_KEY, Object.freeze(api))
