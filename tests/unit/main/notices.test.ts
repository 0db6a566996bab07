import { describe, expect, it } from 'vitest'
import { Notices } from '../../../src/main/services/notices'

describe('notices for the window', () => {
  it('keep the newest word of each source and tell subscribers', () => {
    const notices = new Notices()
    const seen: number[] = []
    const stop = notices.subscribe((all) => seen.push(all.length))
    notices.set('catalog', [{ level: 'error', message: 'a.yaml:1:1: bad' }])
    notices.set('hotkey', [{ level: 'error', message: 'taken' }])
    notices.set('catalog', [])
    expect(notices.all()).toEqual([{ level: 'error', message: 'taken', source: 'hotkey' }])
    expect(seen).toEqual([1, 2, 1])
    stop()
    notices.set('hotkey', [])
    expect(seen).toEqual([1, 2, 1])
  })
})
