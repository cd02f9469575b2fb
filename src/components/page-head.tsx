/**
 * A page's title and description. React puts them in the document's head; the build moves
 * them there in the prerendered HTML (scripts/prerender.ts), where hydration finds them.
 */
export function PageHead({ title, description }: { title: string; description: string }) {
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
    </>
  );
}
