import type { ProactiveMessages } from '../messages.js';

/*
 * Polish strings of the proactive-service elements (polski). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Like the components'
 * Polish strings and gov.pl, it addresses people directly in the second person singular,
 * with impersonal forms ("Ukryto") where a personal past form would carry a gender. A
 * suggestion is "propozycja". Offer titles are quoted („…”) after "Propozycja", so the
 * sentence does not depend on their gender or case. Plural forms: `one` 1 dzień, `few` 2–4,
 * 22–24… dni, `many` 0, 5–21… dni (with a neuter verb: "zostało"), `other` (fractions)
 * 1,5 dnia.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Polish strings (draft, see `reviewed`). */
export const proactivePl = {
  proactiveNotNow: 'Nie teraz',
  proactiveDismiss: 'Nie pokazuj tego więcej',
  proactiveWhy: 'Dlaczego to widzę?',
  proactiveDataUsed: 'Użyliśmy tych informacji:',
  proactiveSource: 'Źródło: {source}',
  proactiveSourceUnknown: 'Usługa nie podała, skąd pochodzi ta informacja',
  proactiveYes: 'Tak',
  proactiveNo: 'Nie',
  proactiveOnDevice:
    'Ta propozycja została przygotowana w twojej przeglądarce na podstawie informacji, które usługa już ma. Nic nie zostało w tym celu wysłane.',
  proactiveTurnOffHint: 'Możesz ukryć propozycje lub je wyłączyć:',
  proactiveSettingsLink: 'zmień ustawienia propozycji',
  proactiveDeadline: 'Termin: {date}',
  proactiveDaysLeft: {
    one: 'został {count} dzień',
    few: 'zostały {count} dni',
    many: 'zostało {count} dni',
    other: 'zostało {count} dnia',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Ukryto na {count} dzień. Możesz to zmienić w ustawieniach propozycji.',
    few: 'Ukryto na {count} dni. Możesz to zmienić w ustawieniach propozycji.',
    many: 'Ukryto na {count} dni. Możesz to zmienić w ustawieniach propozycji.',
    other: 'Ukryto na {count} dnia. Możesz to zmienić w ustawieniach propozycji.',
  },
  proactiveDismissedAnnouncement:
    'Nie zobaczysz już tej propozycji. Możesz to zmienić w ustawieniach propozycji.',
  proactiveNew: 'Nowość',
  proactiveListHeading: 'Usługi, które mogą ci się przydać',
  proactiveListIntro:
    'Na podstawie informacji, które już o tobie mamy. Przy każdej propozycji podajemy, dlaczego ją widzisz.',
  proactiveListEmpty: 'Obecnie nie mamy dla ciebie żadnych propozycji.',
  proactiveListOff: 'Propozycje usług są wyłączone.',
  proactiveListSettings: 'Zmień ustawienia propozycji',
  proactivePreferencesHeading: 'Propozycje usług',
  proactivePreferencesQuestion: 'Czy pokazywać propozycje usług, które mogą ci się przydać?',
  proactivePreferencesHint:
    'Aby proponować ci usługi, korzystamy z informacji, które już o tobie mamy, na przykład o zgłoszonym przez ciebie urodzeniu dziecka. Odbywa się to w twojej przeglądarce i nic nie jest wysyłane.',
  proactiveHiddenHeading: 'Ukryte propozycje',
  proactiveHiddenNone: 'Nie masz ukrytych propozycji.',
  proactiveHiddenForGood: 'Nie chcesz więcej widzieć tej propozycji',
  proactiveHiddenUntil: 'Ukryto do {date}',
  proactiveUnknownOffer: 'Propozycja, której usługa już nie oferuje',
  proactiveShowAgain: 'Pokaż ponownie',
  proactiveShownAgainAnnouncement: 'Propozycja „{title}” pojawi się ponownie, gdy będzie cię dotyczyć.',
  proactiveTurnedOnAnnouncement: 'Propozycje są włączone.',
  proactiveTurnedOffAnnouncement: 'Propozycje są wyłączone. Nie zobaczysz propozycji usług.',
  proactiveRememberedLasting: 'Twoje ustawienia są zapamiętane na tym urządzeniu.',
  proactiveRememberedSession:
    'Twoje ustawienia są zapamiętane tylko do zamknięcia przeglądarki, ponieważ nie zezwolono na pliki cookie, które zapamiętują ustawienia.',
} satisfies ProactiveMessages;

export default proactivePl;
