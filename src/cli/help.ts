/** The texts of --help: examples and exit codes, kept apart from the wiring in cli.ts. */

export const EXAMPLES_HELP = `
Examples:
  newsfacts story.txt                       a table of the claims in one article
  pbpaste | newsfacts                       read an article from stdin
  newsfacts --format json story.html > facts.json
  newsfacts --type valuation,headcount clippings/
  newsfacts --format ndjson clippings/ | jq -c '.claims[]'
  newsfacts --format csv *.md > claims.csv
  newsfacts --input-format jsonl -f ndjson archive.jsonl   one article per line: {"id": …, "text": …}
  newsfacts --fail-on-empty --min-confidence 0.8 story.txt
  newsfacts schema                          the JSON Schema of --format json
  newsfacts types                           the claim types
  newsfacts story.txt --format json > story.expect.json
  newsfacts check story.txt --expect story.expect.json --strict
  newsfacts diff story-v1.txt story-v2.txt  claims added, removed and changed
  newsfacts conflicts clippings/*.txt       values that disagree across sources

Directories are walked for .txt, .md, .markdown, .html and .htm files in sorted order;
hidden files and folders and a project's own papers (README, CHANGELOG, LICENSE, CONTRIBUTING,
CODE_OF_CONDUCT… with any extension) are skipped. Name a file to read it anyway.`;

export const EXIT_CODES_HELP = `
Exit codes:
  0    ok (check: every expected claim found; diff: no change; conflicts: none)
  1    an input yielded no claim, with --fail-on-empty (each is named on stderr);
       check: an expected claim is missing or has another value or modality (with --strict:
       or an unexpected claim appears); diff: claims added, removed or changed (in value or
       modality); conflicts: some found
  2    usage error (unknown option, bad --type value, no argument with a terminal on stdin);
       check: an unreadable or malformed expect file, or an unknown claim type in it
  3    input error (missing, unreadable, binary or oversized file, a bad JSON Lines line);
       the other inputs are still processed
  4    internal error (run again with --debug for the trace)
  130  interrupted (Ctrl-C)`;

/** The exit codes every report command shares after its own 0, 1 and 2. */
export const REPORT_ERRORS_HELP = `
  3    input error (missing, unreadable, binary or oversized article)
  4    internal error (run again with --debug for the trace)`;

export const CHECK_HELP = `
The expect file is { "claims": [{ "type", "subject", "counterparty"?, "value"?: { "amount"?, "min"?, "max"?,
"currency"? }, "modality"? }] } or a saved newsfacts --format json output. Names match by canonical name or
alias (case, Inc./Ltd./Corp. and possessives ignored); a field left out is not compared. "modality" is one
of asserted, reported, hedged, conditional, negated, or a list of them; left out, any modality but negated
answers (a denial never satisfies the claim).

Exit codes:
  0    every expected claim found (with --strict: and no other claim)
  1    an expected claim is missing or has another value or modality; with --strict, or an unexpected claim appears
  2    usage error, or an unreadable or malformed expect file, or an unknown claim type in it${REPORT_ERRORS_HELP}`;

export const DIFF_HELP = `
Claims are the same claim when type, subject and counterparty match (names by the alias rules of
extraction: "Zentrix" is "Zentrix AI"); one with another value or another modality (asserted, reported,
hedged, conditional, negated) is changed.

Exit codes:
  0    no claim added, removed or changed
  1    claims added, removed or changed (as diff(1) does)
  2    usage error${REPORT_ERRORS_HELP}`;

export const CONFLICTS_HELP = `
Values disagree when neither is within 1% of the other and their ranges do not overlap. Asserted and
reported claims are compared; hedged ones ("in talks at $20 billion") only with --include-hedged;
negated and conditional ones never. An article that states several values agrees with a source that
gives any of them. Names match across articles by the alias rules of extraction.

Exit codes:
  0    no conflicts
  1    conflicts found
  2    usage error${REPORT_ERRORS_HELP}`;
