// Its own file so that the Chat's state can throw and recognise it without loading the prompt
// builder that question.ts brings (answer-on-demand.ts loads that when the person writes).

/** A message that cannot be sent as it is; nothing was stored. */
export class ChatInputError extends Error {
  override name = 'ChatInputError';
}
