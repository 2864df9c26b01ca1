import type { DocumentRecord } from '../model/mention';
import type { ReportFailure } from './index-page';
import { writeReport, type ReportDocument } from './site';

// What `extract --report DIR` needs: the extract command hands every record
// it writes (with the article text its offsets point into) and every input
// that failed to a collector, and writes the same site as `zhextract report`
// once the run is over. Records are kept in the order they were added, so
// the site lists them in the order the extract output does.

export class ReportCollector {
  private readonly documents: ReportDocument[] = [];
  private readonly failures: ReportFailure[] = [];

  constructor(readonly dir: string) {}

  /** A document as written to the extract output. */
  add(record: DocumentRecord, text: string): void {
    this.documents.push({ record, text });
  }

  /** An input that could not be read or processed, with why. */
  fail(path: string, cause: string): void {
    this.failures.push({ path, cause });
  }

  get count(): number {
    return this.documents.length;
  }

  /** Writes index.html, docs/ and assets/ into `dir` (the site of `zhextract report`). */
  write(): void {
    writeReport(this.dir, this.documents, this.failures);
  }
}
