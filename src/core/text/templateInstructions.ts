// A template's own instructions left in a filled-in postmortem ("These are only sample subheadings…", "Replace this line with…").

/**
 * Sentences that speak to the person filling in the template, not to the reader of the postmortem. Each is anchored at
 * the start of a sentence and names the template's own parts ("this section", "these subheadings", "here"), so real
 * prose such as "we replaced this certificate" does not match.
 */
const INSTRUCTION_SENTENCES: readonly RegExp[] = [
  /^(?:these|this|the following)\s+(?:are|is)\s+(?:only\s+|just\s+)?(?:an?\s+)?(?:sample|example|suggested|optional)s?\b/i,
  /^(?:these|this|the following)\s+(?:sub)?(?:headings?|sections?|items?|questions?|fields?|subheadings?)\s+(?:are|is)\s+(?:only\s+|just\s+)?(?:an?\s+)?(?:samples?|examples?|suggestions?|optional)\b/i,
  /^(?:please\s+)?(?:replace|delete|remove|update|edit|fill\s+in|fill\s+out|complete|expand|customi[sz]e|adapt)\s+(?:(?:this|these)\s+(?:(?:sample|example|template|placeholder)\s+)?(?:line|text|sections?|headings?|subheadings?|placeholders?|template|examples?|paragraph)\b|the\s+(?:sample|example|template|placeholder)\b|the\s+following\b)/i,
  /^(?:please\s+)?(?:replace|delete|remove)\b[^.\n]{0,80}\b(?:(?:that|which)\s+(?:do|does)\s+not\s+apply|if\s+not\s+(?:applicable|needed|relevant)|before\s+publishing)/i,
  /^use\s+this\s+(?:section|space|area|template|table)\s+(?:to|for)\b/i,
  /^(?:describe|explain|list|summari[sz]e|outline|document|include|provide|add|enter|insert|write|put)\b[^.\n]{0,120}\b(?:here|below)\s*[.:]?$/i,
  /^(?:add|list|insert)\s+(?:your|more|any)\s+(?:own\s+)?(?:action\s+items?|rows?|items?|entries|sections?)\b[^.\n]{0,60}$/i,
  /\bgoes\s+here\b/i,
  // A template's prompt for a lessons list, left above the real entries: "Things that could have gone better."
  /^(?:(?:a\s+)?list\s+of\s+)?things\s+that\s+(?:went\s+(?:well|wrong|badly|poorly)|could\s+have\s+gone\s+(?:better|worse))\s*[.:]?$/i,
  // What the entries of a section ought to be, said to whoever fills it in: "Ideally these should result in action items…".
  /^(?:ideally\s+)?(?:these|each\s+of\s+these)\s+should\s+(?:result\s+in|become|be\s+turned\s+into|have)\b[^.\n]{0,120}\b(?:action\s+items?|issues?|tickets?)\b/i,
  /^\(?(?:optional|delete\s+(?:this|if\s+not\s+applicable))\)?[:.]?$/i,
  // How the template's sections are to be filled in: "All the following sections should be filled out together…".
  /^(?:all\s+)?(?:the\s+following|these|this|each\s+of\s+these)\s+(?:sub)?(?:sections?|headings?|questions?|fields?|items?|tables?)\s+(?:should|must|are\s+to)\s+be\s+(?:filled\s+(?:in|out)|completed|answered|written|discussed|agreed)\b/i,
  /^each\s+(?:action\s+item|follow-?up|item|entry|row)\s+should\s+(?:be\s+in\s+the\s+form\s+of|be\s+(?:a|an)\s+(?:\w+\s+)?(?:ticket|issue)|have\s+(?:an?\s+)?(?:owner|ticket|issue|link))\b/i,
  // A retrospective's prompts: "List anything the team did well and want to call out.", "List any findings that came out
  // of the incident.", "Explore potential action items grouped by the themes…".
  /^list\s+(?:anything|any\s+(?:findings?|lessons?|things?|learnings?|observations?|takeaways?))\b[^.\n]{0,100}?\b(?:the\s+team|the\s+incident|call\s+out|gone\s+better|went\s+(?:well|wrong)|did\s+well|came\s+out\s+of)\b/i,
  /^(?:explore|brainstorm|discuss)\s+(?:potential|possible|candidate)\s+(?:action\s+items?|follow-?ups?|improvements?|remediations?)\b/i,
  // What the section holds, said to whoever fills it in: "The action items we are committing to from the potential…".
  /^(?:the|these)\s+(?:action\s+items?|follow-?ups?|items?|tasks?)\s+(?:(?:that\s+)?we\s+are|we['’]re|we\s+will\s+be)\s+(?:committing|agreeing)\s+to\b/i,
];

export interface InstructionMatch {
  start: number;
  end: number;
  text: string;
}

/** Whether a short text (a list item, a paragraph) is nothing but a template instruction. */
export function isTemplateInstruction(text: string): boolean {
  const sentences = splitSentences(text.trim());
  return sentences.length > 0 && sentences.some((s) => INSTRUCTION_SENTENCES.some((p) => p.test(s.text))) && sentences.every((s) => s.text.length < 200);
}

/** The template instructions in a block of prose: each paragraph whose first sentence is one, from that sentence to the end. */
export function findTemplateInstructions(text: string): InstructionMatch[] {
  const sentences = splitSentences(text);
  const first = sentences.findIndex((s) => INSTRUCTION_SENTENCES.some((p) => p.test(s.text)));
  if (first !== 0) return [];
  // An instruction paragraph is short: a long paragraph that happens to start like one is someone's prose.
  if (text.trim().length > 300) return [];
  const last = sentences[sentences.length - 1];
  return [{ start: sentences[0].start, end: last.end, text: text.slice(sentences[0].start, last.end) }];
}

function splitSentences(text: string): Array<{ start: number; end: number; text: string }> {
  const sentences: Array<{ start: number; end: number; text: string }> = [];
  const pattern = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (const match of text.matchAll(pattern)) {
    const leading = match[0].length - match[0].trimStart().length;
    const value = match[0].trim();
    if (value === '') continue;
    const start = (match.index ?? 0) + leading;
    sentences.push({ start, end: start + value.length, text: value });
  }
  return sentences;
}
