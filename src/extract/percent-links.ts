// Percent-encoded links: a run of printable ASCII that is a link or holds
// percent-encoded bytes (%2D, %E4%B8, ?q=30%25) has no percent in it. A run is
// read only when a percent touches it, and the last one read is remembered, so
// a long link with many %XX is read once. A percent glued between Latin letters
// (ErFt5%FN, Og8%Sn) is line noise of a garbled page, no percent either.

const LINK_MARK = /%[0-9A-Fa-f]{2}|:\/\/|www\.|[A-Za-z]\d+(?:\.\d+)?%[A-Za-z]/;

function isPrintableAscii(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

export class LinkRuns {
  private runStart = -1;
  private runEnd = -1;
  private runIsLink = false;

  constructor(private readonly text: string) {}

  /** Whether [start, end) touches a link-like ASCII run. */
  overlaps(start: number, end: number): boolean {
    for (let at = start; at < end; at++) {
      if (!isPrintableAscii(this.text.charCodeAt(at))) continue;
      if (at < this.runStart || at >= this.runEnd) this.readRun(at);
      if (this.runIsLink) return true;
      at = this.runEnd - 1;
    }
    return false;
  }

  private readRun(at: number): void {
    let start = at;
    let end = at + 1;
    while (start > 0 && isPrintableAscii(this.text.charCodeAt(start - 1))) start--;
    while (end < this.text.length && isPrintableAscii(this.text.charCodeAt(end))) end++;
    this.runStart = start;
    this.runEnd = end;
    this.runIsLink = LINK_MARK.test(this.text.slice(start, end));
  }
}
