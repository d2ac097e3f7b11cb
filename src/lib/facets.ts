/**
 * The facets of a guide (category, sector, problem type, audience…): shown as chips on the page,
 * used as Pagefind filters, and linked to the static filter pages. One definition for all three.
 */
import {
  audiences,
  collectionLabel,
  competencyCategories,
  dutyHolders,
  labelOf,
  problemCategories,
  sectors,
} from './taxonomy.ts';

export interface Facet {
  /** Filter name in search (Chinese, shown to readers). */
  name: '栏目' | '分类' | '对象' | '行业' | '问题类型';
  key: string;
  label: string;
  /** The static page listing every entry with this value. */
  href: string;
}

type FacetSource =
  | { collection: 'competencies'; data: { category: string } }
  | { collection: 'duties'; data: { who: string } }
  | { collection: 'cases'; data: { sector: string; problems: { category: string }[] } }
  | { collection: 'lessons'; data: { audience: string } };

export function facetsOf(entry: FacetSource): Facet[] {
  const collection: Facet = {
    name: '栏目',
    key: entry.collection,
    label: collectionLabel(entry.collection),
    href: `/${entry.collection}/`,
  };
  switch (entry.collection) {
    case 'competencies': {
      const key = entry.data.category;
      return [
        collection,
        {
          name: '分类',
          key,
          label: labelOf(competencyCategories, key),
          href: `/competencies/category/${key}/`,
        },
      ];
    }
    case 'duties': {
      const key = entry.data.who;
      return [
        collection,
        { name: '对象', key, label: labelOf(dutyHolders, key), href: `/duties/who/${key}/` },
      ];
    }
    case 'cases': {
      const problems = [...new Set(entry.data.problems.map((p) => p.category))];
      return [
        collection,
        {
          name: '行业',
          key: entry.data.sector,
          label: labelOf(sectors, entry.data.sector),
          href: `/cases/sector/${entry.data.sector}/`,
        },
        ...problems.map((key): Facet => ({
          name: '问题类型',
          key,
          label: labelOf(problemCategories, key),
          href: `/cases/problem/${key}/`,
        })),
      ];
    }
    case 'lessons': {
      const key = entry.data.audience;
      return [collection, { name: '对象', key, label: labelOf(audiences, key), href: `/lessons/#${key}` }];
    }
  }
}
