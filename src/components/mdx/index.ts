/**
 * The components authors may use inside MDX, with their props validated like frontmatter:
 * `npm run check` reports an unknown component (any capitalised tag not listed here) and a prop
 * that does not fit the schema, naming the file and the line. How they may be nested (a
 * <Question> inside a <Quiz>, one task list and one <Explain> per question) is checked by
 * src/build/checks/component-checks.ts. The Astro components themselves are listed in
 * ./components.ts, which the pages pass to <Content components={…} />.
 *
 * Authors' guide: content/README.md, “正文里可用的组件”.
 */
import { z } from 'astro/zod';
import { GUIDE_COLLECTION_KEYS } from '../../model/registry.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';
import { ARTICLE_PATTERN } from '../../schemas/collections.ts';

const CITE_PATTERN = new RegExp(`^(${GUIDE_COLLECTION_KEYS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`);

/** Props the component does not know are a mistake (a typo like `cites="…"`), not ignored. */
function props<S extends z.core.$ZodLooseShape>(shape: S, known: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `没有属性 ${issue.keys.join('、')}。${known ? `可用的属性：${known}。` : '这个组件不需要属性，请删掉。'}`
        : undefined,
  });
}

/** A page-unique id written by authors: lower-case letters, digits and hyphens. */
const pageId = (prop: string, example: string) =>
  z.string({ error: `缺少这个属性：写一个本页唯一的编号，例如 ${prop}="${example}"` }).regex(ID_PATTERN, {
    error: `只能用小写字母、数字和连字符，例如 ${prop}="${example}"；同一页里不能重复`,
  });

export const asideTypes = [
  { key: 'tip', label: '提示' },
  { key: 'caution', label: '注意' },
  { key: 'dated', label: '时效说明' },
] as const;
export type AsideType = (typeof asideTypes)[number]['key'];

const isDay = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
};

export const quizProps = props({}, '');

export const questionProps = props(
  {
    /** 考的是哪一篇：写成“栏目/文件名”，如 routines/dangxiaozu-hui；解析下方会链接到这一篇。 */
    cite: z
      .string({ error: '缺少这个属性：写明这道题考的是哪一篇，例如 cite="routines/dangxiaozu-hui"' })
      .regex(CITE_PATTERN, {
        error: `应写成“栏目/文件名”，栏目是 ${GUIDE_COLLECTION_KEYS.join('、')} 之一，不加 # 和斜杠结尾，例如 cite="routines/dangxiaozu-hui"`,
      }),
    /** 可选：题目的固定编号（小写字母、数字、连字符，本页唯一）。调整题目顺序或改字时，错题本记录不丢。 */
    id: pageId('id', 'dangxiaozu-buchongkai').optional(),
  },
  'cite、id',
);

export const explainProps = props({}, '');

export const ruleProps = props(
  {
    /** 法规：content/sources/ 下一部党内法规的文件名，如 zhibu-gongzuo-tiaoli。 */
    source: z
      .string({ error: '缺少这个属性：写明哪部法规，例如 source="zhibu-gongzuo-tiaoli"' })
      .regex(ID_PATTERN, {
        error: '应是 content/sources/ 下的文件名（不带 .yaml），例如 source="zhibu-gongzuo-tiaoli"',
      }),
    /** 条款：第几条（可加第几款、第几项），照法规的写法，如 第十三条。 */
    article: z.string({ error: '缺少这个属性：写明第几条，例如 article="第十三条"' }).regex(ARTICLE_PATTERN, {
      error: '应照法规的写法写成“第X条”（可加“第X款”“第X项”），用汉字数字，例如 article="第十三条"',
    }),
  },
  'source、article',
);

export const stepsProps = props({}, '');

export const asideProps = props(
  {
    /** 类别：tip（提示）、caution（注意）、dated（时效说明，须写 checked）；也可直接写中文。 */
    type: z
      .string()
      .transform((v) => asideTypes.find((t) => t.key === v || t.label === v)?.key ?? v)
      .pipe(
        z.enum(['tip', 'caution', 'dated'], {
          error: '只能是 tip（提示）、caution（注意）或 dated（时效说明），例如 type="tip"',
        }),
      )
      .default('tip'),
    /** 核对日期：时效说明必填，写成 2026-12-04，表示哪天对照现行规定核对过。 */
    checked: z.string().refine(isDay, { error: '应是真实存在的日期，写成 checked="2026-12-04"' }).optional(),
  },
  'type、checked',
).superRefine((value, ctx) => {
  if (value.type === 'dated' && !value.checked)
    ctx.addIssue({
      code: 'custom',
      path: ['checked'],
      message: '时效说明要写明哪天核对过现行规定，例如 <Aside type="dated" checked="2026-12-04">',
    });
  if (value.type !== 'dated' && value.checked)
    ctx.addIssue({
      code: 'custom',
      path: ['checked'],
      message: '只有时效说明（type="dated"）写 checked；提示和注意请删掉 checked',
    });
});

export const checklistProps = props(
  {
    /** 清单编号：小写字母、数字、连字符，本页唯一。读者勾选的记录按它保存在手机上。 */
    id: pageId('id', 'huanjie-zhunbei'),
    /** 清单标题，如“换届选举准备清单”；不写则显示“清单”。 */
    title: z.string().trim().min(1, { error: '不能为空；不需要标题就删掉 title' }).optional(),
  },
  'id、title',
);

/** Name → props schema: what the content check accepts. */
export const mdxComponents: Record<string, z.ZodType> = {
  Quiz: quizProps,
  Question: questionProps,
  Explain: explainProps,
  Rule: ruleProps,
  Steps: stepsProps,
  Aside: asideProps,
  Checklist: checklistProps,
};
