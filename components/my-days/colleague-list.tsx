/** A titled list of colleagues' names on the who's-in view. */
export function ColleagueList({ id, title, colleagues }: { id: string; title: string; colleagues: readonly { id: string; name: string }[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold">{title}</h2>
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
        {colleagues.map((colleague) => (
          <li key={colleague.id} className="px-4 py-2">{colleague.name}</li>
        ))}
      </ul>
    </section>
  );
}
