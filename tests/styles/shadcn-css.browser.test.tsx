// topup-kit/shadcn.css: with one import the npm components take a shadcn host's tokens, and
// follow the host's `.dark`.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Button } from '../../src/components/ui';
import shadcnCss from '../../src/styles/shadcn.css?raw';

// A shadcn host's globals (the neutral theme, with a distinct primary to tell it from the kit's).
const hostTokens = `
  :root { --background: rgb(255, 255, 255); --foreground: rgb(10, 10, 10); --primary: rgb(124, 58, 237);
    --primary-foreground: rgb(250, 250, 250); --radius: 0.75rem; --ring: rgb(163, 163, 163); }
  .dark { --background: rgb(10, 10, 10); --foreground: rgb(250, 250, 250); --primary: rgb(229, 229, 229);
    --primary-foreground: rgb(23, 23, 23); }`;

afterEach(() => {
  document.documentElement.classList.remove('dark');
  for (const style of document.querySelectorAll('style[data-host]')) style.remove();
});

function addCss(css: string) {
  const style = document.createElement('style');
  style.dataset.host = '';
  style.textContent = css;
  document.head.append(style);
}

describe('topup-kit/shadcn.css (Chromium)', () => {
  it("draws the kit's parts in the host's shadcn colours and radius, light and dark", () => {
    addCss(hostTokens);
    addCss(shadcnCss);
    // The button eases its colours (transition-colors): read the end state, not a frame of it.
    addCss('[data-tk-root] * { transition: none !important; }');
    render(
      <div data-tk-root="">
        <Button>Top up $25.00</Button>
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Top up $25.00' });
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(124, 58, 237)');
    expect(getComputedStyle(button).color).toBe('rgb(250, 250, 250)');
    // rounded-md is the radius minus 2px.
    expect(getComputedStyle(button).borderTopLeftRadius).toBe('10px');
    document.documentElement.classList.add('dark');
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(229, 229, 229)');
    expect(getComputedStyle(button).color).toBe('rgb(23, 23, 23)');
  });

  it('without it the kit keeps its own tokens', () => {
    addCss(hostTokens);
    render(
      <div data-tk-root="">
        <Button>Top up $25.00</Button>
      </div>,
    );
    expect(getComputedStyle(screen.getByRole('button')).backgroundColor).toBe('rgb(29, 78, 216)');
  });
});
