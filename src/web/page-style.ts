/**
 * The article page's only stylesheet, inlined: no font, script or image is loaded from anywhere.
 * System fonts, a readable measure, light and dark schemes. `PAGE_STYLE_HASH` lets the
 * Content-Security-Policy allow exactly this <style> and nothing else.
 */
import { createHash } from 'node:crypto';

export const PAGE_STYLE = `
:root{color-scheme:light dark;--bg:#fdfcf9;--fg:#1d1d1f;--muted:#5f6368;--rule:#dcd8cf;--accent:#8a3b12;--quote:#fbefc8;--target:#e9f1ff}
@media (prefers-color-scheme:dark){:root{--bg:#141517;--fg:#e8e6e3;--muted:#a3a7ad;--rule:#34373c;--accent:#f0a36b;--quote:#3b3416;--target:#1d2a3d}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.125rem/1.65 Georgia,"Iowan Old Style","Times New Roman",serif}
main{max-width:42rem;margin:0 auto;padding:2rem 1.25rem 4rem}
header{border-bottom:1px solid var(--rule);margin-bottom:1.5rem;padding-bottom:1rem}
.kicker,.byline,.credit,figcaption,.said,.anchor,footer{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.kicker{margin:0;color:var(--accent);font-size:.8rem;font-weight:600;letter-spacing:.08em;text-transform:uppercase}
h1{margin:.3rem 0 .6rem;font-size:clamp(1.7rem,5vw,2.5rem);line-height:1.15;overflow-wrap:anywhere}
.byline,.credit{margin:.2rem 0;color:var(--muted);font-size:.9rem}
a{color:var(--accent)}
.para{position:relative;margin:0 0 1.1rem;padding:.1rem .3rem;border-radius:.25rem;scroll-margin-top:1rem;overflow-wrap:break-word}
.para:target{background:var(--target)}
.anchor{color:var(--muted);font-size:.75rem;text-decoration:none;margin-right:.4rem;white-space:nowrap}
.anchor:hover,.anchor:focus{color:var(--accent);text-decoration:underline}
@media (min-width:52rem){.anchor{position:absolute;right:100%;top:.45rem;margin-right:.5rem}}
mark.quote{background:var(--quote);color:inherit;padding:0 .1em;border-radius:.15em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.said{margin:-.6rem 0 1.2rem 1rem;color:var(--muted);font-size:.9rem}
.said .speaker{color:var(--fg);font-weight:600}
figure{margin:1.5rem 0;padding:.6rem .9rem;border-left:3px solid var(--rule)}
figcaption{color:var(--muted);font-size:.85rem}
figcaption .label{font-weight:600;text-transform:uppercase;letter-spacing:.06em;font-size:.7rem;margin-right:.4rem}
.image-credit{display:block}
footer{margin-top:2rem;padding-top:1rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.85rem}
`.trim();

/** "sha256-…" of the style element's text, for the page's Content-Security-Policy. */
export const PAGE_STYLE_HASH = `sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}`;
