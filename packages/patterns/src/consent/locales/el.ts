import type { ConsentMessages } from '../messages.js';

/*
 * Greek consent strings (Ελληνικά). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people in the
 * polite plural ("σας"). "Cookies" stays as the word Greek public services use. A category
 * label would need an article and a case that depend on its gender, so it is quoted as given
 * after "της κατηγορίας" («…»), which fits any label. The Greek question mark is ";".
 * `{purpose}` finishes "cookies που …" ("μετρούν πώς χρησιμοποιείτε την υπηρεσία").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Greek consent strings (draft, see `reviewed`). */
export const consentEl = {
  consentBannerHeading: 'Cookies σε {service}',
  consentBannerIntro: 'Χρησιμοποιούμε ορισμένα απαραίτητα cookies για να λειτουργεί αυτή η υπηρεσία.',
  consentBannerAsk:
    'Αν συμφωνείτε, θα θέλαμε επίσης να χρησιμοποιούμε cookies για τους εξής σκοπούς: {purposes}.',
  consentGpcHonoured:
    'Το πρόγραμμα περιήγησής σας ζήτησε από τους ιστότοπους να μην πωλούν ούτε να κοινοποιούν τα δεδομένα σας (Global Privacy Control). Σεβόμαστε αυτό το αίτημα: δεν θα χρησιμοποιούμε cookies για {purposes}, εκτός αν τα ενεργοποιήσετε στις ρυθμίσεις cookies σας.',
  consentAccept: 'Αποδοχή πρόσθετων cookies',
  consentReject: 'Απόρριψη πρόσθετων cookies',
  consentViewCookies: 'Προβολή cookies',
  consentAcceptedConfirmation:
    'Αποδεχτήκατε τα πρόσθετα cookies. Μπορείτε να αλλάξετε τις ρυθμίσεις cookies σας ανά πάσα στιγμή.',
  consentRejectedConfirmation:
    'Απορρίψατε τα πρόσθετα cookies. Μπορείτε να αλλάξετε τις ρυθμίσεις cookies σας ανά πάσα στιγμή.',
  consentPartialConfirmation:
    'Αποδεχτήκατε ορισμένα πρόσθετα cookies. Μπορείτε να αλλάξετε τις ρυθμίσεις cookies σας ανά πάσα στιγμή.',
  consentChangeSettings: 'αλλάξετε τις ρυθμίσεις cookies σας',
  consentHide: 'Απόκρυψη μηνύματος για τα cookies',
  consentSettingsHeading: 'Αλλαγή των ρυθμίσεων cookies',
  consentNecessaryHeading: 'Απολύτως απαραίτητα cookies',
  consentNecessaryText:
    'Αυτά τα cookies επιτρέπουν στην υπηρεσία να λειτουργεί, για παράδειγμα θυμούνται τις απαντήσεις σας και τις επιλογές σας για τα cookies. Είναι πάντα ενεργά.',
  consentUse: 'Να χρησιμοποιούνται cookies της κατηγορίας «{category}»;',
  consentYes: 'Ναι',
  consentNo: 'Όχι',
  consentSave: 'Αποθήκευση ρυθμίσεων cookies',
  consentSaved: 'Οι προτιμήσεις σας για τα cookies αποθηκεύτηκαν.',
  consentChoiceRequired: 'Επιλέξτε «Ναι» ή «Όχι» για την κατηγορία «{category}»',
  consentEmbedText:
    'Αυτό το περιεχόμενο προέρχεται από τον ιστότοπο {host}. Αν το φορτώσετε, ο ιστότοπος {host} θα μπορεί να τοποθετήσει cookies που {purpose}.',
  consentEmbedTextGeneric:
    'Αυτό το περιεχόμενο προέρχεται από τον ιστότοπο {host}. Αν το φορτώσετε, ο ιστότοπος {host} θα μπορεί να τοποθετήσει cookies της κατηγορίας «{category}».',
  consentEmbedAllow: 'Αποδοχή cookies της κατηγορίας «{category}»',
  consentEmbedSettings: 'Αλλαγή των ρυθμίσεων cookies',
  consentEmbedLabel: 'Το περιεχόμενο δεν φορτώθηκε: {title}',
  consentServiceFallback: 'αυτή την υπηρεσία',
  consentActionInvalid: 'Επιλέξτε αν αποδέχεστε ή απορρίπτετε τα πρόσθετα cookies',
  consentGpcSettingsNote:
    'Το πρόγραμμα περιήγησής σας στέλνει το σήμα Global Privacy Control, γι’ αυτό αυτά τα cookies παραμένουν απενεργοποιημένα, εκτός αν επιλέξετε «Ναι».',
} satisfies ConsentMessages;

export default consentEl;
