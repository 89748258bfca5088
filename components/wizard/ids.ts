/** The id of a field's first control: what labels and the error summary's links point to. */
export function fieldInputId(name: string): string {
  return `field-${name}`;
}

export function optionInputId(name: string, value: string, index: number): string {
  return index === 0 ? fieldInputId(name) : `field-${name}-${value}`;
}

/** The box of follow-up questions under the option that reveals them. */
export function conditionalRevealId(name: string, value: string): string {
  return `conditional-${name}-${value}`;
}
