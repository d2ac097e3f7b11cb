import { describe, expect, test } from 'vitest';
import { filterGroups, guideGroups, guideNeighbours } from '../../src/model/filters.ts';
import { guideCollection, guideCollections, type GuideCollectionDef } from '../../src/model/registry.ts';

const routines = guideCollection('routines');
const routine = (id: string, category: string) => ({ id, data: { category } });
// Sorted as the site sorts them; categories interleaved on purpose.
const list = [
  routine('a', 'development'),
  routine('b', 'meetings'),
  routine('c', 'development'),
  routine('d', 'meetings'),
  routine('e', 'organisation'),
];

describe('guideGroups', () => {
  test('groups by the registry’s groupBy facet, in the taxonomy’s order, keeping the list’s order', () => {
    expect(guideGroups(routines, list).map((g) => [g.label, g.items.map((e) => e.id)])).toEqual([
      ['会议与组织生活', ['b', 'd']],
      ['党员发展', ['a', 'c']],
      ['组织建设', ['e']],
    ]);
  });

  test('every collection groups by one of its own facets', () => {
    for (const def of guideCollections)
      expect(
        def.facets.map((f) => f.param),
        def.key,
      ).toContain(def.groupBy);
  });

  test('a groupBy that is not a facet of the collection is an error', () => {
    const broken: GuideCollectionDef = { ...routines, groupBy: 'sector' };
    expect(() => guideGroups(broken, [...list])).toThrow('栏目“routines”的 groupBy“sector”不是它的筛选项');
  });
});

describe('guideNeighbours', () => {
  test('previous and next stay within the entry’s group', () => {
    const { group, prev, next } = guideNeighbours(routines, list, list[2]!);
    expect(group?.label).toBe('党员发展');
    expect([prev?.id, next?.id]).toEqual(['a', undefined]);
    expect(guideNeighbours(routines, list, list[1]!)).toMatchObject({ prev: undefined, next: { id: 'd' } });
  });

  test('an entry in a group of its own has neither', () => {
    expect(guideNeighbours(routines, list, list[4]!)).toMatchObject({ prev: undefined, next: undefined });
  });
});

describe('filterGroups', () => {
  const cases = guideCollection('cases');
  const kase = (id: string, sector: string, problems: string[]) => ({
    id,
    data: { sector, problems: problems.map((category) => ({ category })) },
  });
  const cases1 = [kase('a', 'railway', ['team']), kase('b', 'power', ['team', 'conduct'])];

  test('each routed facet lists its terms with counts and pages, once per list', () => {
    const filters = filterGroups(cases, cases1);
    const sector = filters.find((g) => g.links.some((l) => l.href.startsWith('/cases/sector/')))!;
    expect(sector.links.map((l) => [l.key, l.count, l.href]).sort()).toEqual([
      ['power', 1, '/cases/sector/power/'],
      ['railway', 1, '/cases/sector/railway/'],
    ]);
    // Every filter page of the collection passes the same list: the filters are not computed again.
    expect(filterGroups(cases, cases1)).toBe(filters);
    const other = [...cases1, kase('c', 'power', [])];
    expect(filterGroups(cases, other)).not.toBe(filters);
    expect(
      filterGroups(cases, other)
        .flatMap((g) => g.links)
        .find((l) => l.key === 'power')!.count,
    ).toBe(2);
  });
});
