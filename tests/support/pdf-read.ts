/**
 * What a reader gets out of a PDF, read with poppler-utils: its text (pdftotext) and the QR codes
 * printed on it (each page rasterised by pdftoppm, then read by jsQR one code after another).
 */
import { execFileSync } from 'node:child_process';
import jsQR from 'jsqr';

/**
 * The text of a PDF, page after page, as laid out: in its default mode pdftotext takes a line
 * that ends with “-” for a hyphenated word and drops the hyphen.
 */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 64 << 20,
  }).toString();
}

/** The RGB pages of a PDF at `dpi`, from pdftoppm's PPM (P6) output. */
function pages(pdf: Uint8Array, dpi: number): { width: number; height: number; rgba: Uint8ClampedArray }[] {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-'], { input: pdf, maxBuffer: 1 << 30 });
  const out = [];
  for (let at = 0; at < ppm.length;) {
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(at, at + 40).toString('latin1'));
    if (!header) throw new Error(`pdftoppm wrote no PPM page at byte ${at}`);
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = at + header[0].length;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba.set(ppm.subarray(start + i * 3, start + i * 3 + 3), i * 4);
      rgba[i * 4 + 3] = 255;
    }
    out.push({ width, height, rgba });
    at = start + width * height * 3;
  }
  return out;
}

/** Every QR code a PDF prints, in page order: each one read is painted over, and the page read again. */
export function pdfQrCodes(pdf: Uint8Array, dpi = 150): string[] {
  const codes: string[] = [];
  for (const { width, height, rgba } of pages(pdf, dpi)) {
    for (let code = jsQR(rgba, width, height); code; code = jsQR(rgba, width, height)) {
      codes.push(code.data);
      const corners = Object.values(code.location).filter((p) => typeof p === 'object' && 'x' in p);
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      const pad = 12;
      for (
        let y = Math.max(0, Math.floor(Math.min(...ys)) - pad);
        y < Math.min(height, Math.max(...ys) + pad);
        y++
      )
        for (
          let x = Math.max(0, Math.floor(Math.min(...xs)) - pad);
          x < Math.min(width, Math.max(...xs) + pad);
          x++
        )
          rgba.fill(255, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return codes;
}
