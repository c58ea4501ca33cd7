// Small DOM helpers: every piece of document text goes in through textContent, never as markup.
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label: string, title: string, onClick: () => void, id: string): HTMLButtonElement {
  const node = element('button', { type: 'button', title, id, 'aria-label': title }, label);
  node.addEventListener('click', onClick);
  return node;
}
