/**
 * End marks: a line that closes a wire story on its own (`ENDS`, `(END)`, `-30-`, `NNNN`, `Enditem`), matched
 * exactly, case as listed. Dash and hash rules (`--0--`, `###`) are patterns in `src/frame/trailer.ts`. Data only:
 * the marks of the wire styles the parser reads (Reuters `ENDS`, AP `-30-`, Xinhua `Enditem`, telex `NNNN`).
 */
export const endMarks: readonly string[] = [
  'END', 'ENDS', '(END)', '(ends)', '-ends-', 'NNNN', '(MORE)', '-30-', 'XXX', 'Enditem', 'ENDITEM', '(Enditem)'
]
