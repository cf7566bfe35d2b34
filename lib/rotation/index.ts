/**
 * The rotation engine: who is expected in the office on which day, and why.
 * Plain data in, plain data out; no database, framework, clock or env.
 */
export { computeRotation } from "./compute-rotation";
export { inputForDay, spliceDays } from "./splice-days";
export { assignmentOf, assignmentsOn, dayLoads, expectedDaysOf, expectedOn, peopleByDay, scheduleFor, seatRequestOf } from "./result-queries";
export type { RotationResult } from "./rotation-result";
export { Part, placementWaves, visitPlacements } from "./placements";
export type { DayPlacements, WaveGroup } from "./placements";
export type {
  Assignment,
  DayLoad,
  DayStatus,
  EmployeeDay,
  EngineClosure,
  EngineEarlierPlace,
  EngineEmployee,
  EngineInput,
  EngineOffice,
  EngineOptOut,
  EnginePlanVersion,
  EngineSeatRequest,
  EngineTeam,
  IsoDate,
  RotationDay,
  Seat,
  SeatDecision,
} from "./engine-types";
export type { AssignedReason, AssignmentReason, NotExpectedReason, NotExpectedReasonCode, SlotRule, WaveName } from "./reasons";

export {
  DEFAULT_PRIORITY_ORDER,
  distributionSchema,
  isoDateSchema,
  labelSurnameGroup,
  letterSchema,
  PRIORITY_CLASSES,
  priorityClassSchema,
  prioritySchema,
  rotationRulesSchema,
  surnameDistributionSchema,
  surnameGroupSchema,
  teamDaysSchema,
  teamDistributionSchema,
  waveSchema,
  waveSelectorSchema,
  weekdaySchema,
} from "./rules-schema";
export type {
  Distribution,
  PriorityClass,
  RotationRules,
  RotationRulesInput,
  SurnameGroup,
  SurnameGroupInput,
  TeamDays,
  TeamDaysInput,
  Wave,
  WaveInput,
  WaveSelector,
} from "./rules-schema";
export { rotationRulesSchemaFor, validateRotationRules } from "./validate-rules";
export type { RuleIssue, RuleIssueCode, RulesContext } from "./validate-rules";

export { alphabetFor, isRotationLocale, ROTATION_LOCALES } from "./locale-alphabet";
export type { RotationLocale } from "./locale-alphabet";
export { surnameInitial } from "./surname-initial";
export type { Weekday } from "./calendar-days";
export { RotationInputError } from "./errors";
export { compareRotations } from "./compare-rotations";
export type { DayComparison, PersonChange, RotationComparison } from "./compare-rotations";
