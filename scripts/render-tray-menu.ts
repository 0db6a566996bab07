// Prints the tray menu that buildTrayMenu (src/main/tray-menu.ts) makes for an example state over
// the bundled catalog, as an indented text tree: `npx tsx scripts/render-tray-menu.ts`. The README
// shows its output. Nothing is read from or written to your own data folder.
import { fileURLToPath } from 'node:url'
import { buildTrayMenu, renderTrayMenu } from '../src/main/tray-menu'
import { loadCatalog } from '../src/main/services/catalog-loader'
import { addPin, upsertCustomer } from '../src/shared/state/operations'
import { defaultState, type State } from '../src/shared/state/schema'

const bundledDir = fileURLToPath(new URL('../catalog', import.meta.url))

function exampleState(): State {
  let state: State = {
    ...defaultState(),
    favouriteReports: ['looker-dashboard-409', 'looker-look-1519', 'looker-dashboard-999'],
  }
  state = upsertCustomer(state, { name: 'Chime', favourite: true })
  state = upsertCustomer(state, { name: 'Acme, Inc.', favourite: true })
  state = addPin(state, {
    report: 'looker-dashboard-409',
    reportTitle: 'Server instances',
    customer: 'Chime',
    hotkey: 'Ctrl+Alt+1',
  })
  state = addPin(state, {
    report: 'looker-dashboard-382',
    reportTitle: 'Batch changes',
    customer: 'Chime',
    expr: { Date: '30 day' },
  })
  state = addPin(state, {
    report: 'looker-dashboard-412',
    reportTitle: 'Code intelligence',
    customer: 'Acme, Inc.',
    hotkey: 'Ctrl+Alt+2',
  })
  return {
    ...state,
    recents: [
      { report: 'looker-dashboard-409', customer: 'Chime', at: 3 },
      { report: 'looker-look-1519', customer: null, at: 2 },
    ],
  }
}

const { catalog } = await loadCatalog({ bundledDir, userDir: '/nonexistent/dashkey-example' })
const state = exampleState()
const menu = buildTrayMenu({
  reports: catalog.reports,
  state,
  mainHotkey: state.settings.hotkey,
  // As if Ctrl+Alt+2 were taken by another program: that pin shows no key.
  pinHotkeys: new Map([['Server instances — Chime', 'Ctrl+Alt+1']]),
})
console.log(renderTrayMenu(menu).join('\n'))
