import type { CloudAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';

/**
 * Runs work in turns the adapter starts on the bot's own initiative: in a known conversation, or
 * in one it creates. The adapter hands errors inside a turn to onTurnError instead of the caller,
 * so they are caught here and rethrown: a failed call must be seen by whoever made it.
 */
export class ConnectorTurns {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  inConversation<T>(reference: Partial<ConversationReference>, work: (ctx: TurnContext) => Promise<T>): Promise<T> {
    return this.captured((logic) => this.adapter.continueConversationAsync(this.appId, reference, logic), work);
  }

  inNewConversation<T>(
    serviceUrl: string,
    params: ConversationParameters,
    work: (ctx: TurnContext) => Promise<T>,
  ): Promise<T> {
    return this.captured(
      (logic) => this.adapter.createConversationAsync(this.appId, 'msteams', serviceUrl, '', params, logic),
      work,
    );
  }

  private async captured<T>(
    start: (logic: (ctx: TurnContext) => Promise<void>) => Promise<void>,
    work: (ctx: TurnContext) => Promise<T>,
  ): Promise<T> {
    let failure: unknown;
    let result: T | undefined;
    await start(async (ctx) => {
      try {
        result = await work(ctx);
      } catch (err) {
        failure = err;
      }
    });
    if (failure !== undefined) throw failure;
    return result as T;
  }
}
