/** Swedish: the messages of meeting (see ../i18n.ts). Keys are "<file>.<what>"; a message with parts to fill in is a function. */
export const meeting = {};
