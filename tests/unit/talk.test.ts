import { describe, expect, it } from 'vitest'
import { authorLine, closingLink, displayDate, eventLine, KIT_NAME, PROJECT_SITE, talk, talkHeadmatter, unsetFields } from '../../data/talk'
import { DEFAULT_TALK_FILE, loadTalk, talkFile, TALK_ENV } from '../../lib/talk-file'

const fixtureFile = 'tests/fixtures/talk/talk.ts'

describe('talk metadata: honest defaults, never placeholders', () => {
  const bare = { ...talk, speaker: {}, event: undefined, date: undefined, slidesUrl: undefined }

  it('names the kit as author while the speaker is unset', () => {
    expect(authorLine(bare)).toBe(KIT_NAME)
    expect(authorLine({ ...talk, speaker: { name: 'Ada' } })).toBe('Ada')
    expect(authorLine({ ...talk, speaker: { name: 'Ada', affiliation: 'Lab' } })).toBe('Ada, Lab')
  })

  it('shows no event line rather than an empty one', () => {
    expect(eventLine(bare)).toBe('')
    expect(eventLine({ ...bare, event: 'Conf', date: '2031-03-14' })).toBe('Conf · 14 March 2031')
    expect(displayDate('2026-11')).toBe('November 2026')
  })

  it('sends the audience to the project\'s site, labelled as such, while slidesUrl is unset', () => {
    expect(closingLink(bare)).toEqual({ url: PROJECT_SITE.url, label: 'The Rust for Linux project', isSlides: false })
    expect(closingLink({ ...bare, slidesUrl: 'https://example.org/s' })).toEqual({ url: 'https://example.org/s', label: 'Slides and notes', isSlides: true })
  })

  it('lists the unset personal fields by their path', () => {
    expect(unsetFields(bare)).toEqual(expect.arrayContaining(['speaker.name', 'event', 'date', 'slidesUrl']))
    expect(unsetFields({ ...talk, speaker: { name: 'A', affiliation: 'B' }, event: 'E', date: '2030-01-01', slidesUrl: 'https://x.org', repoUrl: 'https://y.org', licence: 'L' })).toEqual([])
  })

  it('gives Slidev\'s headmatter its title, author, thesis and keywords', () => {
    expect(talkHeadmatter(talk)).toEqual({ title: talk.title, author: KIT_NAME, info: talk.subtitle, keywords: talk.keywords.join(',') })
  })
})

describe('which metadata file is read (RFL_TALK, for tests)', () => {
  it('reads data/talk.ts unless RFL_TALK names another module', async () => {
    expect(talkFile({})).toBe(DEFAULT_TALK_FILE)
    expect((await loadTalk(talkFile({ [TALK_ENV]: fixtureFile }))).speaker.name).toBe('Ada Fixture')
  })

  it('says what is wrong when RFL_TALK names no file', () => {
    expect(() => talkFile({ [TALK_ENV]: 'tests/fixtures/talk/nope.ts' })).toThrow('RFL_TALK=tests/fixtures/talk/nope.ts: no such file. Name a module that exports "talk"')
  })

  it('says what is wrong when the module exports no talk', async () => {
    await expect(loadTalk(talkFile({ [TALK_ENV]: 'lib/pace.ts' }))).rejects.toThrow('lib/pace.ts: exports no "talk"')
  })
})
