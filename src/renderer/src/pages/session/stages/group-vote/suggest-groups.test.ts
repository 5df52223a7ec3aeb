import { describe, expect, it } from 'vitest';
import { keyWords, suggestGroups, titleForPair } from './suggest-groups';

const card = (id: string, text: string) => ({ id, text });

describe('suggested groups', () => {
  it('puts cards that share a word together, named by the words they share', () => {
    const suggestions = suggestGroups([
      card('a', 'Release dates lived in one person’s head'),
      card('b', 'Nobody thanked Ben for the cache experiment'),
      card('c', 'We heard about release dates last'),
      card('d', 'Leads asked juniors first in design review'),
    ]);
    expect(suggestions).toEqual([
      { cardIds: ['a', 'c'], words: ['Release', 'dates'], title: 'Release dates' },
    ]);
  });

  it('counts plural and possessive forms of a word as the same word', () => {
    expect([...keyWords("The roadmap's changes, and a change log").keys()]).toEqual([
      'roadmap',
      'change',
      'log',
    ]);
    const [suggestion] = suggestGroups([
      card('a', 'Roadmap changes reached us late'),
      card('b', 'A change to the roadmap nobody explained'),
    ]);
    expect(suggestion?.words).toEqual(['Roadmap', 'changes']);
  });

  it('never ties cards by common words alone', () => {
    expect(
      suggestGroups([
        card('a', 'The team had a lot of work this week'),
        card('b', 'People in the team were busy all week'),
      ]),
    ).toEqual([]);
  });

  it('offers each card once, the most widely shared word first', () => {
    const suggestions = suggestGroups([
      card('a', 'Deploys break on Fridays'),
      card('b', 'Friday deploys need a second pair of eyes'),
      card('c', 'Deploys wait for one approver'),
      card('d', 'Outage notes went to support late'),
      card('e', 'Support heard about the outage from customers'),
    ]);
    expect(suggestions.map((s) => [s.cardIds, s.words])).toEqual([
      [['a', 'b', 'c'], ['Deploys']],
      [
        ['d', 'e'],
        ['Outage', 'support'],
      ],
    ]);
  });

  it('names a pair dropped together by their shared words, or by the first card', () => {
    expect(titleForPair('Release dates slipped', 'Nobody knew the release dates')).toBe(
      'Release dates',
    );
    expect(
      titleForPair('Leads speak first in every design review meeting we hold', 'Quiet voices'),
    ).toBe('Leads speak first in every design review meeting…');
    expect(titleForPair('Leads speak first', 'Quiet voices')).toBe('Leads speak first');
  });
});
