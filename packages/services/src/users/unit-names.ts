// Unit names follow one pattern so that the default dispatch (派单 to the
// house's neighbourhood committee) names the unit its committee users belong to.
export function committeeUnitName(neighborhood: string): string {
  return `${neighborhood}居委会`;
}
