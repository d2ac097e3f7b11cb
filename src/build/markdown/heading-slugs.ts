/**
 * The ids of a page's h2–h4, one rule for the heading-anchors plugin (which sets them) and the
 * content check (which resolves links to them): an id the author set is kept, any other is the
 * github-slugger slug of the heading's text, numbered when it repeats.
 */
import GithubSlugger from 'github-slugger';

/** A fresh slugger per page: call it for each heading in document order. */
export function headingSlugger(): (text: string, existing?: unknown) => string {
  const slugger = new GithubSlugger();
  return (text, existing) => (typeof existing === 'string' && existing ? existing : slugger.slug(text));
}
