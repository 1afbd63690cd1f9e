// The one Node global the library's source reads: `process.env.NODE_ENV`, in development-only
// guards that a host's bundler replaces (see src/react/dev-warning.ts). Only the .d.ts build reads
// this file; everywhere else @types/node declares the whole `process`.
declare var process: { env: { NODE_ENV?: string } };
