/** French typography: a narrow no-break space before : ; ? ! and inside « », so they never wrap alone. */
export function frenchSpacing(value: string): string {
  return value.replace(/[ \u00a0]+([:;?!»])/g, '\u202f$1').replace(/«[ \u00a0]+/g, '«\u202f');
}
