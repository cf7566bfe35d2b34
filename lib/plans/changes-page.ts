/** Rows per page of the publish screen's per-person list. */
export const CHANGES_PAGE_SIZE = 50;

/**
 * One page of a publication's per-person changes: sorted by name ("Family,
 * Given", in the office's alphabet: Æ Ø Å after Z in Norwegian), narrowed to the
 * people whose name holds every word of `q`. Only the page is rendered, so
 * the screen stays light for 10,000 people.
 */
export function pageOfChanges<Row extends { employeeId: string }>(
  people: readonly Row[],
  names: ReadonlyMap<string, string>,
  query: { q?: string; page: number },
  alphabet: string,
): { rows: (Row & { name: string })[]; matched: number; page: number; pageCount: number } {
  const collator = new Intl.Collator(alphabet);
  const words = (query.q ?? "").toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matching = people
    .map((person) => ({ ...person, name: names.get(person.employeeId) ?? "" }))
    .filter((person) => {
      const name = person.name.toLocaleLowerCase();
      return words.every((word) => name.includes(word));
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  const pageCount = Math.max(1, Math.ceil(matching.length / CHANGES_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return { rows: matching.slice((page - 1) * CHANGES_PAGE_SIZE, page * CHANGES_PAGE_SIZE), matched: matching.length, page, pageCount };
}
