/**
 * The office a page shows: the one its address names, else the reader's
 * own (and "officeUnknown" among the page's address errors). Pure.
 */
export function pickOffice<T extends { id: string }>(offices: readonly T[], wanted: string | undefined, own: string, errors: string[]): T {
  let office = offices.find((candidate) => candidate.id === (wanted ?? own));
  if (!office) {
    errors.push("officeUnknown");
    office = offices.find((candidate) => candidate.id === own);
  }
  if (!office) throw new Error(`The user's office ${own} is missing`);
  return office;
}
