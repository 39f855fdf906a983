/** Swedish: the messages of files (see ../i18n.ts). Keys are "<file>.<what>"; a message with parts to fill in is a function. */
export const files = {};
