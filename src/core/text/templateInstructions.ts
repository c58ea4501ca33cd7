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
  // "Add one item per follow-up, with an owner and a due date.": how the list is to be written.
  /^(?:add|list|create|write)\s+(?:one|an?)\s+(?:action\s+)?(?:item|row|entry|line|bullet)\s+(?:per|for\s+(?:each|every))\b/i,
  // "Describe who was affected and for how long.", "Explain what happened": a question about the incident put to whoever
  // fills the template in (not "Describe the rollback in the runbook", a task).
  /^(?:briefly\s+)?(?:describe|explain|summari[sz]e|outline)\s+(?:briefly\s+)?(?:what|who|how|when|why|where|which)\b[^.\n]{0,120}?\b(?:was|were|happened|affected|impacted|caused|went|detected|resolved|occurred|noticed|fixed|mitigated)\b[^.\n]{0,80}[.:]?$/i,
  // "Describe the root cause.", "Summarize the impact.": the whole sentence asks for the section's content.
  /^(?:briefly\s+)?(?:describe|explain|summari[sz]e|outline)\s+the\s+(?:root\s+causes?|impact|incident|trigger|detection|resolution|recovery|timeline|problem|issue|outage|failure)\s*[.:]?$/i,
  /\bgoes\s+here\b/i,
  // A template's prompt for a lessons list, left above the real entries: "Things that could have gone better."
  /^(?:(?:a\s+)?list\s+of\s+)?things\s+that\s+(?:went\s+(?:well|wrong|badly|poorly)|could\s+have\s+gone\s+(?:better|worse))\s*[.:]?$/i,
  // What a section collects, as the template defines it: "These are good things that happened to us but not because we
  // had planned for them." (a "Where we got lucky" prompt).
  /^(?:these|this)\s+(?:are|is)\s+(?:the\s+)?(?:good|bad|lucky|unlucky)\s+things\s+that\s+(?:happened|went|could)\b[^.\n]{0,80}\bbecause\b/i,
  // What the entries of a section ought to be, said to whoever fills it in: "Ideally these should result in action items…".
  /^(?:ideally\s+)?(?:these|each\s+of\s+these)\s+should\s+(?:result\s+in|become|be\s+turned\s+into|have)\b[^.\n]{0,120}\b(?:action\s+items?|issues?|tickets?)\b/i,
  /^\(?(?:optional|delete\s+(?:this|if\s+not\s+applicable)|fill\s+(?:in|out|me\s+in)|to\s+(?:be\s+)?fill(?:ed)?\s+in)\)?[:.]?$/i,
  // How the template's sections are to be filled in: "All the following sections should be filled out together…".
  /^(?:all\s+)?(?:the\s+following|these|this|each\s+of\s+these)\s+(?:sub)?(?:sections?|headings?|questions?|fields?|items?|tables?)\s+(?:should|must|are\s+to)\s+be\s+(?:filled\s+(?:in|out)|completed|answered|written|discussed|agreed)\b/i,
  /^each\s+(?:action\s+item|follow-?up|item|entry|row)\s+should\s+(?:be\s+in\s+the\s+form\s+of|be\s+(?:a|an)\s+(?:\w+\s+)?(?:ticket|issue)|have\s+(?:an?\s+)?(?:owner|ticket|issue|link))\b/i,
  // A retrospective's prompts: "List anything the team did well and want to call out.", "List any findings that came out
  // of the incident.", "Explore potential action items grouped by the themes…".
  /^list\s+(?:anything|any\s+(?:findings?|lessons?|things?|learnings?|observations?|takeaways?))\b[^.\n]{0,100}?\b(?:the\s+team|the\s+incident|call\s+out|gone\s+better|went\s+(?:well|wrong)|did\s+well|came\s+out\s+of)\b/i,
  /^(?:explore|brainstorm|discuss)\s+(?:potential|possible|candidate)\s+(?:action\s+items?|follow-?ups?|improvements?|remediations?)\b/i,
  // What the section holds, said to whoever fills it in: "The action items we are committing to from the potential…".
  /^(?:the|these)\s+(?:action\s+items?|follow-?ups?|items?|tasks?)\s+(?:(?:that\s+)?we\s+are|we['’]re|we\s+will\s+be)\s+(?:committing|agreeing)\s+to\b/i,
  // What the section is, as the template describes it, with no verb: "A timeline of the events important to the
  // incident.", "A brief summary of what happened." (not "A timeline of the outage is below.").
  /^an?\s+(?:(?:brief|short|high-level|detailed)\s+)?(?:timeline|list|summary|description|overview|record|log|chronology)\s+of\s+(?![^.\n]*\b(?:is|are|was|were|has|have|had|shows?|follows?|starts?|begins?)\b)[^.\n]{1,100}\.?$/i,
  // The template pointing at its own example: "The example below demonstrates one way of formatting it."
  /^(?:the|this)\s+(?:example|sample)s?\s+(?:below|above)\b/i,
];

/** A question a template asks under a heading: about "the issue", "this situation", "the impact", in general words. */
const PROMPT_QUESTION = /^(?:what|how|when|who|where|which|why)\b[^?\n]{0,100}\b(?:this\s+(?:situation|incident|outage|event)|the\s+(?:issue|incident|outage|problem|impact|failure|event|root\s+cause)|happened|discovery|resolution)\b[^?\n]{0,60}\?(?:\s+(?:what|how|when|who|where|which|why|can|could|should|did|do|does|is|are|was|were)\b[^?\n]{0,100}\?){0,2}$/i;
/** An instruction to whoever fills the template in, or what the section is for. */
const PROMPT_INSTRUCTION = /^(?:include|describe|explain|list|leave|provide|summari[sz]e|ensure|enter|insert|write|add|document|outline|fill\s+in|use\s+this\s+(?:section|space|table)|this\s+section\s+(?:provides|is\s+for|should|describes|contains)|report\s+(?:when|how|what|who|where|the|any)|run\s+an?\s|note\s+(?:the|any|down)\s|record\s+(?:the|any|when|how|what)\s|identify\s+(?:the|any)\s)\b/i;
/** A fragment naming what goes there, with the template's choices: "Date/time of discovery", "date, time, step/event". */
const PROMPT_FRAGMENT = /^(?=[^.!?\n]{3,60}$)(?:[\p{L}-]+[ ,]+){0,6}[\p{L}-]+\/[\p{L}-]+(?:[ ,]+[\p{L}-]+){0,6}$/iu;

/**
 * A run of italics that fills the text it is tested on, after a field's label if any ("Customer impact: _Add a
 * description of customer impact here_"): a line, or a paragraph wrapped over lines.
 */
const ITALIC_RUN = /^([ \t]*(?:\p{L}[\p{L} ]{0,30}:[ \t]*)?)([*_])(?![*_\s])([^*_]+?)(?<![*_\s])\2[ \t]*\r?$/u;

/** Whether italic words are a template's prompt; a fragment ("Date/time of discovery") only on a line of its own. */
function isPrompt(words: string, oneLine: boolean): boolean {
  return PROMPT_QUESTION.test(words) || PROMPT_INSTRUCTION.test(words) || (oneLine && PROMPT_FRAGMENT.test(words));
}

/**
 * The template's prompts written in italics on lines of their own ("_What caused this situation?_", "_Date/time of
 * discovery_", "*Include the step that describes …*"), as offsets of their words (without the emphasis marks) in
 * `source`, the paragraph's Markdown. A prompt answered on its own line ("_How was it found?_ By the on-call.") is not one.
 */
export function findItalicPrompts(source: string): InstructionMatch[] {
  // A prompt wrapped over lines ("*Describe how internal and external users were impacted during the\nincident*"): the
  // whole paragraph is one run of italics.
  const whole = ITALIC_RUN.exec(source);
  if (whole && whole[3].includes('\n')) {
    const start = whole[1].length + 1;
    return isPrompt(whole[3].replace(/\s+/gu, ' ').trim(), false) ? [{ start, end: start + whole[3].length, text: whole[3] }] : [];
  }
  const found: InstructionMatch[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    const italic = ITALIC_RUN.exec(line);
    if (italic && isPrompt(italic[3].trim(), true)) {
      const start = offset + italic[1].length + 1;
      found.push({ start, end: start + italic[3].length, text: italic[3] });
    }
    offset += line.length + 1;
  }
  return found;
}

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
  // A fragment ends at its punctuation, or at the end of its line: "$" alone is the end of the text, and a line that ends
  // without punctuation would make the engine try every shorter fragment from every position (quadratic on long lines).
  const pattern = /[^.!?\n]+(?:[.!?]+|(?=\n)|$)/g;
  for (const match of text.matchAll(pattern)) {
    const leading = match[0].length - match[0].trimStart().length;
    const value = match[0].trim();
    if (value === '') continue;
    const start = (match.index ?? 0) + leading;
    sentences.push({ start, end: start + value.length, text: value });
  }
  return sentences;
}
