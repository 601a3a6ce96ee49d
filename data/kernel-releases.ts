// The one table of mainline releases the talk refers to. Every other date tied to a
// kernel version is checked against it (tests/unit/timeline.test.ts), and a milestone that
// "shipped in" a release takes its date from here instead of repeating it.
//
// Source of each date: the commit date of Linus Torvalds' release commit ("Linux 6.8") as
// git prints it in `git request-pull` output quoted in pull requests on LKML; the commit id
// is kept so anyone can check it with `git show -s --format=%ci <commit>`. The release date
// is that timestamp's UTC day (kernel.org's convention: 6.6 was committed on 29 October in
// UTC-10, which was already 30 October in UTC). Where no such timestamp could be sourced, a row
// may carry a day or month from another source (`dated`, with its own source id), only as
// precise as that source; a release without any source has no date.

export interface KernelReleaseRow {
  /** "6.1", "7.0": mainline version, no "v" and no patch level. */
  version: string
  /** Commit timestamp of the release commit, as git prints it: "2022-12-11 14:15:18 -0800". */
  committed?: string
  /** The release commit, full id. */
  commit?: string
  /** Source id in data/sources for the timestamp (or, without one, for the commit id). */
  sourceId?: string
  /** Release day or month from a source other than the commit timestamp: YYYY-MM-DD or YYYY-MM. */
  dated?: string
  /** Source id for `dated`. */
  datedSourceId?: string
}

export interface KernelRelease extends KernelReleaseRow {
  /** Release day (YYYY-MM-DD, UTC) or month (YYYY-MM); undefined when unsourced. */
  date?: string
  /** Source of `date`. */
  dateSourceId?: string
}

const RELEASE_COMMITS = 'mainline-release-commits'

const rows: readonly KernelReleaseRow[] = [
  { version: '6.1', committed: '2022-12-11 14:15:18 -0800', commit: '830b3c68c1fb1e9176028d02ef86f3cf76aa2476', sourceId: RELEASE_COMMITS },
  { version: '6.2', committed: '2023-02-19 14:24:22 -0800', commit: 'c9c3395d5e3dcc6daee66c6908354d47bf98cb0c', sourceId: RELEASE_COMMITS },
  { version: '6.4', committed: '2023-06-25 16:29:58 -0700', commit: '6995e2de6891c724bfeb2db33d7b87775f913ad1', sourceId: RELEASE_COMMITS },
  { version: '6.6', committed: '2023-10-29 16:31:08 -1000', commit: 'ffc253263a1375a65fa6c9f62a893e9767fbebfa', sourceId: RELEASE_COMMITS },
  { version: '6.8', committed: '2024-03-10 13:38:09 -0700', commit: 'e8f897f4afef0031fe618a8e94127a0934896aba', sourceId: RELEASE_COMMITS },
  { version: '6.11', committed: '2024-09-15 16:57:56 +0200', commit: '98f7e32f20d28ec452afb208f9cffc08448a2652', sourceId: RELEASE_COMMITS },
  { version: '6.12', committed: '2024-11-17 14:15:08 -0800', commit: 'adc218676eef25575469234709c2d87185ca223a', sourceId: RELEASE_COMMITS },
  { version: '6.13', committed: '2025-01-19 15:51:45 -0800', commit: 'ffd294d346d185b70e28b1a28abe367bbfe53c04', sourceId: RELEASE_COMMITS },
  { version: '6.14', committed: '2025-03-24 07:02:41 -0700', commit: '38fec10eb60d687e30c8c6b5420d86e8149f7557', sourceId: RELEASE_COMMITS },
  { version: '6.15', committed: '2025-05-25 16:09:23 -0700', commit: '0ff41df1cb268fc69e703a08a57ee14ae967d0ca', sourceId: RELEASE_COMMITS },
  { version: '6.16', committed: '2025-07-27 14:26:38 -0700', commit: '038d61fd642278bab63ee8ef722c50d10ab01e8f', sourceId: RELEASE_COMMITS },
  { version: '6.17', committed: '2025-09-28 14:39:22 -0700', commit: 'e5f0a698b34ed76002dc5cff3804a61c80233a7a', sourceId: RELEASE_COMMITS },
  { version: '6.18', committed: '2025-11-30 14:42:10 -0800', commit: '7d0a66e4bb9081d75c82ec4957c50034cb0ea449', sourceId: RELEASE_COMMITS },
  { version: '6.19', committed: '2026-02-08 13:03:27 -0800', commit: '05f7e89ab9731565d8a62e3b5d1ec206485eeb0b', sourceId: RELEASE_COMMITS },
  { version: '7.0', committed: '2026-04-12 13:48:06 -0700', commit: '028ef9c96e96197026887c0f092424679298aae8', sourceId: RELEASE_COMMITS },
  { version: '7.1', committed: '2026-06-14 15:58:38 +0100', commit: '8cd9520d35a6c38db6567e97dd93b1f11f185dc6', sourceId: RELEASE_COMMITS },
  // The 7.2 release commit is known from kernel.org push notifications; its timestamp is not,
  // so the day comes from a secondary source (endoflife.date), marked as such in the registry.
  { version: '7.2', commit: '8d3ae59288f1e7d58d76558a6ee96d533bc5019f', sourceId: 'linux-7-2-release-commit', dated: '2026-08-16', datedSourceId: 'eol-linux-7-2' },
  // 7.3: neither commit nor day could be sourced. Debian packaged 7.3-rc7 on 16 October and
  // 7.3.1 on 1 November 2026, so the release fell in October 2026.
  { version: '7.3', dated: '2026-10', datedSourceId: 'debian-linux-changelog' },
]

/** "2023-10-29 16:31:08 -1000" → "2023-10-30" (the UTC day). */
export function utcDay(committed: string): string {
  const m = committed.match(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/)
  if (!m)
    throw new Error(`data/kernel-releases: cannot read the timestamp "${committed}".`)
  const [, day, time, sign, hh, mm] = m
  return new Date(`${day}T${time}${sign}${hh}:${mm}`).toISOString().slice(0, 10)
}

export const kernelReleases: readonly KernelRelease[] = rows.map(r => r.committed
  ? { ...r, date: utcDay(r.committed), dateSourceId: r.sourceId }
  : { ...r, date: r.dated, dateSourceId: r.datedSourceId })

/** Orders "6.9" < "6.10" < "7.0" numerically, not as strings. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number)
  const [bm, bn] = b.split('.').map(Number)
  return am - bm || an - bn
}

export function findRelease(version: string): KernelRelease | undefined {
  return kernelReleases.find(r => r.version === version)
}
