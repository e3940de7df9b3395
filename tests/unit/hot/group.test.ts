import { describe, expect, it } from 'vitest';
import { entryPlaces, groupHotTopics, type HotEntry, type HotRules } from '@/utils/hot/group';
import { toShanghaiISO } from '@/utils/time/shanghai';

const RULES: HotRules = { minEntries: 3, days: 2 };
const T0 = Date.parse('2026-11-02T09:00:00+08:00');
const HOUR = 3_600_000;

let serial = 0;
function entry(hours: number, title: string, topics: string[] = ['road_works'], excerpt = ''): HotEntry {
  serial++;
  return { key: `s:${serial}`, topics, capturedAt: toShanghaiISO(new Date(T0 + hours * HOUR)), title, excerpt };
}

const keysOf = (groups: { entries: HotEntry[] }[]) => groups.map((g) => g.entries.map((e) => e.key));

describe('groupHotTopics', () => {
  it('groups three captures about one road within two days, with the first and last capture', () => {
    const a = entry(0, '沿港西路改建太慢');
    const b = entry(20, '沿港西路天天堵车');
    const c = entry(47, '沿港西路晚上没有路灯');
    const [hot, ...rest] = groupHotTopics([c, a, b, entry(1, '东海路路灯不亮')], RULES);
    expect(rest).toEqual([]);
    expect(hot).toMatchObject({ topic: 'road_works', place: '沿港西路', firstAt: a.capturedAt, lastAt: c.capturedAt });
    expect(hot!.entries).toEqual([a, b, c]);
  });

  it('needs minEntries within the window: two are not a 热点, nor three spread over more than two days', () => {
    expect(groupHotTopics([entry(0, '人民路又挖开了'), entry(5, '人民路堵死了')], RULES)).toEqual([]);
    expect(groupHotTopics([entry(0, '人民路又挖开了'), entry(30, '人民路堵死了'), entry(49, '人民路还在挖')], RULES)).toEqual([]);
    expect(groupHotTopics([entry(0, '人民路又挖开了'), entry(5, '人民路堵死了')], { minEntries: 2, days: 1 })).toHaveLength(1);
  });

  it('counts threads, not posts: three captured posts of one thread are no 热点, posts of three threads are', () => {
    const post = (thread: number, hours: number, title: string): HotEntry => ({ ...entry(hours, title), key: `bbs.example.cn/t${thread}/p${hours}` });
    const oneThread = [post(7, 0, '人民路又挖开了'), post(7, 1, '人民路又挖开了'), post(7, 2, '人民路又挖开了')];
    expect(groupHotTopics(oneThread, RULES)).toEqual([]);
    const threeThreads = [...oneThread, post(8, 3, '人民路堵死了'), post(9, 4, '人民路还在挖')];
    expect(keysOf(groupHotTopics(threeThreads, RULES))).toEqual([threeThreads.map((e) => e.key)]);
  });

  it('a chain of captures each within two days of the last is no 热点; it starts where three fall within two days', () => {
    const a = entry(0, '文化路井盖破了');
    const b = entry(30, '文化路井盖还没修');
    const c = entry(60, '文化路井盖太危险');
    expect(groupHotTopics([a, b, c], RULES)).toEqual([]);
    const d = entry(70, '文化路井盖有人摔了');
    expect(keysOf(groupHotTopics([a, b, c, d], RULES))).toEqual([[b.key, c.key, d.key]]);
  });

  it('keeps a burst that goes on for days one 热点, and a burst a week later another', () => {
    const burst = Array.from({ length: 11 }, (_, i) => entry(i * 12, `蓬莱府二期推迟交房 ${i}`, ['commercial_housing']));
    const later = Array.from({ length: 3 }, (_, i) => entry(24 * 12 + i, `蓬莱府二期又出问题 ${i}`, ['commercial_housing']));
    const groups = groupHotTopics([...later, ...burst], RULES);
    expect(keysOf(groups)).toEqual([later.map((e) => e.key), burst.map((e) => e.key)]);
    expect(groups[1]).toMatchObject({ place: '蓬莱府二期', firstAt: burst[0]!.capturedAt, lastAt: burst[10]!.capturedAt });
  });

  it('puts an entry about two topics in a 热点 of each, and keeps topics and places apart', () => {
    const both = entry(1, '沿港西路施工挖断路灯电缆', ['road_works', 'municipal_maintenance']);
    const roads = [entry(0, '沿港西路施工慢'), entry(2, '沿港西路堵车')];
    const lights = [entry(3, '沿港西路路灯不亮', ['municipal_maintenance']), entry(4, '沿港西路晚上太黑', ['municipal_maintenance'])];
    const elsewhere = [entry(1, '东海路施工慢'), entry(2, '东海路堵车')];
    const noTopic = entry(2, '沿港西路看海');
    noTopic.topics = [];
    const groups = groupHotTopics([...roads, ...lights, ...elsewhere, both, noTopic], RULES);
    expect(groups.map((g) => [g.topic, g.place, g.entries.length])).toEqual([
      ['municipal_maintenance', '沿港西路', 3],
      ['road_works', '沿港西路', 3],
    ]);
    expect(groups.every((g) => g.entries.includes(both))).toBe(true);
  });

  it('takes one place written with its town, its phase or a word too many for the same place', () => {
    const groups = groupHotTopics(
      [
        entry(0, '长涂小区门口路面塌了', ['municipal_maintenance']),
        entry(1, '东沙镇长涂小区路面下沉', ['municipal_maintenance']),
        entry(2, '路面下沉', ['municipal_maintenance'], '今早长涂小区门口又塌了一块'),
      ],
      RULES,
    );
    expect(groups.map((g) => [g.place, g.entries.length])).toEqual([['长涂小区', 3]]);
  });

  it('groups 100,000 entries by topic and place in a fraction of a second, and reads their places in a few seconds', () => {
    const roads = Array.from({ length: 400 }, (_, i) => `${String.fromCharCode(0x4e00 + 40 + i * 7)}${String.fromCharCode(0x4e00 + 3000 + i)}路`);
    const topics = ['road_works', 'municipal_maintenance', 'illegal_construction', 'demolition_compensation', 'commercial_housing'];
    const filler = '施工围挡一直没拆，早晚高峰堵车严重，希望有关部门尽快处理，给大家一个说法。'.repeat(3);
    const entries = Array.from({ length: 100_000 }, (_, i) => entry((i * 7919) % (24 * 365), `${roads[i % roads.length]}的问题`, [topics[i % topics.length]!], filler));
    let started = performance.now();
    const places = new Map(entries.map((e) => [e, entryPlaces(e)]));
    const readMs = performance.now() - started;
    started = performance.now();
    const groups = groupHotTopics(entries, RULES, (e) => places.get(e)!);
    const groupMs = performance.now() - started;
    console.log(`100,000 entries: places read in ${readMs.toFixed(0)} ms, ${groups.length} 热点 grouped in ${groupMs.toFixed(0)} ms`);
    // Every road gets one entry about 5 times a week at most per topic: a 热点 needs 3 within 2 days.
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.entries.length >= 3)).toBe(true);
    // Budgets for a busy shared machine; the figures this ran at are printed above.
    expect(groupMs).toBeLessThan(3000);
    expect(readMs).toBeLessThan(10_000);
  });

  it('agrees with the definition checked window by window on random ledgers', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const places = ['沿港西路', '东海路', '人民路', '海景湾小区'];
    const topics = ['road_works', 'municipal_maintenance'];
    for (let round = 0; round < 40; round++) {
      const rules = { minEntries: 2 + Math.floor(random() * 3), days: 1 + Math.floor(random() * 3) };
      const entries = Array.from({ length: 30 }, () =>
        entry(Math.floor(random() * 24 * 20), `${places[Math.floor(random() * places.length)]}的问题`, [topics[Math.floor(random() * topics.length)]!]),
      );
      const got = groupHotTopics(entries, rules)
        .map((g) => `${g.topic}|${g.place}:${g.entries.map((e) => e.key).join(',')}`)
        .sort();
      expect(got, JSON.stringify(rules)).toEqual(bruteForce(entries, rules, places).sort());
    }
  });
});

