/**
 * What a lesson's handout prints for each guide on its agenda: the guide's summary and the list
 * a participant takes home (a competency's key points, a duty's list, a case's countermeasures);
 * and the key under which its PDF is kept between builds.
 */
import { createHash } from 'node:crypto';
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

/**
 * The key under which a printed handout is kept between builds: a digest of everything the PDF
 * is made from. The handout page holds the text, the agenda's summaries and the QR codes;
 * `printer` digests the template, the font files, the compiler's version and the code that reads
 * the page and prints it. Any change to one of them prints the handout afresh.
 */
export function handoutCacheKey(page: { html: string | Buffer; printer: string }): string {
  const hash = createHash('sha256');
  for (const part of [page.printer, page.html]) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}
