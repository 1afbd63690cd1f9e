import * as React from 'react';

type Params<T> = {
  /** Controlled value; `undefined` means uncontrolled. */
  prop?: T;
  defaultProp: T;
  onChange?: (value: T) => void;
};

/** One hook for controlled/uncontrolled state (Radix style): the component never cares which. */
export function useControllableState<T>({ prop, defaultProp, onChange }: Params<T>) {
  const [uncontrolled, setUncontrolled] = React.useState(defaultProp);
  const isControlled = prop !== undefined;
  const value = isControlled ? prop : uncontrolled;
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  const valueRef = React.useRef(value);
  valueRef.current = value;

  const setValue = React.useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(valueRef.current) : next;
      if (Object.is(resolved, valueRef.current)) return;
      valueRef.current = resolved;
      if (!isControlled) setUncontrolled(resolved);
      onChangeRef.current?.(resolved);
    },
    [isControlled],
  );
  return [value, setValue] as const;
}
