// A government site's pages open with the site's banner: its name alone on the
// first line (某某县人民政府, 某某市政府门户网站). It is page chrome, not the
// article's text: a county's story on its own site often names the county only
// as 我县 or 全县, and the banner would add the county as a false place. Only the
// first line is taken so: the same name closing a notice is its signature.

const SITE_BANNER = /^[\u4e00-\u9fff]{2,12}(?:人民政府|人民政府网|政府网|政府门户网站|门户网站)$/u;

/** Whether a line that opens the page is the site's banner. */
export function isSiteBanner(firstLine: string): boolean {
  return SITE_BANNER.test(firstLine);
}
