import Link from "next/link";

/** A full-width message with one way onward: the 403 and 404 pages. */
export function MessagePage({ title, body, linkLabel }: { title: string; body: string; linkLabel: string }) {
  return (
    <section className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-stone-700">{body}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {linkLabel}
      </Link>
    </section>
  );
}
