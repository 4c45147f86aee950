import { Link } from '../router/link.js';

/** Shown for unknown paths and for anything the signed-in user may not see: it never says which. */
export function NotFoundPage() {
  return (
    <section className="card" aria-labelledby="nf-title">
      <h1 id="nf-title">Not found</h1>
      <p>There is nothing here, or you do not have access to it.</p>
      <Link to="/">Go to your projects</Link>
    </section>
  );
}
