// Auto-scroll: a message list follows new text only while the reader is at the bottom. Pure.

/** Within this many pixels of the end counts as "at the bottom". */
export const BOTTOM_SLACK_PX = 48;

export function isNearBottom(
  box: { scrollTop: number; clientHeight: number; scrollHeight: number },
  slack = BOTTOM_SLACK_PX,
): boolean {
  return box.scrollHeight - box.scrollTop - box.clientHeight <= slack;
}
