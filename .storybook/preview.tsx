import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles/index.css';
import './brands.css';
import { withKit } from './kit';

const themes = ['light', 'dark', 'brand-forest', 'brand-sunset'] as const;

// The theme lives on <html> so portalled dialogs (rendered into body) are themed too.
const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme as string) ?? 'light';
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.classList.toggle('dark', theme === 'dark');
  document.body.style.background = 'var(--tk-background)';
  document.body.style.color = 'var(--tk-foreground)';
  return <Story />;
};

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withKit, withTheme],
  globalTypes: {
    theme: {
      description: 'Theme (tokens only)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themes], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      // rtl: the right-to-left pseudo-locale (English in Hebrew letters, he-IL numbers); pair it with Direction rtl.
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'de', 'fr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  tags: ['autodocs'],
};

export default preview;
