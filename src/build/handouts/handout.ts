/**
 * What a lesson's handout prints for each guide on its agenda: the guide's summary and the list
 * a participant takes home (a competency's key points, a duty's list, a case's countermeasures);
 * and how its PDF is made the same in every build and kept between builds.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import QRCode from 'qrcode';
import type { Ref } from '../../schemas/fields.ts';
import { urlOf } from '../../model/queries.ts';
import { fullAddress } from '../site-url.ts';

type GuideData =
  | { collection: 'routines'; id: string; data: { title: string; summary: string; steps: string[] } }
  | { collection: 'competencies'; id: string; data: { title: string; summary: string; keyPoints: string[] } }
  | { collection: 'duties'; id: string; data: { title: string; summary: string; duties: string[] } }
  | { collection: 'cases'; id: string; data: { title: string; summary: string; countermeasures: string[] } }
  | { collection: 'lessons'; id: string; data: { title: string; summary: string; objectives: string[] } };

export interface HandoutItem {
  /** The agenda item's own title and minutes. */
  step: string;
  minutes: number;
  guide?: { title: string; url: string; summary: string; pointsLabel: string; points: string[] };
}

export function pointsOf(guide: GuideData): { pointsLabel: string; points: string[] } {
  switch (guide.collection) {
    case 'routines':
      return { pointsLabel: '步骤', points: guide.data.steps };
    case 'competencies':
      return { pointsLabel: '要点', points: guide.data.keyPoints };
    case 'duties':
      return { pointsLabel: '职责清单', points: guide.data.duties };
    case 'cases':
      return { pointsLabel: '对策', points: guide.data.countermeasures };
    case 'lessons':
      return { pointsLabel: '学习目标', points: guide.data.objectives };
  }
}

export function handoutItems(
  agenda: readonly { title: string; minutes: number; guide?: Ref | undefined }[],
  lookup: (ref: Ref) => GuideData | undefined,
): HandoutItem[] {
  return agenda.map((item) => {
    const guide = item.guide && lookup(item.guide);
    return {
      step: item.title,
      minutes: item.minutes,
      ...(guide && {
        guide: {
          title: guide.data.title,
          url: urlOf(guide),
          summary: guide.data.summary,
          ...pointsOf(guide),
        },
      }),
    };
  });
}

/**
 * Where a guide on the agenda is read in full, as paper shows it: under SITE_URL its full address
 * and a QR code for it (SVG, two modules of quiet zone, error correction M so a creased or smudged
 * print still reads); without SITE_URL only its path on the site, and no code.
 */
export async function guideAddress(
  sitePath: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ url: string; qr?: string }> {
  const url = fullAddress(sitePath, env);
  if (!url) return { url: sitePath };
  const qr = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return { url, qr };
}

/** Where a lesson's printable handout and its PDF live. */
export const handoutUrl = (lessonId: string) => `/lessons/${lessonId}/handout/`;
export const handoutPdfUrl = (lessonId: string) => `/lessons/${lessonId}/handout.pdf`;

/** The date a handout PDF carries: its lesson's `updated` day, as a PDF date's 14 digits. */
export function pdfDateDigits(updated: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(updated);
  if (!match) throw new Error(`讲义日期格式应为 YYYY-MM-DD，实际是“${updated}”。`);
  return `${match[1]}${match[2]}${match[3]}000000`;
}

/**
 * Makes a PDF printed by Chromium the same in every build: the print time (/CreationDate,
 * /ModDate) becomes the given date, and the ids of the tagged structure (`(node00000415)`, taken
 * from a counter shared by every page the browser printed before) are numbered afresh in order of
 * appearance. Only digits change, never the length, so every byte offset in the file (the xref
 * table) stays valid.
 */
export function pinPdf(pdf: Buffer, digits: string): Buffer {
  if (!/^\d{14}$/.test(digits)) throw new Error(`PDF 日期应为 14 位数字，实际是“${digits}”。`);
  const ids = new Map<string, string>();
  const text = pdf
    .toString('latin1')
    .replace(/\/(CreationDate|ModDate) ?\(D:\d{14}/g, (m) => m.slice(0, -14) + digits)
    .replace(/\(node(\d+)\)/g, (_, old: string) => {
      if (!ids.has(old)) ids.set(old, String(ids.size + 1).padStart(old.length, '0'));
      return `(node${ids.get(old)})`;
    });
  return Buffer.from(text, 'latin1');
}

/** The site's own stylesheets a page links (`/_astro/…css`), as paths from the site root. */
export function stylesheetsOf(html: string): string[] {
  const hrefs = new Set<string>();
  const parser = new Parser({
    onopentag(tag, attrs) {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (tag === 'link' && rel.includes('stylesheet') && attrs.href?.startsWith('/'))
        hrefs.add(attrs.href.split(/[?#]/)[0]!);
    },
  });
  parser.end(html);
  return [...hrefs].sort();
}

/**
 * The key under which a printed handout is kept between builds: a digest of everything the PDF
 * is made from. The handout page and its stylesheets hold the text, the agenda's summaries and
 * the layout; `printer` names the browser, its fonts, the print options and the code that pins
 * the file. Any change to one of them prints the handout afresh.
 */
export function handoutCacheKey(page: {
  html: string | Buffer;
  styles: readonly (string | Buffer)[];
  printer: string;
}): string {
  const hash = createHash('sha256');
  for (const part of [page.printer, page.html, ...page.styles]) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The file in dist/ that a static host would answer a path of the site with (a folder's
 * index.html), or undefined when there is none or the path leaves dist/. Chromium loads the
 * handout pages and their styles and fonts straight from these files while printing.
 */
export function distFileOf(dist: string, pathname: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (relative.endsWith('/')) relative += 'index.html';
  const root = path.resolve(dist);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep)) return undefined;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}
