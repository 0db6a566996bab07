// axe-core on the window in the states a person sees most: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useLauncher } from './harness/launcher'
import { SCHEMES, withCustomerField, withHome, withResults, withSavedState } from './harness/states'

const launcher = useLauncher()

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.impact} ${v.id} at ${n.target.join(' ')}: ${n.any[0]?.message ?? v.help}`,
      ),
    )
}

describe.each(SCHEMES)('accessibility, %s', (colorScheme) => {
  it('with results', async () => {
    const { page } = launcher()
    await page.emulateMedia({ colorScheme })
    await withResults(page)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('with the customer field open', async () => {
    const { page } = launcher()
    await page.emulateMedia({ colorScheme })
    await withCustomerField(page)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('with the empty box listing pins, favourites and recent reports', async () => {
    const { page, store } = launcher()
    await page.emulateMedia({ colorScheme })
    await withHome(page, store)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('with starred results and a starred customer', async () => {
    const { page, store } = launcher()
    await page.emulateMedia({ colorScheme })
    await withSavedState(store)
    await withCustomerField(page)
    expect(await seriousViolations(page)).toEqual([])
  })
})
