import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/core/intents.js';

describe('free-text intents', () => {
  it('reads speaker questions in many phrasings', () => {
    for (const [text, speaker] of [
      ['what did Egeland say', 'Egeland'],
      ['What did egland say?', 'egland'],
      ['quotes from Malahifji', 'Malahifji'],
      ['Konashenkov quote', 'Konashenkov'],
      ["Konashenkov's quotes", 'Konashenkov'],
      ['what did the UN adviser say about the delay', 'the UN adviser'],
      ['what did price say after the game', 'price'],
      ['what did the mayor tell reporters', 'the mayor'],
      ['what did the mayor say to reporters', 'the mayor'],
      ['what was said by Jan Egeland', 'Jan Egeland'],
    ] as const) {
      expect(interpret(text), text).toEqual({ type: 'quote', speaker });
    }
  });

  it('reads "wat did egland say" as a speaker question: the question word as chat misspells it', () => {
    expect(interpret('wat did egland say')).toEqual({ type: 'quote', speaker: 'egland' });
    expect(interpret('Wut did the UN adviser say?')).toEqual({ type: 'quote', speaker: 'the UN adviser' });
    // (A name that looks like one is left alone: "Wen" is "when" only before a verb that asks.)
    expect(interpret('Wen Jiabao quotes')).toEqual({ type: 'quote', speaker: 'Wen Jiabao' });
  });

  it('reads all quotes, summary, share and help', () => {
    expect(interpret('quotes')).toEqual({ type: 'quote' });
    expect(interpret('who is quoted?')).toEqual({ type: 'quote' });
    expect(interpret('summary')).toEqual({ type: 'summary', length: 'short' });
    expect(interpret('summarize')).toEqual({ type: 'summary', length: 'short' });
    expect(interpret('tl;dr')).toEqual({ type: 'summary', length: 'short' });
    expect(interpret('TLDR')).toEqual({ type: 'summary', length: 'short' });
    expect(interpret('long summary please')).toEqual({ type: 'summary', length: 'long' });
    expect(interpret('summary long')).toEqual({ type: 'summary', length: 'long' });
    expect(interpret('link')).toEqual({ type: 'share' });
    expect(interpret('share')).toEqual({ type: 'share' });
    expect(interpret('help')).toEqual({ type: 'help' });
  });

  it('treats anything else as a question', () => {
    expect(interpret('how many people are trapped?')).toEqual({ type: 'ask', question: 'how many people are trapped?' });
    expect(interpret('what does the article say about aid')).toEqual({ type: 'ask', question: 'what does the article say about aid' });
    expect(interpret('summary of the Castello road dispute')).toEqual({ type: 'ask', question: 'summary of the Castello road dispute' });
  });

  it('asks the search what was decided, not for the council’s quotes, on "did the council say yes to the battery farm"', () => {
    expect(interpret('did the council say yes to the battery farm')).toEqual({ type: 'ask', question: 'did the council say yes to the battery farm' });
    expect(interpret('did the board say no to the merger?')).toEqual({ type: 'ask', question: 'did the board say no to the merger?' });
    expect(interpret('did the council say')).toEqual({ type: 'quote', speaker: 'the council' });
  });

  it('asks the search about a topic, not for a speaker’s quotes, on "does the study say anything about melatonin"', () => {
    expect(interpret('does the study say anything about melatonin')).toEqual({ type: 'ask', question: 'does the study say anything about melatonin' });
    expect(interpret('did the company say sorry')).toEqual({ type: 'quote', speaker: 'the company' });
  });

  it('does not take the reader or the bot for a speaker ("how do i claim", "what do you think")', () => {
    expect(interpret('how do i claim')).toEqual({ type: 'ask', question: 'how do i claim' });
    expect(interpret('what do you think')).toEqual({ type: 'ask', question: 'what do you think' });
    expect(interpret('how do we claim')).toEqual({ type: 'ask', question: 'how do we claim' });
  });
});
