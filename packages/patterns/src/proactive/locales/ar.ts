import type { ProactiveMessages } from '../messages.js';

/*
 * Arabic strings of the proactive-service elements (العربية), Modern Standard. Draft:
 * translated by the Polis team with machine assistance, not yet reviewed by a native speaker.
 * Addresses people in the second person singular, as the components do. Counted days:
 * `one` and the days left at `zero` say the number in words, `two` يومان or يومين, `few`
 * (3–10) أيام, `many` (11–99) يومًا, `other` (100–102) يوم. Offer titles are quoted («…»).
 * Arabic punctuation (، ؟ ؛). No bidi control characters: the components isolate the values.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Arabic strings (draft, see `reviewed`). */
export const proactiveAr = {
  proactiveNotNow: 'ليس الآن',
  proactiveDismiss: 'لا تعرض لي هذا مرة أخرى',
  proactiveWhy: 'لماذا أرى هذا؟',
  proactiveDataUsed: 'استخدمنا هذه المعلومات:',
  proactiveSource: 'المصدر: {source}',
  proactiveSourceUnknown: 'لم تذكر الخدمة مصدر هذه المعلومة',
  proactiveYes: 'نعم',
  proactiveNo: 'لا',
  proactiveOnDevice:
    'جرى التوصل إلى هذا الاقتراح في متصفحك من معلومات تملكها الخدمة بالفعل. ولم يُرسَل أي شيء للتوصل إليه.',
  proactiveTurnOffHint: 'يمكنك إخفاء الاقتراحات أو إيقافها:',
  proactiveSettingsLink: 'غيّر إعدادات الاقتراحات',
  proactiveDeadline: 'الموعد النهائي: {date}',
  proactiveDaysLeft: {
    zero: 'لم يتبقَّ أي يوم',
    one: 'تبقّى يوم واحد',
    two: 'تبقّى يومان',
    few: 'تبقّى {count} أيام',
    many: 'تبقّى {count} يومًا',
    other: 'تبقّى {count} يوم',
  },
  proactiveSnoozedAnnouncement: {
    zero: 'أُخفي هذا الاقتراح لمدة {count} يوم. يمكنك تغيير ذلك في إعدادات الاقتراحات.',
    one: 'أُخفي هذا الاقتراح لمدة يوم واحد. يمكنك تغيير ذلك في إعدادات الاقتراحات.',
    two: 'أُخفي هذا الاقتراح لمدة يومين. يمكنك تغيير ذلك في إعدادات الاقتراحات.',
    few: 'أُخفي هذا الاقتراح لمدة {count} أيام. يمكنك تغيير ذلك في إعدادات الاقتراحات.',
    many: 'أُخفي هذا الاقتراح لمدة {count} يومًا. يمكنك تغيير ذلك في إعدادات الاقتراحات.',
    other: 'أُخفي هذا الاقتراح لمدة {count} يوم. يمكنك تغيير ذلك في إعدادات الاقتراحات.',
  },
  proactiveDismissedAnnouncement: 'لن ترى هذا الاقتراح مرة أخرى. يمكنك تغيير ذلك في إعدادات الاقتراحات.',
  proactiveNew: 'جديد',
  proactiveListHeading: 'خدمات قد تحتاج إليها',
  proactiveListIntro: 'بناءً على معلومات لدينا عنك بالفعل. يوضّح كل اقتراح سبب ظهوره لك.',
  proactiveListEmpty: 'لا توجد اقتراحات لك في الوقت الحالي.',
  proactiveListOff: 'لقد أوقفت اقتراحات الخدمات.',
  proactiveListSettings: 'تغيير إعدادات الاقتراحات',
  proactivePreferencesHeading: 'اقتراحات الخدمات',
  proactivePreferencesQuestion: 'هل تريد عرض اقتراحات لخدمات قد تحتاج إليها؟',
  proactivePreferencesHint:
    'نستخدم معلومات لدينا عنك بالفعل، مثل ولادة سجّلتها، لنقترح عليك خدمات. ويجري ذلك في متصفحك ولا يُرسَل أي شيء.',
  proactiveHiddenHeading: 'الاقتراحات التي أخفيتها',
  proactiveHiddenNone: 'لم تُخفِ أي اقتراحات.',
  proactiveHiddenForGood: 'اخترت ألا ترى هذا مرة أخرى',
  proactiveHiddenUntil: 'مخفي حتى {date}',
  proactiveUnknownOffer: 'اقتراح لم تعد الخدمة تقدّمه',
  proactiveShowAgain: 'إظهار مرة أخرى',
  proactiveShownAgainAnnouncement: 'سيُقترح عليك «{title}» مرة أخرى عندما ينطبق عليك.',
  proactiveTurnedOnAnnouncement: 'تم تشغيل الاقتراحات.',
  proactiveTurnedOffAnnouncement: 'تم إيقاف الاقتراحات. لن ترى اقتراحات للخدمات.',
  proactiveRememberedLasting: 'تُحفَظ اختياراتك على هذا الجهاز.',
  proactiveRememberedSession:
    'تُحفَظ اختياراتك إلى أن تغلق متصفحك فقط، لأنك لم تسمح بملفات تعريف الارتباط التي تحفظ إعداداتك.',
} satisfies ProactiveMessages;

export default proactiveAr;
