// Ctrl+C and Ctrl+Shift+C put the link on the clipboard through main, without opening it.
import { describe, expect, it } from 'vitest'
import { useLauncher } from './harness/launcher'
import { parsed, text, typeAndWait, ui } from './harness/ui'

const launcher = useLauncher()

describe('copy a link', () => {
  it('Ctrl+C with no text selected copies the URL shown in the Link', async () => {
    const { page, bridge } = launcher()
    await typeAndWait(page, 'batch changes single chime', 'Batch changes — single customer')
    await page.keyboard.press('Control+KeyC')
    const copied = await bridge.nextCopied()
    const url = parsed(copied)
    expect(url.path).toBe('/dashboards/382')
    expect(url.param('Account name')).toBe('Chime')
    expect(url.param('Installer email')).toBe('ops@chime.com')
    expect(await text(ui(page).link)).toBe(copied)
    expect(bridge.records.opened).toEqual([])
  })

  it('Ctrl+Shift+C copies a Markdown link titled with the report and the customer', async () => {
    const { page, bridge } = launcher()
    await typeAndWait(page, 'batch changes single chime', 'Batch changes — single customer')
    await page.keyboard.press('Control+Shift+KeyC')
    const copied = await bridge.nextCopied()
    const match = /^\[Batch changes — single customer — Chime\]\((.+)\)$/.exec(copied)
    expect(match, copied).not.toBeNull()
    const url = parsed(match![1]!)
    expect(url.path).toBe('/dashboards/382')
    expect(url.param('Account name')).toBe('Chime')
  })
})
