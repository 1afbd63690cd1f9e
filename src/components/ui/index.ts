export { Button, type ButtonProps, buttonVariants } from './button';
export { cn } from './cn';
export * from './dialog';
export { Field, type FieldControlProps, type FieldProps, Input, type InputProps } from './field';
