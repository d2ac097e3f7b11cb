/**
 * The site's public address, from SITE_URL: read here and nowhere else. astro.config's `site`
 * (sitemap, canonical and OpenGraph links) and the handouts (full addresses and QR codes on paper)
 * both come from it.
 *
 * Without SITE_URL the build still needs an origin for its absolute links, so `site` falls back
 * to a placeholder; paper must not carry that placeholder, so the handouts then print page paths
 * and no codes, and the build says so.
 */

/** What `site` is when SITE_URL is not set: an address nobody can open. */
export const PLACEHOLDER_SITE_URL = 'https://zhinan.example.org/';

/** The address SITE_URL sets, ending with `/`; undefined when it is unset or empty. */
export function configuredSiteUrl(env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const value = env.SITE_URL?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL“${value}”不是完整网址。请写成 https://域名/ 的形式，例如 SITE_URL=https://example.org/。`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL“${value}”应以 https:// 或 http:// 开头。`);
  if (url.search || url.hash) throw new Error(`SITE_URL“${value}”不应带“?”或“#”之后的部分，只写网站的地址。`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The `site` of astro.config: SITE_URL, or the placeholder. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (configuredSiteUrl(env) ?? new URL(PLACEHOLDER_SITE_URL)).href;
}

/**
 * The full address of a site path (`/cases/x/`) under SITE_URL, resolved as the canonical links
 * are; undefined without SITE_URL.
 */
export function fullAddress(sitePath: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = configuredSiteUrl(env);
  return base && new URL(sitePath, base).href;
}

/** The build's warning when SITE_URL is unset (Chinese, with the fix). */
export const SITE_URL_MISSING =
  '未设置 SITE_URL：讲义上只印页面路径，不印完整网址和二维码；站点地图和分享链接用的是占位地址 ' +
  `${PLACEHOLDER_SITE_URL}。部署前请设置网站的公开地址再构建，例如 SITE_URL=https://example.org/ npm run build。`;
