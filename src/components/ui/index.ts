export { Button, type ButtonProps, buttonVariants } from './button';
export { cn } from './cn';
export * from './dialog';
export {
  controlClass,
  ErrorText,
  Field,
  type FieldControlProps,
  type FieldProps,
  Input,
  type InputProps,
  ids,
  MoneyField,
  type MoneyFieldProps,
  mutedText,
} from './field';
export { Switch, type SwitchProps } from './switch';
