// What the executor needs to know about a function: how each argument is
// converted (Go's evalArg by parameter type) and how many it takes.
import type { GoValue } from './value';

/**
 * value:  a reflect.Value parameter: gets the value as is (missing stays missing)
 * any:    an interface{} parameter: a missing value arrives as nil (null)
 * string: a string parameter: anything but a string is an exec error
 */
export type ParamType = 'value' | 'any' | 'string';

export interface TemplateFunction {
  readonly params: readonly ParamType[];
  /** Type of the extra arguments when the function is variadic. */
  readonly variadic?: ParamType;
  /** and/or: evaluated lazily by the executor, which returns the deciding argument. */
  readonly logic?: 'and' | 'or';
  /**
   * Runs the function. `fromMap[i]` tells whether argument i came straight
   * from a map or list element (Go passes those as interface values; only
   * `slice` notices). Throw FuncError for "error calling NAME: ..." failures.
   */
  readonly call: (args: GoValue[], fromMap: readonly boolean[]) => GoValue;
}

/** An error returned by a template function; exec reports it as "error calling NAME: message". */
export class FuncError extends Error {}

export type FuncMap = ReadonlyMap<string, TemplateFunction>;
