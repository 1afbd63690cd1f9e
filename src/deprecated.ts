// Names that were public by accident (the entry used `export *`). Each stays one release as a
// deprecated alias so a host that reached for it gets a warning from its editor, not a broken
// build; then it goes. New code must not import them (the kit's own code imports the originals).
import { csvField as internalCsvField, toCsv as internalToCsv } from './components/usage-summary/csv';
import { warnOnce as internalWarnOnce } from './react/dev-warning';

/** @deprecated Internal CSV helper; use `usageCsv` for the statement. Removed in the next release. */
export const csvField = internalCsvField;
/** @deprecated Internal CSV helper; use `usageCsv` for the statement. Removed in the next release. */
export const toCsv = internalToCsv;
/** @deprecated The kit's own development warnings; not for hosts. Removed in the next release. */
export const warnOnce = internalWarnOnce;