/**
 * The definition, read literally: an entry is in a 热点 when some window of at least minEntries
 * entries spanning at most `days` holds it; two neighbours in time are in the same one when a hot
 * window holds both.
 */
function bruteForce(entries: HotEntry[], rules: HotRules, places: string[]): string[] {
  const span = rules.days * 24 * HOUR;
  const out: string[] = [];
  for (const topic of new Set(entries.flatMap((e) => e.topics))) {
    for (const place of places) {
      const list = entries.filter((e) => e.topics.includes(topic) && e.title.startsWith(place)).sort((a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt));
      const t = list.map((e) => Date.parse(e.capturedAt));
      const hotWindow = (i: number, j: number) => j - i + 1 >= rules.minEntries && t[j]! - t[i]! <= span;
      const covered = (x: number, y: number) => list.some((_, i) => list.some((__, j) => i <= x && y <= j && hotWindow(i, j)));
      let group: HotEntry[] = [];
      for (let x = 0; x < list.length; x++) {
        if (!covered(x, x)) continue;
        if (group.length && !covered(x - 1, x)) {
          out.push(`${topic}|${place}:${group.map((e) => e.key).join(',')}`);
          group = [];
        }
        group.push(list[x]!);
      }
      if (group.length) out.push(`${topic}|${place}:${group.map((e) => e.key).join(',')}`);
    }
  }
  return out;
}
