// Personal names on documents posted on a door are often masked (张**); the
// caller decides, this is the one way to do it when it wants to.

/** Keeps the first character (the surname) and masks the rest: `张三丰` → `张**`. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** Keeps the first 3 and last 4 digits of a phone number: `138****5678`. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length < 8) return digits;
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}
