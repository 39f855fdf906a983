/** Swedish: the messages of cli (see ../i18n.ts). Keys are "<file>.<what>"; a message with parts to fill in is a function. */
export const cli = {
  'main.internalError': (message: string, debug: boolean) =>
    `sekr: internt fel: ${message}\nDet här är ett fel i sekr: rapportera det med kommandot du körde.${debug ? '' : ' Lägg till --debug för att se var det hände.'}\n`,
};
