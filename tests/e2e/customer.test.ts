// A single-customer dashboard without a customer asks for one: the customer field.
import { describe, expect, it } from 'vitest'
import { useLauncher } from './harness/launcher'
import { POLL, isFocused, parsed, text, typeAndWait, ui } from './harness/ui'

const launcher = useLauncher()

/** "server instances", Enter: focus moves to the customer field. */
async function askForCustomer() {
  const { page } = launcher()
  await typeAndWait(page, 'server instances', 'Server instances')
  await page.keyboard.press('Enter')
  await expect.poll(() => isFocused(ui(page).customer), POLL).toBe(true)
  expect(launcher().bridge.records.opened).toEqual([])
}

/** Types a customer, waits for the suggestion to be highlighted when there is one, Enter. */
async function chooseCustomer(typed: string, suggestion?: string) {
  const { page, bridge } = launcher()
  await page.keyboard.type(typed, { delay: 10 })
  if (suggestion) {
    await expect.poll(() => text(ui(page).selectedCustomer), POLL).toContain(suggestion)
  }
  await page.keyboard.press('Enter')
  return parsed(await bridge.nextOpened())
}

describe('the customer field', () => {
  it('takes a known customer by alias: Acme → "Acme, Inc."', async () => {
    await askForCustomer()
    const url = await chooseCustomer('Acme', 'Acme, Inc.')
    expect(url.path).toBe('/dashboards/409')
    expect(url.param('Account name')).toBe('"Acme, Inc."')
  })

  it('takes a new name as typed', async () => {
    await askForCustomer()
    const url = await chooseCustomer('Initech')
    expect(url.path).toBe('/dashboards/409')
    expect(url.param('Account name')).toBe('Initech')
  })

  it('quotes a name with a comma and quotes', async () => {
    await askForCustomer()
    const url = await chooseCustomer("O'Brien", 'O\'Brien "Quotes", Ltd.')
    expect(url.param('Account name')).toBe('"O\'Brien \\"Quotes\\", Ltd."')
  })
})
