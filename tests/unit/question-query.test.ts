import { describe, expect, test } from 'vitest';
import {
  normaliseVariants,
  rankByWords,
  searchedWords,
  understandQuery,
  type SiteVocabulary,
} from '../../src/shared/question-query.ts';

/** A small piece of the site's wording, shaped as the search page gets it. */
const vocabulary: SiteVocabulary = {
  terms: [
    { term: '三会一课', aliases: ['三会一课制度'] },
    { term: '双重组织生活', aliases: ['领导干部双重组织生活'] },
    { term: '组织生活会', aliases: [] },
    { term: '谈心谈话', aliases: ['谈话谈心'] },
  ],
  phrases: ['开会学习没人听', '当了党小组长该干啥', '党支部有什么用'],
};

const words = (q: string) => understandQuery(q, vocabulary).words;

describe('question patterns are left out of the words that must match', () => {
  test.each([
    ['领导干部要不要参加支部的组织生活', ['领导干部', '组织生活']],
    ['书记能不能兼任', ['书记', '兼任']],
    ['预备党员是不是正式党员', ['预备党员', '正式党员']],
    ['党费该不该公开', ['党费', '公开']],
    ['有没有谈心谈话的模板', ['谈心谈话', '模板']],
    ['党费是否可以补交', ['党费', '补交']],
    ['预备期多久', ['预备期']],
    ['转正到底要几个月', ['转正']],
    ['三会一课怎么落实', ['三会一课']],
    ['两张皮如何解决', ['两张皮']],
    ['发展党员应该做哪些事', ['发展党员']],
    ['党员一般多久才能转正', ['党员', '转正']],
    ['为什么要交党费', ['交党费']],
    ['什么样的人能入党', ['入党']],
  ])('%s → %j', (q, expected) => {
    const found = words(q);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const w of found)
      expect(w, `${q} → ${found.join('|')}`).not.toMatch(
        /要不要|能不能|是不是|该不该|有没有|是否|多久|到底|怎么|如何|哪些|为什么|什么|一般|才能/,
      );
  });

  test('function words alone leave nothing to search', () => {
    expect(words('我们一般怎么办才能')).toEqual([]);
    expect(words('老是这样咋办')).toEqual([]);
  });

  test('a bare term or phrase is not rewritten; a question is', () => {
    expect(understandQuery('民主评议党员', vocabulary).rewritten).toBe(false);
    expect(understandQuery('三会一课', vocabulary)).toEqual({ words: ['三会一课'], rewritten: false });
    expect(understandQuery('三会一课怎么开', vocabulary).rewritten).toBe(true);
  });
});

describe('everyday variants are read in the site’s words', () => {
  test.each([
    ['咋办', '怎么办'],
    ['咋样', '怎样'],
    ['咋开展', '怎么开展'],
    ['为啥', '为什么'],
    ['干啥', '干什么'],
    ['啥意思', '什么意思'],
    ['开会', '会议'],
  ])('%s → %s', (from, to) => {
    expect(normaliseVariants(from)).toBe(to);
  });

  test('a variant in a question changes the words searched', () => {
    expect(words('党员咋管理')).toEqual(expect.arrayContaining(['党员', '管理']));
    expect(words('啥是三会一课')).toEqual(['三会一课']);
    expect(words('支部开会没人发言').join(' ')).toContain('会议');
    expect(words('支部开会没人发言').join(' ')).not.toContain('开会');
  });
});

