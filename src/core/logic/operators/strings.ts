// cat, substr, in, merge: the operators that build strings and arrays, each checked against the
// engine's size limits before the result is allocated.
import { builtin, type EagerOperatorDef } from '../operator-def.ts';
import { checkArrayLength, checkStringLength, jsString, toNumber } from '../values.ts';

const cat = builtin<EagerOperatorDef>({
  name: 'cat', kind: 'eager', form: 'spread', min: 0, max: Infinity, returns: 'string',
  apply(values, site) {
    const max = site.limits.maxStringLength;
    let out = '';
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      // null is empty, as in the suites and in json-logic-js (Array.prototype.join).
      if (value === null || value === undefined) continue;
      out += typeof value === 'string' ? value : jsString(value, site.limits.maxDepth);
      checkStringLength(out.length, max, site.pointer);
    }
    return out;
  },
});

function integer(value: unknown, pointer: string): number {
  return Math.trunc(toNumber(value, pointer));
}

/** substr(source, start, length?): a negative start counts from the end, a negative length stops that far from the end. */
const substr = builtin<EagerOperatorDef>({
  name: 'substr', kind: 'eager', form: 'spread', min: 1, max: 3, returns: 'string',
  apply(values, site) {
    const p = site.pointer;
    const source = jsString(values[0], site.limits.maxDepth);
    const length = source.length;
    let start = values.length > 1 ? integer(values[1], p) : 0;
    if (start < 0) start = Math.max(length + start, 0);
    if (start > length) start = length;
    if (values.length < 3) return source.slice(start);
    const count = toNumber(values[2], p);
    if (count >= 0) return source.slice(start, start + Math.trunc(count));
    // As json-logic-js: of what follows start, keep all but the last |count| (truncated after subtracting, so -0.5 keeps 2 of 3).
    const keep = Math.trunc(length - start + count);
    return keep > 0 ? source.slice(start, start + keep) : '';
  },
});

/** in(needle, haystack): substring of a string, or an item (===) of an array; false for anything else. */
const inOperator = builtin<EagerOperatorDef>({
  name: 'in', kind: 'eager', form: 'single', min: 2, max: 2, returns: 'boolean',
  apply(values, site) {
    const [needle, haystack] = values;
    // An empty haystack holds nothing, not even "" (json-logic-js tests the haystack's truthiness first).
    if (typeof haystack === 'string') return haystack !== '' && haystack.includes(typeof needle === 'string' ? needle : jsString(needle, site.limits.maxDepth));
    if (Array.isArray(haystack)) {
      for (let i = 0; i < haystack.length; i++) if (haystack[i] === needle) return true;
    }
    return false;
  },
});

/** merge: arrays are flattened one level, other values are items. */
const merge = builtin<EagerOperatorDef>({
  name: 'merge', kind: 'eager', form: 'single', min: 0, max: Infinity, returns: 'array',
  apply(values, site) {
    let total = 0;
    for (const value of values) total += Array.isArray(value) ? value.length : 1;
    // Checked before allocating: doubling a list in reduce must fail here, not exhaust memory.
    checkArrayLength(total, site.limits.maxArrayLength, site.pointer);
    const out = new Array<unknown>(total);
    let k = 0;
    for (const value of values) {
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) out[k++] = value[i];
      else out[k++] = value;
    }
    return out;
  },
});

export const stringOperators = [cat, substr, inOperator, merge];
