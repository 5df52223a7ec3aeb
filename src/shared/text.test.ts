import { describe, expect, it } from 'vitest';
import { CardText, UpdateSessionInput } from './session-inputs';
import { TeamName } from './teams';
import { cleanMultiLine, cleanSingleLine } from './text';

describe('the rule for text', () => {
  it('removes control characters and broken UTF-16, keeping line breaks where lines are allowed', () => {
    const typed = 'a\u0000b\u0007c\u001fd\u007fe\t f\r\ng \ud800h\udc00i 🎉';
    expect(cleanMultiLine(typed)).toBe('abcde\t f\r\ng hi 🎉');
    expect(cleanSingleLine(typed)).toBe('abcde  f g hi 🎉');
  });

  it('applies in every free-text schema before the length and emptiness checks', () => {
    expect(TeamName.parse('  Check\u0000out\nsquad ')).toBe('Checkout squad');
    expect(TeamName.safeParse('\u0000\u0001\t').error?.issues[0]?.message).toBe(
      'Give the team a name.',
    );
    expect(CardText.parse('line one\nline\u0007 two')).toBe('line one\nline two');
    expect(UpdateSessionInput.parse({ sessionId: 's', notes: ' keep\tme \ud83d ' }).notes).toBe(
      ' keep\tme  ',
    );
  });
});
