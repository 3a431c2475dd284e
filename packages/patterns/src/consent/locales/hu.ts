import type { ConsentMessages } from '../messages.js';

/*
 * Hungarian consent strings (magyar). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people formally
 * ("Ön", verbs in the third person). A name or label would need an article (a/az) and a case
 * ending that depend on its sound, so the heading is a sentence ("{service} sütiket használ",
 * fallback "Ez a szolgáltatás"), category labels are quoted as given („…”) before
 * "kategóriájú", and the host stands after a colon, then is "ez a webhely". `{purpose}`
 * finishes "sütiket, amelyek …" ("mérik, hogyan használja a szolgáltatást").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Hungarian consent strings (draft, see `reviewed`). */
export const consentHu = {
  consentBannerHeading: '{service} sütiket használ',
  consentBannerIntro: 'Néhány elengedhetetlen sütit használunk, hogy ez a szolgáltatás működjön.',
  consentBannerAsk: 'Ha hozzájárul, a következő célokra is szeretnénk sütiket használni: {purposes}.',
  consentGpcHonoured:
    'Böngészője arra kérte a webhelyeket, hogy ne adják el és ne osszák meg az adatait (Global Privacy Control). Ezt tiszteletben tartjuk: a következő célokra nem használunk sütiket, hacsak Ön be nem kapcsolja őket a sütibeállításaiban: {purposes}.',
  consentAccept: 'További sütik elfogadása',
  consentReject: 'További sütik elutasítása',
  consentViewCookies: 'Sütik megtekintése',
  consentAcceptedConfirmation: 'Ön elfogadta a további sütiket. Bármikor módosíthatja a sütibeállításait.',
  consentRejectedConfirmation: 'Ön elutasította a további sütiket. Bármikor módosíthatja a sütibeállításait.',
  consentPartialConfirmation: 'Ön elfogadott néhány további sütit. Bármikor módosíthatja a sütibeállításait.',
  consentChangeSettings: 'módosíthatja a sütibeállításait',
  consentHide: 'Sütikről szóló üzenet elrejtése',
  consentSettingsHeading: 'Sütibeállítások módosítása',
  consentNecessaryHeading: 'Feltétlenül szükséges sütik',
  consentNecessaryText:
    'Ezek a sütik biztosítják a szolgáltatás működését, például megjegyzik a válaszait és a sütikkel kapcsolatos döntéseit. Mindig be vannak kapcsolva.',
  consentUse: 'Használhatunk „{category}” kategóriájú sütiket?',
  consentYes: 'Igen',
  consentNo: 'Nem',
  consentSave: 'Sütibeállítások mentése',
  consentSaved: 'Sütibeállításait elmentettük.',
  consentChoiceRequired: '„{category}” kategória: válassza az igen vagy a nem lehetőséget',
  consentEmbedText:
    'Ez a tartalom innen származik: {host}. Ha betölti, ez a webhely olyan sütiket helyezhet el, amelyek {purpose}.',
  consentEmbedTextGeneric:
    'Ez a tartalom innen származik: {host}. Ha betölti, ez a webhely „{category}” kategóriájú sütiket helyezhet el.',
  consentEmbedAllow: '„{category}” kategóriájú sütik engedélyezése',
  consentEmbedSettings: 'Sütibeállítások módosítása',
  consentEmbedLabel: 'A tartalom nincs betöltve: {title}',
  consentServiceFallback: 'Ez a szolgáltatás',
  consentActionInvalid: 'Válassza ki, hogy elfogadja vagy elutasítja a további sütiket',
  consentGpcSettingsNote:
    'Böngészője Global Privacy Control jelzést küld, ezért ezek a sütik kikapcsolva maradnak, hacsak nem az „Igen” lehetőséget választja.',
} satisfies ConsentMessages;

export default consentHu;
