import { describe, expect, test } from 'vitest';
import { guideGroups, guideNeighbours } from '../../src/model/filters.ts';
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
