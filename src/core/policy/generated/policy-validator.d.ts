// Types of the generated standalone validator (scripts/generate-validators.mjs).
import type { ErrorObject } from 'ajv';

export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validate: StandaloneValidator;
export default validate;
