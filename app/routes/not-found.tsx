export function loader() {
  throw new Response("Not found", { status: 404 });
}

// The root ErrorBoundary renders the 404 page.
export default function NotFound() {
  return null;
}
