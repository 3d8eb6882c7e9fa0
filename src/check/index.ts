/**
 * CI workflows over extracted articles: check an article against what it should state,
 * diff two versions, find conflicts across sources. No extraction here: everything takes
 * Article objects (what `extract` returns and `--format json` prints).
 */
export { checkArticle, modalityFits, type CheckFound, type CheckDifferent, type CheckOptions, type CheckReport } from './check.js';
export { diffArticles, type DiffChange, type DiffReport } from './diff.js';
export { findConflicts, type Conflict, type ConflictEntry, type ConflictsOptions, type ConflictsReport } from './conflicts.js';
export { ExpectFileError, parseExpectation, readExpectation, type Expectation, type ExpectedClaim, type ExpectedValue } from './expect.js';
export { NameIndex, nameKey } from './names.js';
export { renderCheckText, renderConflictsText, renderDiffText, renderReportJson, type TextOptions } from './text.js';
