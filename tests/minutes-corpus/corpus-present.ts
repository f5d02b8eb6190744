/**
 * Set up before each corpus test file: when the labelled minutes corpus is not where it is
 * looked for, the file fails with a message saying where that was and how to set
 * MINUTED_SHARED, rather than its tests being skipped.
 */
import { corpusMissing } from '../../scripts/corpus/labels.ts';

const missing = corpusMissing();
if (missing) throw new Error(missing);
