import type { ConsentMessages } from '../messages.js';

/*
 * Polish consent strings (polski). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Like the components' Polish
 * strings and gov.pl, it addresses people directly in the second person singular, with
 * impersonal past forms ("Zaakceptowano") where a personal one would carry a gender. Polish
 * would decline a label after a preposition, so category labels go in „…” after "z
 * kategorii", lower-cased, and lists of purposes follow a colon or stand in brackets. The
 * banner heading makes the service its subject ("{service} używa plików cookie"), so a name
 * is never declined; the fallback is "Ta usługa". Services write a category's `purpose` to
 * finish "pliki cookie, które …" ("mierzą, jak korzystasz z usługi").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Polish consent strings (draft, see `reviewed`). */
export const consentPl = {
  consentBannerHeading: '{service} używa plików cookie',
  consentBannerIntro: 'Używamy niezbędnych plików cookie, aby ta usługa działała.',
  consentBannerAsk: 'Jeśli się zgodzisz, chcielibyśmy też używać plików cookie w tych celach: {purposes}.',
  consentGpcHonoured:
    'Twoja przeglądarka poprosiła strony internetowe, aby nie sprzedawały ani nie udostępniały twoich danych (Global Privacy Control). Szanujemy tę prośbę: nie będziemy używać plików cookie w tych celach ({purposes}), chyba że włączysz je w ustawieniach plików cookie.',
  consentAccept: 'Akceptuj dodatkowe pliki cookie',
  consentReject: 'Odrzuć dodatkowe pliki cookie',
  consentViewCookies: 'Zobacz pliki cookie',
  consentAcceptedConfirmation:
    'Zaakceptowano dodatkowe pliki cookie. W każdej chwili możesz zmienić ustawienia plików cookie.',
  consentRejectedConfirmation:
    'Odrzucono dodatkowe pliki cookie. W każdej chwili możesz zmienić ustawienia plików cookie.',
  consentPartialConfirmation:
    'Zaakceptowano niektóre dodatkowe pliki cookie. W każdej chwili możesz zmienić ustawienia plików cookie.',
  consentChangeSettings: 'zmienić ustawienia plików cookie',
  consentHide: 'Ukryj komunikat o plikach cookie',
  consentSettingsHeading: 'Zmień ustawienia plików cookie',
  consentNecessaryHeading: 'Niezbędne pliki cookie',
  consentNecessaryText:
    'Te pliki cookie zapewniają działanie usługi, na przykład zapamiętują twoje odpowiedzi i wybory dotyczące plików cookie. Są zawsze włączone.',
  consentUse: 'Czy używać plików cookie z kategorii „{category:lower}”?',
  consentYes: 'Tak',
  consentNo: 'Nie',
  consentSave: 'Zapisz ustawienia plików cookie',
  consentSaved: 'Ustawienia plików cookie zostały zapisane.',
  consentChoiceRequired: 'Zaznacz „Tak” lub „Nie” dla kategorii „{category:lower}”',
  consentEmbedText:
    'Ta treść pochodzi z serwisu {host}. Jeśli ją wczytasz, serwis {host} będzie mógł zapisywać pliki cookie, które {purpose}.',
  consentEmbedTextGeneric:
    'Ta treść pochodzi z serwisu {host}. Jeśli ją wczytasz, serwis {host} będzie mógł zapisywać pliki cookie z kategorii „{category:lower}”.',
  consentEmbedAllow: 'Zezwól na pliki cookie z kategorii „{category:lower}”',
  consentEmbedSettings: 'Zmień ustawienia plików cookie',
  consentEmbedLabel: 'Nie wczytano treści: {title}',
  consentServiceFallback: 'Ta usługa',
  consentActionInvalid: 'Wybierz, czy akceptujesz, czy odrzucasz dodatkowe pliki cookie',
  consentGpcSettingsNote:
    'Twoja przeglądarka wysyła sygnał Global Privacy Control, dlatego te pliki cookie pozostaną wyłączone, chyba że wybierzesz „Tak”.',
} satisfies ConsentMessages;

export default consentPl;
