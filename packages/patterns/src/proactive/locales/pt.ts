import type { ProactiveMessages } from '../messages.js';

/*
 * Portuguese strings of the proactive-service elements (português), written as European
 * Portuguese. Draft: translated by the Polis team with machine assistance, not yet reviewed by
 * a native speaker. Addresses people in the polite third person. Offer titles are quoted
 * («…») and put where no word has to agree with their gender. Intl.PluralRules('pt') puts 0
 * in `one`, and the deadline shows "0" on its last day, so the `one` form of the days left
 * reads right for 0 and 1. The `many` forms are for round millions.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Portuguese strings (draft, see `reviewed`). */
export const proactivePt = {
  proactiveNotNow: 'Agora não',
  proactiveDismiss: 'Não voltar a mostrar isto',
  proactiveWhy: 'Porque é que estou a ver isto?',
  proactiveDataUsed: 'Utilizámos estas informações:',
  proactiveSource: 'Fonte: {source}',
  proactiveSourceUnknown: 'O serviço não indicou de onde vem esta informação',
  proactiveYes: 'Sim',
  proactiveNo: 'Não',
  proactiveOnDevice:
    'Esta sugestão foi calculada no seu navegador a partir de informações que o serviço já tem. Não foi enviado nada para a calcular.',
  proactiveTurnOffHint: 'Pode ocultar as sugestões ou desativá-las:',
  proactiveSettingsLink: 'alterar as suas definições de sugestões',
  proactiveDeadline: 'Prazo: {date}',
  proactiveDaysLeft: {
    one: 'dias restantes: {count}',
    many: 'faltam {count} de dias',
    other: 'faltam {count} dias',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Sugestão oculta durante {count} dia. Pode alterar isto nas suas definições de sugestões.',
    many: 'Sugestão oculta durante {count} de dias. Pode alterar isto nas suas definições de sugestões.',
    other: 'Sugestão oculta durante {count} dias. Pode alterar isto nas suas definições de sugestões.',
  },
  proactiveDismissedAnnouncement:
    'Não voltará a ver esta sugestão. Pode alterar isto nas suas definições de sugestões.',
  proactiveNew: 'Novo',
  proactiveListHeading: 'Serviços de que pode precisar',
  proactiveListIntro:
    'Com base em informações que já temos sobre si. Cada sugestão indica por que razão a está a ver.',
  proactiveListEmpty: 'De momento, não há sugestões para si.',
  proactiveListOff: 'Desativou as sugestões de serviços.',
  proactiveListSettings: 'Alterar as suas definições de sugestões',
  proactivePreferencesHeading: 'Sugestões de serviços',
  proactivePreferencesQuestion: 'Mostrar sugestões de serviços de que pode precisar?',
  proactivePreferencesHint:
    'Utilizamos informações que já temos sobre si, como um nascimento que registou, para lhe sugerir serviços. Isto é calculado no seu navegador e nada é enviado.',
  proactiveHiddenHeading: 'Sugestões que ocultou',
  proactiveHiddenNone: 'Não ocultou nenhuma sugestão.',
  proactiveHiddenForGood: 'Escolheu não voltar a ver esta sugestão',
  proactiveHiddenUntil: 'Oculta até {date}',
  proactiveUnknownOffer: 'Uma sugestão que o serviço já não faz',
  proactiveShowAgain: 'Mostrar novamente',
  proactiveShownAgainAnnouncement: 'Voltaremos a sugerir-lhe «{title}» quando se aplicar a si.',
  proactiveTurnedOnAnnouncement: 'As sugestões estão ativadas.',
  proactiveTurnedOffAnnouncement: 'As sugestões estão desativadas. Não verá sugestões de serviços.',
  proactiveRememberedLasting: 'As suas escolhas ficam guardadas neste dispositivo.',
  proactiveRememberedSession:
    'As suas escolhas ficam guardadas até fechar o navegador, porque não permitiu os cookies que guardam as suas definições.',
} satisfies ProactiveMessages;

export default proactivePt;
