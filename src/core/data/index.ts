// Record codecs (file bytes → text → records and back) and a seeded sample-record generator.
// See README.md in this folder for the conversion rules and the generator's defaults.
export { decodeText, detectEncoding } from './decode-text.ts';
export type { DecodedText, TextEncodingName } from './decode-text.ts';
export { parseCsv } from './parse-csv.ts';
export type { CsvRecords, ParseCsvOptions } from './parse-csv.ts';
export { FALSE_WORDS, TRUE_WORDS, convertCell, parseBooleanText, parseDateText, parseNumberText, parseTimeText } from './convert-cell.ts';
export type { CellConversion } from './convert-cell.ts';
export { guardFormula, unguardFormula } from './formula-guard.ts';
export { DEFAULT_MAX_PROBLEMS } from './problem-collector.ts';
export type { CellToFix, DataMessage, RecordsResult, RowProblem, RowProblemCode } from './types.ts';
export { MAX_CELLS_TO_FIX, countRowsToFix, dropCellsOfRows, resolveCellsToFix } from './cells-to-fix.ts';
export { parseJsonRecords } from './parse-json-records.ts';
export type { JsonRecords, ParseJsonRecordsOptions } from './parse-json-records.ts';
export { DEFAULT_INFERENCE_SAMPLE, MAX_CATEGORIES, inferFieldTypes } from './infer-field-types.ts';
export { toCsv } from './to-csv.ts';
export type { ToCsvOptions } from './to-csv.ts';
export { EDGE_CASE_EVERY, generateRecords } from './generate-records.ts';
export type { GenerateRecordsOptions } from './generate-records.ts';
export { DEFAULT_CHECK_IN_PROFILE, MAX_LIST_LENGTH, compileProfile, defaultItemProfile, defaultProfile } from './field-profile.ts';
export type { FieldProfile, FieldSampler, SampleValue } from './field-profile.ts';
export { LIST_JOINER, LIST_SEPARATORS, isListItem, isListValue, itemFieldOf, listText, splitListText } from './list-text.ts';
export type { ListItem, ListPieces } from './list-text.ts';
export { SeededRandom, deriveSeed } from './random.ts';
