import { MarkdownView } from './components/markdown-view.js';
import { matchRoute } from './router/match-route.js';
import { useLocation } from './router/use-location.js';

export function App() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  return (
    <main id="main">
      <MarkdownView markdown={`# Archway\n\nRoute: ${route.kind}\n\n\`\`\`mermaid\ngraph TD; a-->b\n\`\`\`\n`} />
    </main>
  );
}
