import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(cleanup);

// findBy… and waitFor give a slow, loaded machine 5 s (not 1 s) before they say an element never appeared.
configure({ asyncUtilTimeout: 5_000 });
