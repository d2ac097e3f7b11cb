/** The props of the MDX components (src/components/mdx/index.ts): defaults and Chinese messages. */
import { expect, test } from 'vitest';
import {
  asideProps,
  checklistProps,
  mdxComponents,
  questionProps,
  ruleProps,
} from '../../src/components/mdx/index.ts';

const messages = (schema: (typeof mdxComponents)[string], props: Record<string, unknown>) => {
  const result = schema.safeParse(props);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}：${i.message}`);
};

test('authors can use these components, and no others', () => {
  expect(Object.keys(mdxComponents).sort()).toEqual([
    'Aside',
    'Checklist',
    'Explain',
    'Question',
    'Quiz',
    'Rule',
    'Steps',
  ]);
});

test('good props pass, with the defaults filled in', () => {
  expect(questionProps.parse({ cite: 'routines/dangxiaozu-hui' })).toEqual({
    cite: 'routines/dangxiaozu-hui',
  });
  expect(asideProps.parse({})).toEqual({ type: 'tip' });
  expect(asideProps.parse({ type: '时效说明', checked: '2026-12-04' })).toEqual({
    type: 'dated',
    checked: '2026-12-04',
  });
  expect(ruleProps.parse({ source: 'zhibu-gongzuo-tiaoli', article: '第十三条第二款' })).toMatchObject({
    article: '第十三条第二款',
  });
  expect(checklistProps.parse({ id: 'huanjie-zhunbei' })).toEqual({ id: 'huanjie-zhunbei' });
});

test('bad props get a message that says how to fix them', () => {
  expect(messages(questionProps, {})).toMatchInlineSnapshot(`
    [
      "cite：缺少这个属性：写明这道题考的是哪一篇，例如 cite="routines/dangxiaozu-hui"",
    ]
  `);
  expect(messages(questionProps, { cite: 'routines/dangxiaozu-hui#buzhou' })).toMatchInlineSnapshot(`
    [
      "cite：应写成“栏目/文件名”，栏目是 routines、competencies、duties、cases、lessons 之一，不加 # 和斜杠结尾，例如 cite="routines/dangxiaozu-hui"",
    ]
  `);
  expect(messages(questionProps, { cite: 'routines/dangxiaozu-hui', id: 'Q1' })).toMatchInlineSnapshot(`
    [
      "id：只能用小写字母、数字和连字符，例如 id="dangxiaozu-buchongkai"；同一页里不能重复",
    ]
  `);
  expect(messages(questionProps, { cite: 'routines/dangxiaozu-hui', cites: 'x' })).toMatchInlineSnapshot(`
    [
      "：没有属性 cites。可用的属性：cite、id。",
    ]
  `);
  expect(messages(ruleProps, { source: 'zhibu-gongzuo-tiaoli', article: '13' })).toMatchInlineSnapshot(`
    [
      "article：应照法规的写法写成“第X条”（可加“第X款”“第X项”），用汉字数字，例如 article="第十三条"",
    ]
  `);
  expect(messages(asideProps, { type: 'note' })).toMatchInlineSnapshot(`
    [
      "type：只能是 tip（提示）、caution（注意）或 dated（时效说明），例如 type="tip"",
    ]
  `);
  expect(messages(asideProps, { type: 'dated' })).toMatchInlineSnapshot(`
    [
      "checked：时效说明要写明哪天核对过现行规定，例如 <Aside type="dated" checked="2026-12-04">",
    ]
  `);
  expect(messages(asideProps, { type: 'dated', checked: '2026-02-30' })).toMatchInlineSnapshot(`
    [
      "checked：应是真实存在的日期，写成 checked="2026-12-04"",
    ]
  `);
  expect(messages(asideProps, { type: 'tip', checked: '2026-12-04' })).toMatchInlineSnapshot(`
    [
      "checked：只有时效说明（type="dated"）写 checked；提示和注意请删掉 checked",
    ]
  `);
  expect(messages(checklistProps, { title: '清单' })).toMatchInlineSnapshot(`
    [
      "id：缺少这个属性：写一个本页唯一的编号，例如 id="huanjie-zhunbei"",
    ]
  `);
  expect(messages(mdxComponents.Quiz!, { title: '自测' })).toMatchInlineSnapshot(`
    [
      "：没有属性 title。这个组件不需要属性，请删掉。",
    ]
  `);
});
