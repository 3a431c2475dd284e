import type { ProactiveMessages } from '../messages.js';

/*
 * Greek strings of the proactive-service elements (Ελληνικά). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people in the
 * polite plural ("σας"). Offer titles are quoted («…») after "η πρόταση", so the sentence does
 * not depend on their gender. Dates follow "έως" without an article, so any date fits. The
 * Greek question mark is ";".
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Greek strings (draft, see `reviewed`). */
export const proactiveEl = {
  proactiveNotNow: 'Όχι τώρα',
  proactiveDismiss: 'Να μην εμφανιστεί ξανά',
  proactiveWhy: 'Γιατί το βλέπω αυτό;',
  proactiveDataUsed: 'Χρησιμοποιήσαμε αυτές τις πληροφορίες:',
  proactiveSource: 'Πηγή: {source}',
  proactiveSourceUnknown: 'Η υπηρεσία δεν ανέφερε από πού προέρχεται αυτή η πληροφορία',
  proactiveYes: 'Ναι',
  proactiveNo: 'Όχι',
  proactiveOnDevice:
    'Αυτή η πρόταση προέκυψε στο πρόγραμμα περιήγησής σας από πληροφορίες που έχει ήδη η υπηρεσία. Για να προκύψει, δεν στάλθηκε τίποτα.',
  proactiveTurnOffHint: 'Μπορείτε να αποκρύψετε τις προτάσεις ή να τις απενεργοποιήσετε:',
  proactiveSettingsLink: 'αλλάξτε τις ρυθμίσεις για τις προτάσεις',
  proactiveDeadline: 'Προθεσμία: {date}',
  proactiveDaysLeft: { one: 'απομένει {count} ημέρα', other: 'απομένουν {count} ημέρες' },
  proactiveSnoozedAnnouncement: {
    one: 'Σε απόκρυψη για {count} ημέρα. Μπορείτε να το αλλάξετε στις ρυθμίσεις για τις προτάσεις.',
    other: 'Σε απόκρυψη για {count} ημέρες. Μπορείτε να το αλλάξετε στις ρυθμίσεις για τις προτάσεις.',
  },
  proactiveDismissedAnnouncement:
    'Δεν θα βλέπετε πλέον αυτή την πρόταση. Μπορείτε να το αλλάξετε στις ρυθμίσεις για τις προτάσεις.',
  proactiveNew: 'Νέο',
  proactiveListHeading: 'Υπηρεσίες που μπορεί να χρειάζεστε',
  proactiveListIntro:
    'Με βάση πληροφορίες που ήδη έχουμε για εσάς. Σε κάθε πρόταση εξηγείται γιατί τη βλέπετε.',
  proactiveListEmpty: 'Προς το παρόν δεν υπάρχουν προτάσεις για εσάς.',
  proactiveListOff: 'Έχετε απενεργοποιήσει τις προτάσεις υπηρεσιών.',
  proactiveListSettings: 'Αλλαγή των ρυθμίσεων για τις προτάσεις',
  proactivePreferencesHeading: 'Προτάσεις υπηρεσιών',
  proactivePreferencesQuestion: 'Να εμφανίζονται προτάσεις για υπηρεσίες που μπορεί να χρειάζεστε;',
  proactivePreferencesHint:
    'Χρησιμοποιούμε πληροφορίες που ήδη έχουμε για εσάς, όπως μια γέννηση που δηλώσατε, για να σας προτείνουμε υπηρεσίες. Αυτό γίνεται στο πρόγραμμα περιήγησής σας και δεν στέλνεται τίποτα.',
  proactiveHiddenHeading: 'Προτάσεις που έχετε αποκρύψει',
  proactiveHiddenNone: 'Δεν έχετε αποκρύψει καμία πρόταση.',
  proactiveHiddenForGood: 'Επιλέξατε να μην τη βλέπετε ξανά',
  proactiveHiddenUntil: 'Σε απόκρυψη έως {date}',
  proactiveUnknownOffer: 'Μια πρόταση που η υπηρεσία δεν κάνει πλέον',
  proactiveShowAgain: 'Εμφάνιση ξανά',
  proactiveShownAgainAnnouncement: 'Η πρόταση «{title}» θα εμφανίζεται ξανά όταν σας αφορά.',
  proactiveTurnedOnAnnouncement: 'Οι προτάσεις ενεργοποιήθηκαν.',
  proactiveTurnedOffAnnouncement: 'Οι προτάσεις απενεργοποιήθηκαν. Δεν θα βλέπετε προτάσεις υπηρεσιών.',
  proactiveRememberedLasting: 'Οι επιλογές σας αποθηκεύονται σε αυτή τη συσκευή.',
  proactiveRememberedSession:
    'Οι επιλογές σας διατηρούνται μόνο μέχρι να κλείσετε το πρόγραμμα περιήγησης, επειδή δεν έχετε επιτρέψει τα cookies που θυμούνται τις ρυθμίσεις σας.',
} satisfies ProactiveMessages;

export default proactiveEl;