describe('the site’s own wording comes from the glossary and the keywords', () => {
  test('a longer alias containing its term is searched as the term', () => {
    expect(words('三会一课制度怎么落实')).toEqual(['三会一课']);
  });

  test('an alias is kept whole, so no pattern or filler cuts into it', () => {
    expect(words('谈话谈心咋搞')).toEqual(['谈话谈心']);
  });

  test('a keywords phrase is kept as written, before everyday variants are normalised', () => {
    expect(words('支部开会学习没人听怎么办')).toContain('开会学习没人听');
    expect(understandQuery('当了党小组长该干啥', vocabulary)).toEqual({
      words: ['当了党小组长该干啥'],
      rewritten: false,
    });
    expect(words('党支部有什么用')).toEqual(['党支部有什么用']);
  });

  test('without the vocabulary the same question is cut into plain words', () => {
    expect(understandQuery('当了党小组长该干啥').words).not.toContain('当了党小组长该干啥');
  });

  test('site terms come before other words', () => {
    expect(words('领导干部要不要过组织生活会')[0]).toBe('组织生活会');
  });
});

describe('negations and phrasing', () => {
  test('不懂业务 asks about 懂业务', () => {
    expect(words('书记不懂业务怎么办')).toEqual(expect.arrayContaining(['懂业务', '书记']));
    expect(words('书记不懂业务怎么办').join(' ')).not.toContain('不');
  });

  test('不发言 asks about 发言', () => {
    expect(words('党员开会不发言咋办')).toContain('发言');
    expect(words('党员开会不发言咋办').join(' ')).not.toContain('不');
  });

  test('走过场 stays one word', () => {
    expect(words('三会一课老是走过场怎么办')).toEqual(['三会一课', '走过场']);
  });

  test('a negated wish or ability leaves its verb: 不愿参加, 没人听', () => {
    expect(words('党员不愿参加学习')).toContain('参加学习');
    expect(words('上党课没人听').join(' ')).not.toMatch(/没人|不/);
  });
});

test('only words of two characters or more get a search of their own, at most four', () => {
  expect(searchedWords(['三会一课', '事', '走过场'])).toEqual(['三会一课', '走过场']);
  expect(searchedWords(['一一', '二二', '三三', '四四', '五五'])).toHaveLength(4);
});

describe('ranking when not every word matches', () => {
  const page = (id: string, score: number) => ({ id, score });
  /** Pages with `word` in their bodies only: low scores. */
  const bodies = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => page(`${prefix}${i}`, 1));

  test('three of four words in a title beat the rarest word alone in a body', () => {
    const lists = [
      { word: '党建', results: [page('title', 40), ...bodies('a', 20)] },
      { word: '生产经营', results: [page('title', 40), ...bodies('b', 20)] },
      { word: '两张皮', results: [page('title', 40), ...bodies('c', 20)] },
      { word: '解决', results: [page('rare', 2)] },
    ];
    const { results, complete } = rankByWords(lists);
    expect(results[0]!.id).toBe('title');
    expect(complete).toBe(false);
  });

  test('pages matching more words come first', () => {
    const lists = [
      { word: '甲', results: [page('a', 1), page('b', 9)] },
      { word: '乙', results: [page('a', 6), page('c', 5)] },
      { word: '丙', results: [page('c', 1), page('d', 1)] },
    ];
    const ranked = rankByWords(lists).results.map((r) => r.id);
    expect(ranked.slice(0, 2).sort()).toEqual(['a', 'c']);
    expect(ranked.slice(2).sort()).toEqual(['b', 'd']);
  });

  test('a rare word counts more than a common one', () => {
    const lists = [
      { word: '党员', results: bodies('p', 50) },
      { word: '两张皮', results: [page('rare', 1)] },
    ];
    expect(rankByWords(lists).results[0]!.id).toBe('rare');
  });

  test('a page that matched the whole query keeps its place, and the result is complete', () => {
    const lists = [
      { word: '党费', results: [page('x', 5), page('both', 3)] },
      { word: '标准', results: [page('y', 5), page('both', 3)] },
    ];
    const ranked = rankByWords(lists, [page('both', 8)]);
    expect(ranked.results[0]!.id).toBe('both');
    expect(ranked.complete).toBe(true);
    expect(rankByWords([]).results).toEqual([]);
    expect(rankByWords([]).complete).toBe(false);
  });
});
