import { describe, expect, it } from 'vitest'
import { citationLabel, findSource, sources } from '../../data/sources'

describe('source registry', () => {
  it('has well-formed entries', () => {
    for (const s of sources) {
      expect(s.id, s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(s.title.trim(), s.id).not.toBe('')
      expect(s.publisher.trim(), s.id).not.toBe('')
      expect(() => new URL(s.url), s.id).not.toThrow()
      expect(s.url, s.id).toMatch(/^https?:\/\//)
      expect(s.date, s.id).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      expect(['V', 'V-2', 'U'], s.id).toContain(s.status)
    }
  })

  it('has unique ids', () => {
    const ids = sources.map(s => s.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('registers each address once (one source, one id)', () => {
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const s of sources) {
      const key = s.url.toLowerCase().replace(/\/$/, '')
      if (seen.has(key))
        twice.push(`${s.id} and ${seen.get(key)} share ${s.url}`)
      seen.set(key, s.id)
    }
    expect(twice).toEqual([])
  })

  it('finds a source by id and labels it with publisher and year', () => {
    const s = findSource('android-2022')
    expect(s?.publisher).toBe('Google Security Blog')
    expect(citationLabel(s!)).toBe('Google Security Blog, 2022')
    expect(findSource('no-such-source')).toBeUndefined()
  })

  it('marks secondary sources in the label', () => {
    expect(citationLabel({ id: 'x', title: 't', publisher: 'LWN mirror', url: 'https://example.org', date: '2021-03', status: 'V-2' }))
      .toBe('LWN mirror, 2021 (secondary)')
  })
})
