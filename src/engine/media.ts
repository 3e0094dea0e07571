/**
 * Sentences that point at something the bot cannot show ("The below video shows…", "Watch the
 * clip above", "pictured"): useless in a summary or an answer, whatever they say.
 */
const POINTS_AT_MEDIA =
  /\b(?:below|above|following|attached|embedded|this|these)\s+(?:video|videos|image|images|photo|photos|picture|pictures|clip|footage|tweet|post|gallery|slideshow|map|chart|graphic|infographic)\b|\b(?:watch|see|view)\s+(?:the\s+)?(?:video|clip|footage|gallery|photos?)\b|\bpictured\b|\bclick (?:here|below|above)\b|\bshown (?:below|above)\b/i;

export function pointsAtMedia(text: string): boolean {
  return POINTS_AT_MEDIA.test(text);
}
