/**
 * Thrown when the engine is called with input it cannot interpret (a malformed
 * date, duplicate employee ids, two plan versions taking effect the same day).
 * Rule configuration problems are reported by the zod schemas instead, before
 * a plan is ever saved.
 */
export class RotationInputError extends Error {
  override readonly name = "RotationInputError";
}
