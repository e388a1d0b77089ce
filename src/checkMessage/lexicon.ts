/**
 * What checkMessage looks for in a text by itself: words that suggest a
 * content topic (English only, a heuristic), public URL shorteners, and
 * template variables left unfilled.
 *
 * @module
 */
import type { ContentTopic } from '../rules/types';

/**
 * Words and phrases (lower case, English) that suggest a topic. A match says
 * the message may be about the topic, not that it is: findings from them are
 * `likely`. Topics without a list here (hate, lead generation, language, other)
 * are not looked for in the text.
 */
export const TOPIC_WORDS: Readonly<Partial<Record<ContentTopic, readonly string[]>>> = {
  cannabis: ['cannabis', 'marijuana', 'cbd', 'thc', 'dispensary', 'dispensaries', 'edibles', 'hemp', 'kush', 'weed'],
  alcohol: ['alcohol', 'alcoholic', 'beer', 'beers', 'wine', 'wines', 'vodka', 'whisky', 'whiskey', 'tequila', 'rum', 'liquor', 'brewery', 'cocktail', 'cocktails', 'champagne', 'happy hour'],
  tobacco: ['tobacco', 'cigarette', 'cigarettes', 'cigar', 'cigars', 'vape', 'vapes', 'vaping', 'e-cig', 'e-cigarette', 'nicotine', 'hookah', 'shisha'],
  firearms: ['gun', 'guns', 'firearm', 'firearms', 'rifle', 'rifles', 'pistol', 'pistols', 'handgun', 'handguns', 'shotgun', 'ammo', 'ammunition'],
  gambling: ['casino', 'casinos', 'betting', 'bet now', 'place a bet', 'poker', 'slot machine', 'slot machines', 'jackpot', 'sportsbook', 'wager', 'lottery', 'bingo'],
  'high-risk-financial': ['payday loan', 'payday loans', 'cash advance', 'debt relief', 'debt consolidation', 'debt forgiveness', 'credit repair', 'crypto', 'cryptocurrency', 'bitcoin', 'guaranteed approval', 'no credit check', 'debt collection', 'past due balance'],
  sex: ['sex', 'sexy', 'xxx', 'porn', 'nude', 'nudes', 'escort', 'escorts', 'adult content'],
  drugs: ['cocaine', 'heroin', 'meth', 'opioid', 'opioids', 'oxycodone', 'xanax', 'fentanyl', 'no prescription'],
  political: ['vote', 'voting', 'election', 'ballot', 'candidate', 'polling station'],
  religious: ['church', 'prayer', 'bible', 'quran', 'mosque', 'sermon'],
};

/**
 * Public URL-shortening domains whose links carriers and spam filters block
 * or distrust. A brand's own short domain is not on the list.
 */
export const PUBLIC_SHORTENERS: readonly string[] = [
  'bit.ly', 'bitly.com', 'bit.do', 'j.mp', 'tinyurl.com', 'tiny.cc', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 'rb.gy', 't.ly', 's.id', 'lnkd.in', 'qrco.de', 'shorte.st', 'adf.ly', 'tr.im', 'x.co', 'short.io', 'bl.ink', 'soo.gd', 'clck.ru', 'u.to', 't.cn',
];

/**
 * Placeholders a template engine leaves when a variable is not filled:
 * `{{name}}`, `{name}`, `${name}`, `%NAME%`, `[NAME]`, `<NAME>`, `{#var#}`.
 */
export const UNFILLED_VARIABLE: RegExp = /\{\{[^{}\n]{1,40}\}\}|\$\{[^{}\n]{1,40}\}|\{#[^#\n]{1,40}#\}|\{[A-Za-z_][\w.]{0,39}\}|%[A-Za-z_][A-Za-z0-9_]{0,39}%|\[[A-Z][A-Z0-9_ ]{1,39}\]|<[A-Z][A-Z0-9_]{1,39}>/g;
