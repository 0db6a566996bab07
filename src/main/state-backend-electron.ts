/**
 * The app's state backend: electron-store on the same file as the CLI's conf,
 * `<data folder>/state.json`, with the same settings. Only the app imports this (electron-store
 * needs Electron); the state service itself lives in services/state-store.ts.
 */
import ElectronStore from 'electron-store'
import { stateBackendOptions, type StoreBackendFactory } from './services/state-store'

export const electronStoreBackend: StoreBackendFactory = ({ dataDir }) =>
  new ElectronStore<Record<string, unknown>>({ ...stateBackendOptions(dataDir), name: 'state' })
