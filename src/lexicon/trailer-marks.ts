/**
 * End marks: a line that closes a wire story on its own (`ENDS`, `(END)`, `-30-`, `NNNN`, `Enditem`), matched
 * exactly, case as listed. Dash and hash rules (`--0--`, `###`) are patterns in `src/frame/trailer.ts`. Data only:
 * the marks of the wire styles the parser reads (Reuters `ENDS`, AP `-30-`, Xinhua `Enditem`, telex `NNNN`).
 */
export const endMarks: readonly string[] = [
  'END', 'ENDS', '(END)', '(ends)', '-ends-', 'NNNN', '(MORE)', '-30-', 'XXX', 'Enditem', 'ENDITEM', '(Enditem)'
]

/**
 * First words of a credit line in parentheses besides any word in -ing (`(Compiled by …)`, `(Additional reporting
 * by …)`, `(Written by …)`), case as listed: Reuters, AP and AFP credit lines.
 */
export const creditLineOpeners: readonly string[] = ['Compiled', 'Additional', 'Translated', 'Written', 'Contributed']

/**
 * First words of the credits that end a story's last paragraph (`… said. (Reporting by X; Editing by Y)`), case as
 * listed: Reuters copy.
 */
export const paragraphCreditOpeners: readonly string[] = ['Reporting', 'Writing', 'Editing', 'Additional reporting']
