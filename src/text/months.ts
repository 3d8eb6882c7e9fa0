/** The months' names in lower case, as a regular-expression alternation ("january|february|…"). */
export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
