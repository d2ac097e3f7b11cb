import { describe, expect, test } from 'vitest';
import {
  sidebarGroups,
  searchVocabulary,
  buildLinkGraph,
  filterLinks,
  groupByTerm,
  keyOf,
  placesIn,
  outgoing,
  sortGuides,
  urlOf,
  type GuideLike,
} from '../../src/model/queries.ts';
import { sectors } from '../../src/model/taxonomy.ts';

const guide = (
  collection: string,
  id: string,
  title: string,
  extra: Partial<GuideLike['data']> = {},
): GuideLike => ({
  collection,
  id,
  data: { title, order: 100, related: [], ...extra },
});

describe('urlOf', () => {
  test('guides and glossary terms get a page, sources an anchor', () => {
    expect(urlOf({ collection: 'cases', id: 'a' })).toBe('/cases/a/');
    expect(urlOf({ collection: 'glossary', id: 'sanhui-yike' })).toBe('/glossary/sanhui-yike/');
    expect(urlOf({ collection: 'sources', id: 's' })).toBe('/sources/#s');
  });
});

describe('sortGuides', () => {
  test('orders by order, then by title in pinyin order', () => {
    const list = [
      guide('cases', 'c', '政治素质'),
      guide('cases', 'a', '安全生产'),
      guide('cases', 'z', '最先', { order: 1 }),
      guide('cases', 'b', '党小组'),
    ];
    expect(sortGuides(list).map((g) => g.id)).toEqual(['z', 'a', 'b', 'c']);
  });
});

describe('buildLinkGraph', () => {
  const a = guide('competencies', 'a', 'A', { related: [{ collection: 'cases', id: 'b' }] });
  const b = guide('cases', 'b', 'B');
  const c = guide('duties', 'c', 'C', {
    related: [
      { collection: 'cases', id: 'b' },
      { collection: 'competencies', id: 'a' },
    ],
  });
  const lesson = guide('lessons', 'l', 'L', { agenda: [{ guide: { collection: 'cases', id: 'b' } }, {}] });
  const graph = buildLinkGraph([a, b, c, lesson]);

  test('a guide shows what it links to, then what links to it', () => {
    expect(graph.relatedOf(a).map(keyOf)).toEqual(['cases/b', 'duties/c']);
  });
  test('backlinks include lessons whose agenda uses the guide', () => {
    expect(graph.backlinksOf(b).map(keyOf)).toEqual(['competencies/a', 'duties/c', 'lessons/l']);
    expect(graph.relatedOf(b).map(keyOf)).toEqual(['competencies/a', 'duties/c', 'lessons/l']);
  });
  test('each related entry appears once and never the entry itself', () => {
    const selfish = guide('cases', 's', 'S', {
      related: [
        { collection: 'cases', id: 's' },
        { collection: 'cases', id: 'b' },
        { collection: 'cases', id: 'b' },
      ],
    });
    const g = buildLinkGraph([b, selfish]);
    expect(g.relatedOf(selfish).map(keyOf)).toEqual(['cases/b']);
  });
  test('outgoing joins related and agenda references', () => {
    expect(outgoing(lesson)).toEqual([{ collection: 'cases', id: 'b' }]);
  });
});

test('placesIn finds an entry in every group that holds it, and nowhere else', () => {
  const groups = [
    { key: 'x', label: 'X', items: [{ id: 'a' }, { id: 'b' }] },
    { key: 'y', label: 'Y', items: [{ id: 'c' }, { id: 'b' }] },
  ];
  expect(placesIn(groups, 'b')).toEqual([
    { group: 0, index: 1 },
    { group: 1, index: 1 },
  ]);
  expect(placesIn(groups, 'c')).toEqual([{ group: 1, index: 0 }]);
  expect(placesIn(groups, 'z')).toEqual([]);
});

describe('grouping by taxonomy', () => {
  const cases = [{ s: 'railway' }, { s: 'power' }, { s: 'railway' }];
  test('groups follow the taxonomy order and skip empty groups', () => {
    const groups = groupByTerm(cases, sectors, (c) => [c.s]);
    expect(groups.map((g) => [g.key, g.label, g.items.length])).toEqual([
      ['power', '电力建设', 1],
      ['railway', '铁路', 2],
    ]);
  });
  test('filter links carry counts and the filter page address', () => {
    expect(filterLinks(cases, sectors, (c) => [c.s], '/cases/sector/')).toEqual([
      { key: 'power', label: '电力建设', count: 1, href: '/cases/sector/power/' },
      { key: 'railway', label: '铁路', count: 2, href: '/cases/sector/railway/' },
    ]);
  });
});

test('the search vocabulary holds glossary terms with their addresses and every keywords phrase once', () => {
  const glossary = [
    { collection: 'glossary', id: 'sanhui-yike', data: { term: '三会一课', aliases: ['三会一课制度'] } },
  ];
  const entries = [
    { data: { keywords: ['党员分散管不过来', '开会没人听'] } },
    { data: { keywords: ['开会没人听'] } },
  ];
  expect(searchVocabulary(glossary, entries)).toEqual({
    terms: [{ term: '三会一课', aliases: ['三会一课制度'], url: '/glossary/sanhui-yike/' }],
    phrases: ['党员分散管不过来', '开会没人听'],
  });
});

describe('sidebarGroups', () => {
  const items = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));
  const groups = [
    { key: 'a', label: '甲', items: items(40, 'a') },
    { key: 'b', label: '乙', items: items(3, 'b') },
    { key: 'c', label: '丙', items: items(20, 'c') },
  ];
  const ids = (g: { items: { id: string }[] }) => g.items.map((e) => e.id);

  test('lists the entries around the current one in its group, and the first ones elsewhere', () => {
    const [a, b, c] = sidebarGroups(groups, 'a20', 5);
    expect(ids(a!)).toEqual(['a18', 'a19', 'a20', 'a21', 'a22']);
    expect(a).toMatchObject({ count: 40, here: true });
    expect(ids(b!)).toEqual(['b0', 'b1', 'b2']);
    expect(b).toMatchObject({ count: 3, here: false });
    expect(ids(c!)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(c).toMatchObject({ count: 20, here: false });
  });

  test('keeps a full window at either end of a group', () => {
    expect(ids(sidebarGroups(groups, 'a0', 5)[0]!)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(ids(sidebarGroups(groups, 'a39', 5)[0]!)).toEqual(['a35', 'a36', 'a37', 'a38', 'a39']);
  });

  test('never lists more than the limit, and always the current entry', () => {
    for (const id of ['a0', 'a7', 'a39', 'b1', 'c19'])
      for (const g of sidebarGroups(groups, id)) {
        expect(g.items.length).toBeLessThanOrEqual(15);
        if (g.here) expect(ids(g)).toContain(id);
      }
  });
});
