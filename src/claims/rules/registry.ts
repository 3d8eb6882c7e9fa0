/**
 * Every lemma the claim rules name ({raise}, {lay off}): the build snapshots their forms
 * (scripts/build-lexicon.mjs) so that the command line never loads compromise to inflect them.
 */
export function ruleLemmas(): string[] {
  return [];
}
