/**
 * The one place that reads Astro's collections. Loads every collection once per build, leaves
 * out drafts (outside `astro dev`), fails the build on a broken reference (Astro's reference()
 * would only log it), and hands pages sorted lists and a link graph.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, crossEntryProblems, type CheckedEntry } from '../build/checks/integrity.ts';
import { buildLinkGraph, citationsBySource, sortGuides, type Citation, type LinkGraph } from './queries.ts';
import { oldIdsOf, type GuideCollection } from './registry.ts';

export type Routine = CollectionEntry<'routines'>;
export type Competency = CollectionEntry<'competencies'>;
export type Duty = CollectionEntry<'duties'>;
export type Case = CollectionEntry<'cases'>;
export type Lesson = CollectionEntry<'lessons'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type Guide = Routine | Competency | Duty | Case | Lesson;

export interface Site {
  routines: Routine[];
  competencies: Competency[];
  duties: Duty[];
  cases: Case[];
  lessons: Lesson[];
  /** Glossary in Chinese (pinyin) order of the term. */
  glossary: GlossaryEntry[];
  sources: SourceEntry[];
  graph: LinkGraph<Guide>;
  /** For each regulation, its cited articles in order with the guides citing each. */
  citations: Map<string, Citation<Guide>[]>;
  guidesOf(collection: GuideCollection): Guide[];
  /** Old addresses (`aliases` of guides, `oldIds` of terms), each with the entry it now leads to. */
  oldAddresses: { path: string; entry: Guide | GlossaryEntry }[];
}

const showDrafts = import.meta.env.DEV;

function asChecked(e: {
  collection: string;
  id: string;
  filePath?: string | undefined;
  data: object;
}): CheckedEntry {
  return {
    collection: e.collection,
    id: e.id,
    filePath: e.filePath ?? `content/${e.collection}/${e.id}`,
    data: e.data as Record<string, unknown>,
  };
}

async function load(): Promise<Site> {
  const [routines, competencies, duties, cases, lessons, glossary, sources] = await Promise.all([
    getCollection('routines'),
    getCollection('competencies'),
    getCollection('duties'),
    getCollection('cases'),
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('sources'),
  ]);
  const isPublished = (e: { data: { draft: boolean } }) => showDrafts || !e.data.draft;
  const all = [...routines, ...competencies, ...duties, ...cases, ...lessons, ...glossary, ...sources];
  const published = all.filter((e) => !('draft' in e.data) || isPublished(e as { data: { draft: boolean } }));
  const publishedSet = new Set<object>(published);
  const drafts = all.filter((e) => !publishedSet.has(e));
  const problems = crossEntryProblems(published.map(asChecked), drafts.map(asChecked));
  if (problems.length) throw new ContentError(problems);

  const site = {
    routines: sortGuides(routines.filter(isPublished)),
    competencies: sortGuides(competencies.filter(isPublished)),
    duties: sortGuides(duties.filter(isPublished)),
    cases: sortGuides(cases.filter(isPublished)),
    lessons: sortGuides(lessons.filter(isPublished)),
    glossary: [...glossary].sort((a, b) => new Intl.Collator('zh-CN').compare(a.data.term, b.data.term)),
    sources,
  };
  const guides: Guide[] = [
    ...site.routines,
    ...site.competencies,
    ...site.duties,
    ...site.cases,
    ...site.lessons,
  ];
  const oldAddresses = [...guides, ...site.glossary].flatMap((entry) =>
    oldIdsOf(entry).map((id) => ({ path: `/${entry.collection}/${id}/`, entry })),
  );
  return {
    ...site,
    oldAddresses,
    graph: buildLinkGraph(guides),
    citations: citationsBySource(guides),
    guidesOf: (collection) => site[collection],
  };
}

let cached: Promise<Site> | undefined;

/** The site's content, loaded and checked once per build. */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return load(); // authors see their edits at once
  cached ??= load();
  return cached;
}

/** The year of the static branch calendar (/tools/rili/): the year the site is built. */
export const CALENDAR_YEAR = new Date().getFullYear();
