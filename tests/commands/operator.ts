/**
 * Posting to one Discord server (guild-1) through a recording publisher, and an operator of that
 * server as an adapter describes them: their server, their name for the ledger, a check that
 * lets them through.
 */
import { commands } from '../../commands/index.js';
import type { CommandContext } from '../../commands/types.js';
import type { ArticleEngine } from '../../src/engine/engine.js';
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import { createPosting, type Posting } from '../../src/posting/posting.js';
import { RecordingPublisher } from '../posts/recording-publisher.js';

export interface OperatorSetup {
  discord: RecordingPublisher;
  posting: Posting;
  operator: CommandContext;
}

export function operatorOfGuild1(engine: ArticleEngine): OperatorSetup {
  const discord = new RecordingPublisher('discord', 'guild-1');
  const posting = createPosting({ ledger: openSqliteStore(IN_MEMORY).ledger, publishers: [discord], engine });
  const operator: CommandContext = {
    engine,
    commandName: 'aleppo',
    commands,
    posting: posting.forPlatform('discord'),
    workspace: 'guild-1',
    requestedBy: 'discord:1 (op)',
    checkOperator: async () => undefined,
  };
  return { discord, posting, operator };
}
