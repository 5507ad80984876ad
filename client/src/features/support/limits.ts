/** The server's limit on one message (openSupportRequest, replyToSupportRequest). */
export const MESSAGE_MAX_CHARS = 4000;
