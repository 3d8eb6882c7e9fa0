/** How human-facing output is drawn. */
export interface RenderOptions {
  /** Emit ANSI colour (table only). */
  color: boolean;
  /** Terminal width in cells; the table never prints a longer line. */
  width: number;
  /** Show the rule (`reason`) that made each claim. */
  explain: boolean;
}
