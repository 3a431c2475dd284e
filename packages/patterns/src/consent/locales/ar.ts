import type { ConsentMessages } from '../messages.js';

/*
 * Arabic consent strings (العربية), Modern Standard. Draft: translated by the Polis team with
 * machine assistance, not yet reviewed by a native speaker or a lawyer. Addresses people
 * in the second person singular, as the components do. Arabic has no letter case, so
 * `{category}` is used as given, quoted («…») after "فئة", so no adjective has to agree with
 * it. Arabic punctuation (، ؟ ؛). No bidi control characters: the components isolate the
 * values. `{purpose}` finishes "ملفات تعريف الارتباط التي …", so it starts with a feminine
 * verb ("تقيس كيفية استخدامك للخدمة").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Arabic consent strings (draft, see `reviewed`). */
export const consentAr = {
  consentBannerHeading: 'ملفات تعريف الارتباط في {service}',
  consentBannerIntro: 'نستخدم بعض ملفات تعريف الارتباط الضرورية لكي تعمل هذه الخدمة.',
  consentBannerAsk: 'نودّ أيضًا، إذا وافقت، استخدام ملفات تعريف الارتباط للأغراض التالية: {purposes}.',
  consentGpcHonoured:
    'طلب متصفحك من المواقع عدم بيع بياناتك أو مشاركتها (Global Privacy Control). ونحن نحترم هذا الطلب: لن نستخدم ملفات تعريف الارتباط للأغراض التالية ما لم تفعّلها بنفسك في إعدادات ملفات تعريف الارتباط: {purposes}.',
  consentAccept: 'قبول ملفات تعريف الارتباط الإضافية',
  consentReject: 'رفض ملفات تعريف الارتباط الإضافية',
  consentViewCookies: 'عرض ملفات تعريف الارتباط',
  consentAcceptedConfirmation:
    'لقد قبلت ملفات تعريف الارتباط الإضافية. يمكنك تغيير إعدادات ملفات تعريف الارتباط في أي وقت.',
  consentRejectedConfirmation:
    'لقد رفضت ملفات تعريف الارتباط الإضافية. يمكنك تغيير إعدادات ملفات تعريف الارتباط في أي وقت.',
  consentPartialConfirmation:
    'لقد قبلت بعض ملفات تعريف الارتباط الإضافية. يمكنك تغيير إعدادات ملفات تعريف الارتباط في أي وقت.',
  consentChangeSettings: 'تغيير إعدادات ملفات تعريف الارتباط',
  consentHide: 'إخفاء رسالة ملفات تعريف الارتباط',
  consentSettingsHeading: 'تغيير إعدادات ملفات تعريف الارتباط',
  consentNecessaryHeading: 'ملفات تعريف الارتباط الضرورية للغاية',
  consentNecessaryText:
    'تتيح ملفات تعريف الارتباط هذه عمل الخدمة، مثل تذكّر إجاباتك واختياراتك بشأن ملفات تعريف الارتباط. وهي مفعّلة دائمًا.',
  consentUse: 'هل تريد استخدام ملفات تعريف الارتباط من فئة «{category}»؟',
  consentYes: 'نعم',
  consentNo: 'لا',
  consentSave: 'حفظ إعدادات ملفات تعريف الارتباط',
  consentSaved: 'تم حفظ تفضيلاتك بشأن ملفات تعريف الارتباط.',
  consentChoiceRequired: 'اختر «نعم» أو «لا» لفئة «{category}»',
  consentEmbedText:
    'يأتي هذا المحتوى من الموقع {host}. ويسمح تحميله للموقع {host} بوضع ملفات تعريف الارتباط التي {purpose}.',
  consentEmbedTextGeneric:
    'يأتي هذا المحتوى من الموقع {host}. ويسمح تحميله للموقع {host} بوضع ملفات تعريف ارتباط من فئة «{category}».',
  consentEmbedAllow: 'السماح بملفات تعريف الارتباط من فئة «{category}»',
  consentEmbedSettings: 'تغيير إعدادات ملفات تعريف الارتباط',
  consentEmbedLabel: 'لم يتم تحميل المحتوى: {title}',
  consentServiceFallback: 'هذه الخدمة',
  consentActionInvalid: 'اختر ما إذا كنت تقبل ملفات تعريف الارتباط الإضافية أو ترفضها',
  consentGpcSettingsNote:
    'يرسل متصفحك إشارة Global Privacy Control، لذلك تبقى ملفات تعريف الارتباط هذه معطّلة ما لم تختر «نعم».',
} satisfies ConsentMessages;

export default consentAr;
