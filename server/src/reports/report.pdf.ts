import { existsSync } from 'node:fs';
import { type Browser, chromium, errors } from 'playwright-core';
import { AppError, ErrorCode } from '../kernel/errors.ts';
import type { Report } from './report.entities.ts';

/** At most this many pages render at once in a process; the others wait their turn. */
const maxConcurrent = 2;
/** A render that takes longer than this (the page never shows the report) is given up. */
const renderTimeoutMs = 30_000;

/** Chromium is not installed where the config says, or would not start: the PDF is unavailable, the server is fine. */
export class PdfUnavailableError extends AppError {
  constructor(message = 'PDF rendering is not available on this server.') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

/**
 * Prints a report's printable page (/reports/:id/print) to PDF in headless Chromium, as the
 * requester: the page carries the requester's own credential (sent as a Bearer header, which the
 * server accepts for sessions and API tokens alike), so it shows exactly what that reader may read.
 * One browser per process, launched on the first PDF and reused; each render has its own context.
 */
export class ReportPdfRenderer {
  private browser: Promise<Browser> | null = null;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly executablePath: string,
    /** The server's own origin, e.g. http://127.0.0.1:4000. */
    private readonly origin: () => string,
  ) {}

  async render(reportId: string, credential: string): Promise<Buffer> {
    await this.acquire();
    try {
      const browser = await this.launch();
      const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${credential}` } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(renderTimeoutMs);
        await page.goto(`${this.origin()}/reports/${reportId}/print`, { timeout: renderTimeoutMs });
        await page.getByTestId('report-print-title').waitFor({ state: 'visible' });
        await page.emulateMedia({ media: 'print' });
        return await page.pdf({ format: 'A4', printBackground: true });
      } catch (error) {
        if (error instanceof errors.TimeoutError) throw new PdfUnavailableError(`The report did not print within ${renderTimeoutMs / 1000} s. Try again shortly.`);
        throw error;
      } finally {
        await context.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new PdfUnavailableError('The server is shutting down.'));
    if (!existsSync(this.executablePath)) return Promise.reject(new PdfUnavailableError(`PDF rendering is not available: no Chromium at ${this.executablePath}.`));
    this.browser ??= chromium
      .launch({ executablePath: this.executablePath, headless: true, args: ['--no-sandbox', '--disable-background-networking'] })
      .then((browser) => {
        // A crashed browser is launched again on the next PDF.
        browser.on('disconnected', () => {
          if (this.browser === launched) this.browser = null;
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = null;
        throw new PdfUnavailableError(`PDF rendering is not available: Chromium did not start (${(error as Error).message.split('\n')[0]}).`);
      });
    const launched = this.browser;
    return launched;
  }

  private async acquire(): Promise<void> {
    if (this.running < maxConcurrent) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot straight to the next waiter, or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/** Named like the CSV: by the period's first day in the report's time zone. */
export function pdfFileName(report: Report): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: report.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(report.periodStart);
  return `vigil-${report.kind.toLowerCase()}-report-${day}.pdf`;
}
