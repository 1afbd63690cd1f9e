import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The kit's stylesheet, then the app's: what a consumer does with `topup-kit/styles.css`. (The
// import inside src/index.ts alone is tree-shaken away in a production build: the package
// declares its modules side-effect free.)
import '../../../src/styles/index.css';
import './app.css';
import { App } from './app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
