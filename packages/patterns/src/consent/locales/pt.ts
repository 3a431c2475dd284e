import type { ConsentMessages } from '../messages.js';

/*
 * Portuguese consent strings (português), written as European Portuguese, like the
 * components' Portuguese strings. Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people in the
 * polite third person ("o seu navegador", "pode alterar"); quotations use «…». Category labels
 * follow "cookies de", so they read best as nouns ("Análise", "Marketing"); the `purpose` of a
 * category finishes "cookies que …" with a verb in the third person plural ("medem a forma
 * como utiliza o serviço").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Portuguese consent strings (draft, see `reviewed`). */
export const consentPt = {
  consentBannerHeading: 'Cookies em {service}',
  consentBannerIntro: 'Utilizamos alguns cookies essenciais para que este serviço funcione.',
  consentBannerAsk:
    'Se concordar, gostaríamos também de utilizar cookies para estas finalidades: {purposes}.',
  consentGpcHonoured:
    'O seu navegador pediu aos sites que não vendam nem partilhem os seus dados (Global Privacy Control). Respeitámos esse pedido: não utilizaremos cookies de {purposes}, a menos que os ative nas suas definições de cookies.',
  consentAccept: 'Aceitar cookies adicionais',
  consentReject: 'Rejeitar cookies adicionais',
  consentViewCookies: 'Ver cookies',
  consentAcceptedConfirmation:
    'Aceitou os cookies adicionais. Pode alterar as suas definições de cookies em qualquer momento.',
  consentRejectedConfirmation:
    'Rejeitou os cookies adicionais. Pode alterar as suas definições de cookies em qualquer momento.',
  consentPartialConfirmation:
    'Aceitou alguns cookies adicionais. Pode alterar as suas definições de cookies em qualquer momento.',
  consentChangeSettings: 'alterar as suas definições de cookies',
  consentHide: 'Ocultar a mensagem sobre cookies',
  consentSettingsHeading: 'Alterar as suas definições de cookies',
  consentNecessaryHeading: 'Cookies estritamente necessários',
  consentNecessaryText:
    'Estes cookies fazem o serviço funcionar, por exemplo, guardando as suas respostas e as suas escolhas sobre cookies. Estão sempre ativos.',
  consentUse: 'Permite que utilizemos cookies de {category:lower}?',
  consentYes: 'Sim',
  consentNo: 'Não',
  consentSave: 'Guardar as definições de cookies',
  consentSaved: 'As suas preferências de cookies foram guardadas.',
  consentChoiceRequired: 'Selecione sim ou não para os cookies de {category:lower}',
  consentEmbedText:
    'Este conteúdo provém de {host}. Se o carregar, {host} poderá instalar cookies que {purpose}.',
  consentEmbedTextGeneric:
    'Este conteúdo provém de {host}. Se o carregar, {host} poderá instalar cookies de {category:lower}.',
  consentEmbedAllow: 'Permitir cookies de {category:lower}',
  consentEmbedSettings: 'Alterar as suas definições de cookies',
  consentEmbedLabel: 'Conteúdo não carregado: {title}',
  consentServiceFallback: 'este serviço',
  consentActionInvalid: 'Indique se aceita ou rejeita os cookies adicionais',
  consentGpcSettingsNote:
    'O seu navegador envia o sinal Global Privacy Control, por isso estes cookies ficam desativados, a menos que escolha «sim».',
} satisfies ConsentMessages;

export default consentPt;
