// Text from sources is printed to terminals: a title can carry escape sequences that move the cursor,
// rewrite earlier lines or set the window title. C0 and C1 controls and bidirectional overrides are
// replaced before printing; a tab or newline inside a title becomes a space.
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` safe to print on one terminal line, e.g. printable('a\x1b[2Jb') → 'a[2Jb'. */
export function printable(s: string): string {
  return s.replace(/[\t\n\r]+/g, ' ').replace(CONTROL_RE, '');
}
