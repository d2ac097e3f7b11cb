/** The site's name and one-line description, used by the layout and the home page. */
export const SITE_TITLE = '基层党支部工作指南';
export const SITE_DESCRIPTION =
  '面向基层党支部书记的培训知识库：支部工作规程、书记能力素质、支部职责、问题与对策案例、培训课和术语，手机可读，离线可查。';

/** The header's search box: the “/” key focuses it (src/client/page-script.ts). */
export const SITE_SEARCH_ID = 'site-search';
