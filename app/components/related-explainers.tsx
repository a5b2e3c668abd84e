import { Link } from "react-router";

/** A petition's related explainers, under a heading; nothing when there are none. */
export function RelatedExplainers({ heading, explainers }: { heading: string; explainers: { slug: string; title: string }[] }) {
  if (explainers.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{heading}</h2>
      <ul>
        {explainers.map((explainer) => (
          <li key={explainer.slug}>
            <Link to={`/explainers/${explainer.slug}`}>{explainer.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
