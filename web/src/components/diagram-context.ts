import { createContext } from 'react';
import { renderMermaid, type DiagramRenderer } from '../markdown/render-mermaid.js';

/** Which renderer draws diagrams; the app uses Mermaid, a test may supply another. */
export const DiagramContext = createContext<DiagramRenderer>(renderMermaid);
