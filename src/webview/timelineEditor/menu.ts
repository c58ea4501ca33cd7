// The row menu (right-click, Shift+F10, the Menu key or the toolbar): key moments and row actions, keyboard-operable.
import { element } from './dom';

export interface MenuItem {
  label: string;
  id: string;
  run: () => void;
}

/** Opens a menu at (x, y); it closes on Escape, on a choice, or on a click elsewhere, and gives focus back to `returnTo`. */
export function openMenu(items: readonly MenuItem[], x: number, y: number, returnTo: HTMLElement | null, label: string): HTMLElement {
  document.querySelector('.menu')?.remove();
  const menu = element('div', { class: 'menu', role: 'menu', 'aria-label': label });
  const buttons = items.map((item) => {
    const node = element('button', { type: 'button', role: 'menuitem', tabindex: '-1', id: `menu-${item.id}` }, item.label);
    node.addEventListener('click', () => {
      close();
      item.run();
    });
    return node;
  });
  menu.append(...buttons);
  const close = () => {
    menu.remove();
    document.removeEventListener('mousedown', outside, true);
    returnTo?.focus();
  };
  const outside = (event: MouseEvent) => {
    if (!menu.contains(event.target as Node)) close();
  };
  menu.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length].focus();
    else if (event.key === 'ArrowUp') buttons[(index - 1 + buttons.length) % buttons.length].focus();
    else if (event.key === 'Home') buttons[0].focus();
    else if (event.key === 'End') buttons[buttons.length - 1].focus();
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  document.body.append(menu);
  // Kept inside the window, then placed (CSSOM, which the CSP allows; no inline style attributes).
  const { width, height } = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - width - 4))}px`;
  menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - height - 4))}px`;
  document.addEventListener('mousedown', outside, true);
  buttons[0]?.focus();
  return menu;
}
