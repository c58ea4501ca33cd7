// Whether prose is written in English: the rules that recognise sections by the meaning of their English headings can
// only judge documents written in it.
import type { Paragraph, Root } from 'mdast';
import { nodesOfType } from '../markdown/walk';
import { plainText } from '../markdown/parse';

/**
 * English function words that other languages written in Latin letters do not share ("for", "at", "to" are Norwegian
 * words too, "in", "was", "will", "also" German or Dutch ones): 8% or more of the words of English prose here, next to
 * none of a Norwegian postmortem's.
 */
const FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'that', 'it', 'with', 'were', 'be', 'by', 'this', 'we', 'not', 'from', 'are', 'or', 'our', 'which',
  'has', 'have', 'had', 'when', 'after', 'but', 'they', 'their', 'there', 'been', 'all', 'into', 'if', 'than', 'then',
  'these', 'would', 'should', 'could', 'can',
]);

/** Below this share of those words in its prose, a document is not in English (English prose here: 8% and up). */
const ENGLISH_SHARE = 0.03;
/** Fewer prose words than this tell too little: such a document counts as English. */
const MIN_WORDS = 100;

/** Whether the paragraphs of a document read as English, or are too few to tell. */
export function proseIsEnglish(root: Root): boolean {
  let words = 0;
  let functionWords = 0;
  for (const paragraph of nodesOfType<Paragraph>(root, 'paragraph')) {
    for (const word of plainText(paragraph).toLowerCase().match(/\p{L}+/gu) ?? []) {
      words++;
      if (FUNCTION_WORDS.has(word)) functionWords++;
    }
  }
  return words < MIN_WORDS || functionWords / words >= ENGLISH_SHARE;
}

/**
 * "Resolved" as the other languages whose section names are read write it ("Løst", "Gelöst", "Résolu", "Resuelto"): a
 * status value and a timeline row's word alike.
 */
export const RESOLVED_ELSEWHERE: readonly string[] = ['løst', 'løyst', 'löst', 'gelöst', 'behoben', 'opgelost', 'resuelto', 'résolu', 'resolvido', 'risolto', 'ratkaistu', 'rozwiązany'];

