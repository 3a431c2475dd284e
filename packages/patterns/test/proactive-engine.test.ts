// The proactive-services engine is plain logic with no DOM: tested in Node, with the network
// switched off, against the published example rule set.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import jsonLogic from 'json-logic-js';
import { evaluate, validateOffers, ProactiveRuleError } from '../src/proactive/engine.js';
import {
  EXAMPLE_EXPECTED,
  EXAMPLE_NOW,
  exampleFacts,
  exampleOffers,
} from '../src/proactive/example-offers.js';
import { addMonths, monthsBetween, parseIsoDate, yearsBetween } from '../src/proactive/dates.js';
import { proactiveEn, proactiveMessages } from '../src/proactive/messages.js';
import proactiveFr, { reviewed } from '../src/proactive/locales/fr.js';
import type { Facts, Offer } from '../src/proactive/types.js';

const byId = (id: string): Offer => structuredClone(exampleOffers.find((offer) => offer.id === id)!);

/** An offer like the examples, with parts replaced. */
function offer(overrides: Partial<Offer> & Record<string, unknown> = {}): Offer {
  return { ...byId('child-benefit'), ...overrides } as Offer;
}

/** The error `run` throws, which must be a ProactiveRuleError. */
function errorOf(run: () => unknown): ProactiveRuleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProactiveRuleError);
    return error as ProactiveRuleError;
  }
  throw new Error('expected a ProactiveRuleError, but nothing was thrown');
}

// No network: anything that could send data throws, and the tests check it was never called.
const network = {
  fetch: vi.fn(() => {
    throw new Error('fetch is not allowed');
  }),
  XMLHttpRequest: vi.fn(() => {
    throw new Error('XMLHttpRequest is not allowed');
  }),
  WebSocket: vi.fn(() => {
    throw new Error('WebSocket is not allowed');
  }),
  sendBeacon: vi.fn(() => {
    throw new Error('sendBeacon is not allowed');
  }),
};

beforeEach(() => {
  vi.stubGlobal('fetch', network.fetch);
  vi.stubGlobal('XMLHttpRequest', network.XMLHttpRequest);
  vi.stubGlobal('WebSocket', network.WebSocket);
  vi.stubGlobal('navigator', { ...globalThis.navigator, sendBeacon: network.sendBeacon });
});

afterEach(() => {
  for (const spy of Object.values(network)) expect(spy).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

describe('the published example rule set', () => {
  it('is valid', () => {
    expect(() => validateOffers(exampleOffers)).not.toThrow();
  });

  it('gives exactly the expected offers, with their reasons, facts, sources and deadline', () => {
    const offers = evaluate(exampleOffers, exampleFacts, { now: EXAMPLE_NOW });
    expect(offers.map((item) => item.id)).toEqual([...EXAMPLE_EXPECTED]);
    expect(offers).toEqual([
      {
        id: 'child-benefit',
        lang: 'en',
        title: 'Claim Child Benefit',
        summary:
          'You can get Child Benefit for your new child. Claim within 3 months of the birth to get every payment from the start.',
        action: { label: 'Claim Child Benefit', href: '/child-benefit/claim' },
        reason: 'Because you registered the birth of a child on 3 March 2026',
        facts: [
          {
            name: 'childBirthDate',
            type: 'date',
            label: 'Your child’s date of birth',
            value: '2026-03-03',
            text: '3 March 2026',
            source: 'Birth registration, register office',
          },
          {
            name: 'claimsChildBenefit',
            type: 'boolean',
            label: 'Child Benefit already claimed',
            value: false,
            text: 'false',
            source: 'Child Benefit records',
          },
        ],
        deadline: { date: '2026-06-03', text: '3 June 2026' },
      },
      {
        id: 'register-to-vote',
        lang: 'en',
        title: 'Register to vote at your new address',
        summary:
          'You need to register again after you move to vote where you live now. It takes about 5 minutes.',
        action: { label: 'Register to vote', href: '/register-to-vote' },
        reason: 'Because you told us you moved house on 10 February 2026',
        facts: [
          {
            name: 'movedOn',
            type: 'date',
            label: 'The date you moved',
            value: '2026-02-10',
            text: '10 February 2026',
            source: 'The change of address you told us about',
          },
          {
            // A plain value: no source.
            name: 'registeredToVoteAtAddress',
            type: 'boolean',
            label: 'Registered to vote at your new address',
            value: false,
            text: 'false',
            source: null,
          },
        ],
        deadline: null,
      },
    ]);
  });

  it('speaks French, with dates in French', () => {
    const offers = evaluate(exampleOffers, exampleFacts, { now: EXAMPLE_NOW, lang: 'fr' });
    expect(offers.map((item) => item.reason)).toEqual([
      'Parce que vous avez déclaré la naissance d’un enfant le 3 mars 2026',
      'Parce que vous nous avez signalé votre déménagement le 10 février 2026',
    ]);
    expect(offers[0]!.deadline).toEqual({ date: '2026-06-03', text: '3 juin 2026' });
    expect(offers[0]!.facts[0]!.source).toBe('Déclaration de naissance, état civil');
    expect(offers[0]!.title).toBe('Demander les allocations familiales');
    // fr-CA falls back to the French texts; en-US writes American dates.
    expect(evaluate(exampleOffers, exampleFacts, { now: EXAMPLE_NOW, lang: 'fr-CA' })[0]!.title).toBe(
      'Demander les allocations familiales',
    );
    expect(evaluate(exampleOffers, exampleFacts, { now: EXAMPLE_NOW, lang: 'en-US' })[0]!.reason).toBe(
      'Because you registered the birth of a child on March 3, 2026',
    );
  });

  it('makes each offer only while its rule holds, as time passes', () => {
    const ids = (now: string, facts: Facts = exampleFacts) =>
      evaluate(exampleOffers, facts, { now }).map((item) => item.id);
    // The day before the birth: nothing about the child.
    expect(ids('2026-03-02T12:00:00Z')).toEqual(['register-to-vote']);
    // The deadline day itself still counts; the day after, the offer is gone.
    expect(ids('2026-06-03T12:00:00Z')).toEqual(['child-benefit', 'register-to-vote']);
    expect(ids('2026-06-04T12:00:00Z')).toEqual(['register-to-vote']);
    // Up to 183 days after the move, and no longer.
    expect(ids('2026-08-12T12:00:00Z')).toEqual(['register-to-vote']);
    expect(ids('2026-08-13T12:00:00Z')).toEqual([]);
    // The baby not registered with a doctor, and State Pension age 4 months away.
    const other = {
      ...exampleFacts,
      childRegisteredWithDoctor: { value: false, source: 'Health record' },
      statePensionDate: '2026-07-14',
    };
    expect(ids(EXAMPLE_NOW, other)).toEqual([
      'child-benefit',
      'register-with-doctor',
      'register-to-vote',
      'state-pension',
    ]);
    const [, doctor, , pension] = evaluate(exampleOffers, other, { now: EXAMPLE_NOW });
    expect(doctor!.reason).toBe(
      'Because you registered the birth of a child on 3 March 2026 and they are not registered with a doctor yet',
    );
    expect(pension!.reason).toBe('Because you reach State Pension age on 14 July 2026');
    expect(pension!.facts.map((fact) => fact.source)).toEqual([null, 'Pension records']);
  });

  it('takes plain values and { value, source } alike, and makes no offer while a fact it uses is unknown', () => {
    const plain = {
      childBirthDate: '2026-03-03',
      claimsChildBenefit: false,
    };
    const [benefit] = evaluate(exampleOffers, plain, { now: EXAMPLE_NOW });
    expect(benefit!.id).toBe('child-benefit');
    expect(benefit!.facts.map((fact) => fact.source)).toEqual([null, null]);
    // Unknown (missing or null): not offered, never guessed.
    expect(evaluate(exampleOffers, { childBirthDate: '2026-03-03' }, { now: EXAMPLE_NOW })).toEqual([]);
    expect(
      evaluate(
        exampleOffers,
        { childBirthDate: '2026-03-03', claimsChildBenefit: { value: null } },
        { now: EXAMPLE_NOW },
      ),
    ).toEqual([]);
    // Facts no offer uses are never read.
    expect(
      evaluate(exampleOffers, { ...plain, somethingElse: { weird: true } } as unknown as Facts, {
        now: EXAMPLE_NOW,
      }),
    ).toHaveLength(1);
  });

  it('accepts a Date, a timestamp or an ISO string as now, and the time of day does not matter', () => {
    for (const now of [
      new Date(2026, 3, 1, 0, 0, 1),
      new Date(2026, 3, 1, 23, 59).getTime(),
      '2026-04-01T12:00:00Z',
    ]) {
      expect(evaluate(exampleOffers, exampleFacts, { now }).map((item) => item.id)).toEqual([
        ...EXAMPLE_EXPECTED,
      ]);
    }
  });

  it('gives the rule only the facts the offer lists', () => {
    const apply = vi.spyOn(jsonLogic, 'apply');
    evaluate([byId('register-to-vote')], exampleFacts, { now: EXAMPLE_NOW });
    expect(apply.mock.calls[0]![1]).toEqual({ movedOn: '2026-02-10', registeredToVoteAtAddress: false });
    apply.mockRestore();
  });
});

describe('date operations', () => {
  /** Whether `rule` holds for a date fact `d` at `now`. */
  const holds = (rule: unknown, now = '2026-04-01T12:00:00Z', d = '2026-03-03') =>
    evaluate(
      [
        {
          id: 'date-test',
          title: 'Test',
          summary: 'Test',
          action: { label: 'Go', href: '/go' },
          rule: rule as Offer['rule'],
          uses: { d: { type: 'date', label: 'A date' } },
          explanation: 'Because of {d}',
        },
      ],
      { d },
      { now },
    ).length === 1;

  it('count days, months and years, and add them', () => {
    expect(holds({ '==': [{ days_since: { var: 'd' } }, 29] })).toBe(true);
    expect(holds({ '==': [{ days_until: { var: 'd' } }, -29] })).toBe(true);
    expect(holds({ '==': [{ months_since: { var: 'd' } }, 0] })).toBe(true);
    expect(holds({ '==': [{ months_since: { var: 'd' } }, 3] }, '2026-06-03T00:00:00')).toBe(true);
    expect(holds({ '==': [{ months_since: { var: 'd' } }, 2] }, '2026-06-02T23:59:00')).toBe(true);
    expect(holds({ '==': [{ years_since: { var: 'd' } }, 0] }, '2027-03-02T12:00:00')).toBe(true);
    expect(holds({ '==': [{ years_since: { var: 'd' } }, 1] }, '2027-03-03T12:00:00')).toBe(true);
    expect(holds({ '==': [{ date_add: [{ var: 'd' }, 3, 'months'] }, '2026-06-03'] })).toBe(true);
    expect(holds({ '==': [{ date_add: [{ var: 'd' }, -3, 'days'] }, '2026-02-28'] })).toBe(true);
    expect(holds({ '==': [{ date_add: [{ var: 'd' }, 1, 'years'] }, '2027-03-03'] })).toBe(true);
    expect(holds({ '==': [{ today: [] }, '2026-04-01'] })).toBe(true);
    expect(holds({ '<': [{ var: 'd' }, { today: [] }] })).toBe(true);
    // Summer time does not make a day shorter: 29 March 2026 is a 23-hour day in Europe.
    expect(holds({ '==': [{ days_since: { var: 'd' } }, 1] }, '2026-03-30T00:30:00', '2026-03-29')).toBe(
      true,
    );
  });

  it('keep month arithmetic inside the month', () => {
    expect(addMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addMonths({ year: 2028, month: 1, day: 31 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addMonths({ year: 2026, month: 3, day: 31 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(monthsBetween({ year: 2026, month: 1, day: 31 }, { year: 2026, month: 2, day: 28 })).toBe(1);
    expect(yearsBetween({ year: 1960, month: 2, day: 29 }, { year: 2026, month: 2, day: 28 })).toBe(66);
  });

  it('read ISO dates only, including real calendar dates only', () => {
    expect(parseIsoDate('2026-03-03')).toEqual({ year: 2026, month: 3, day: 3 });
    expect(parseIsoDate('2026-03-03T23:30:00+02:00')).toEqual({ year: 2026, month: 3, day: 3 });
    for (const bad of ['2026-02-29', '2026-13-01', '03/03/2026', '2026-3-3', '', 20260303, null]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });

  it('are put back if another script replaces them', () => {
    jsonLogic.add_operation('days_since', () => 9999);
    expect(evaluate(exampleOffers, exampleFacts, { now: EXAMPLE_NOW }).map((item) => item.id)).toEqual([
      ...EXAMPLE_EXPECTED,
    ]);
  });
});

describe('malformed offers, rules and facts', () => {
  const facts = exampleFacts;
  const now = EXAMPLE_NOW;

  it('names the offer and the fact when a rule reads a fact not listed in "uses"', () => {
    const error = errorOf(() =>
      evaluate([offer({ rule: { '==': [{ var: 'claimsChildBenefitt' }, false] } })], facts, { now }),
    );
    expect(error.offerId).toBe('child-benefit');
    expect(error.fact).toBe('claimsChildBenefitt');
    expect(error.message).toBe(
      'Offer "child-benefit": the rule reads the fact "claimsChildBenefitt", which is not listed in "uses". Add it to "uses" with its type and label, or correct the name.',
    );
  });

  it('refuses unknown operations, "log", objects that are not operations, and computed fact names', () => {
    const cases: [unknown, RegExp][] = [
      [
        { before: [{ var: 'childBirthDate' }, '2026-01-01'] },
        /the rule uses the operation "before", which Polis rules do not have/,
      ],
      [{ log: { var: 'childBirthDate' } }, /the rule uses "log", which would print personal data/],
      [{ '==': [{ var: 'claimsChildBenefit' }, false], extra: 1 }, /exactly one key/],
      [{ var: { cat: ['child', 'BirthDate'] } }, /computes the name of a fact/],
      [{ var: '' }, /reads all the facts at once/],
      [
        { days_since: [{ var: 'claimsChildBenefit' }] },
        /applies "days_since" to the fact "claimsChildBenefit", which is a boolean, not a date/,
      ],
      [{ date_add: [{ var: 'childBirthDate' }, 3] }, /gives "date_add" 2 arguments; it takes 3/],
      [{ date_add: [{ var: 'childBirthDate' }, 3, 'weeks'] }, /the unit "weeks"/],
      ['yes', /"rule" is "yes"/],
      [{ '<': [1, Infinity] }, /not a JSON number/],
    ];
    for (const [rule, message] of cases) {
      const error = errorOf(() => evaluate([offer({ rule } as Partial<Offer>)], facts, { now }));
      expect(error.offerId).toBe('child-benefit');
      expect(error.message).toMatch(/^Offer "child-benefit": /);
      expect(error.message).toMatch(message);
    }
  });

  it('refuses a rule whose result is not a boolean', () => {
    const error = errorOf(() =>
      evaluate(
        [offer({ rule: { if: [{ var: 'claimsChildBenefit' }, 'no', { var: 'childBirthDate' }] } })],
        facts,
        { now },
      ),
    );
    expect(error.message).toBe(
      'Offer "child-benefit": the rule gave "2026-03-03", not true or false. Make it a comparison, or wrap it in {"!!": …}.',
    );
  });

  it('names the fact when a fact is malformed, and fails the whole evaluation', () => {
    const cases: [Facts, RegExp][] = [
      [
        { ...facts, childBirthDate: '03/03/2026' },
        /the fact "childBirthDate" must be a date in the form YYYY-MM-DD \(ISO 8601\), but it is "03\/03\/2026"/,
      ],
      [
        { ...facts, childBirthDate: { value: '2026-02-30', source: 'x' } },
        /must be a date in the form YYYY-MM-DD/,
      ],
      [
        { ...facts, claimsChildBenefit: 'no' },
        /the fact "claimsChildBenefit" must be true or false, but it is "no"/,
      ],
      [
        { ...facts, claimsChildBenefit: { value: false, sourse: 'typo' } } as Facts,
        /Give a plain value, or \{"value": …, "source": "…"\} with nothing else/,
      ],
      [
        { ...facts, claimsChildBenefit: { value: false, source: 42 } } as unknown as Facts,
        /has the source 42/,
      ],
    ];
    for (const [bad, message] of cases) {
      const error = errorOf(() => evaluate(exampleOffers, bad, { now }));
      expect(error.offerId).toBe('child-benefit');
      expect(error.message).toMatch(/^Offer "child-benefit": the fact "/);
      expect(error.message).toMatch(message);
    }
    // A malformed fact used by a later offer still stops everything: no partial list.
    const error = errorOf(() => evaluate(exampleOffers, { ...facts, movedOn: '10 February 2026' }, { now }));
    expect(error.offerId).toBe('register-to-vote');
    expect(error.fact).toBe('movedOn');
  });

  it('refuses malformed offers before any rule runs', () => {
    const apply = vi.spyOn(jsonLogic, 'apply');
    const cases: [unknown, RegExp][] = [
      [{ ...offer(), id: 'child benefit' }, /offer 2 has the id "child benefit"/],
      [
        { ...offer(), id: 'register-to-vote' },
        /Offer "register-to-vote": the id is used by another offer too/,
      ],
      [offer({ title: '' }), /"title" is ""/],
      [offer({ action: { label: 'Go', href: 'javascript:alert(1)' } }), /"action.href" would run script/],
      [offer({ action: { label: 'Go', href: 'java\tscript:alert(1)' } }), /"action.href" would run script/],
      [
        offer({ uses: { childBirthDate: { type: 'day', label: 'x' } } } as unknown as Partial<Offer>),
        /needs a "type": one of date, number, boolean, text, list/,
      ],
      [
        offer({ uses: { ...byId('child-benefit').uses, postcode: { type: 'text', label: 'Postcode' } } }),
        /lists the fact "postcode" in "uses", but neither the rule, the deadline nor the explanation uses it/,
      ],
      [
        offer({ explanation: 'Because of {childName}' }),
        /the explanation shows \{childName\}, which is not a fact listed in "uses"/,
      ],
      [offer({ explanation: 'Because {claimsChildBenefit}' }), /which is true or false/],
      [offer({ deadline: '2026-06-03' } as unknown as Partial<Offer>), /"deadline" is "2026-06-03"/],
    ];
    for (const [bad, message] of cases) {
      const error = errorOf(() => evaluate([byId('register-to-vote'), bad as Offer], facts, { now }));
      expect(error.message).toMatch(message);
    }
    expect(apply).not.toHaveBeenCalled();
    apply.mockRestore();
  });

  it('reports a deadline that is not a date, and a date operation given something else', () => {
    const deadline = errorOf(() =>
      evaluate([offer({ deadline: { cat: [{ var: 'childBirthDate' }, '!'] } })], facts, { now }),
    );
    expect(deadline.message).toBe(
      'Offer "child-benefit": the deadline gave "2026-03-03!", not a date in the form YYYY-MM-DD.',
    );
    const operation = errorOf(() =>
      evaluate(
        [
          offer({
            rule: {
              and: [
                { '>=': [{ days_since: { cat: [{ var: 'childBirthDate' }, 'x'] } }, 0] },
                { var: 'claimsChildBenefit' },
              ],
            },
          }),
        ],
        facts,
        { now },
      ),
    );
    expect(operation.message).toBe(
      'Offer "child-benefit": the rule gives "days_since" "2026-03-03x"; it needs a date in the form YYYY-MM-DD.',
    );
  });

  it('refuses bad arguments with a clear error', () => {
    expect(errorOf(() => evaluate(exampleOffers, facts, { now: 'yesterday' })).message).toBe(
      'Proactive services: "now" is "yesterday", which is not a date. Give a Date, a timestamp or an ISO date.',
    );
    expect(errorOf(() => evaluate({} as unknown as Offer[], facts)).offerId).toBeNull();
    expect(errorOf(() => evaluate(exampleOffers, null as unknown as Facts)).offerId).toBeNull();
  });
});

describe('the proactive strings', () => {
  it('has every English string in French, with the same placeholders and plural forms', () => {
    expect(reviewed).toBe(false);
    const holes = (value: unknown) =>
      JSON.stringify(value)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    expect(Object.keys(proactiveFr).sort()).toEqual(Object.keys(proactiveEn).sort());
    for (const [key, english] of Object.entries(proactiveEn)) {
      const french = (proactiveFr as Record<string, unknown>)[key];
      expect([...new Set(holes(french))], key).toEqual([...new Set(holes(english))]);
      if (typeof english === 'object') {
        expect(Object.keys(french as object).sort(), key).toEqual(
          [...new Intl.PluralRules('fr').resolvedOptions().pluralCategories].sort(),
        );
      }
    }
  });

  it('loads French on demand', async () => {
    expect(proactiveMessages.translate('proactiveNotNow', 'fr')).toBe('Not now');
    await proactiveMessages.load('fr');
    expect(proactiveMessages.translate('proactiveNotNow', 'fr')).toBe('Pas maintenant');
    expect(proactiveMessages.translate('proactiveSnoozedAnnouncement', 'fr', { count: 30 })).toBe(
      'Suggestion masquée pendant 30 jours. Vous pouvez modifier ce choix dans vos paramètres de suggestions.',
    );
    expect(proactiveMessages.translate('proactiveSnoozedAnnouncement', 'en', { count: 30 })).toBe(
      'Hidden for 30 days. You can change this in your suggestion settings.',
    );
  });
});

describe('on a server', () => {
  it('loads the whole proactive API and the elements without a DOM, and evaluates there', async () => {
    expect(typeof document).toBe('undefined');
    const api = await import('../src/proactive/index.js');
    await import('../src/service-prompt/define.js');
    await import('../src/prompt-list/define.js');
    await import('../src/proactive-preferences/define.js');
    const offers = api.evaluate(api.exampleOffers, api.exampleFacts, { now: api.EXAMPLE_NOW });
    expect(offers.map((offer) => offer.id)).toEqual([...api.EXAMPLE_EXPECTED]);
    // No storage on a server, and nothing kept in memory: one module serves every person.
    api.snooze('child-benefit', 30);
    expect(api.getProactivePreferences()).toEqual({ enabled: true, dismissed: [], snoozed: [] });
    expect(api.isVisible('child-benefit')).toBe(true);
    api.resetProactivePreferences();
  });
});

describe('hostile and edge-case input (review)', () => {
  it('refuses a date_add whose result is not a real date, instead of comparing garbage', () => {
    // A huge amount (from a rule or a fact) used to give "NaN-NaN-NaN", which sorts after every
    // real date, so "today <= deadline" held and a wrong offer was made.
    const rule = (amount: unknown) =>
      offer({
        uses: {
          childBirthDate: { type: 'date', label: 'Your child’s date of birth' },
          claimsChildBenefit: { type: 'boolean', label: 'Claimed' },
          ...(typeof amount === 'object' ? { months: { type: 'number', label: 'Months' } } : {}),
        },
        rule: {
          and: [
            { '<=': [{ today: [] }, { date_add: [{ var: 'childBirthDate' }, amount, 'days'] }] },
            { '==': [{ var: 'claimsChildBenefit' }, false] },
          ],
        },
        deadline: undefined,
      } as Partial<Offer>);
    const facts = { ...exampleFacts, months: 1e300 };
    for (const amount of [1e300, { var: 'months' }, 4_000_000]) {
      const error = errorOf(() => evaluate([rule(amount)], facts, { now: EXAMPLE_NOW }));
      expect(error.offerId).toBe('child-benefit');
      expect(error.message).toMatch(/date_add/);
    }
  });

  it('takes an ISO date as now to mean that calendar day, in any time zone', () => {
    const zone = process.env.TZ;
    // West of UTC, new Date('2026-06-04') is still 3 June: the deadline had not "passed".
    process.env.TZ = 'America/New_York';
    try {
      expect(evaluate(exampleOffers, exampleFacts, { now: '2026-06-04' }).map((o) => o.id)).not.toContain(
        'child-benefit',
      );
      expect(evaluate(exampleOffers, exampleFacts, { now: '2026-06-03' }).map((o) => o.id)).toContain(
        'child-benefit',
      );
      // A person in UTC+10 at 23:30 on 3 June: still 3 June for them.
      process.env.TZ = 'Australia/Brisbane';
      const late = new Date(2026, 5, 3, 23, 30);
      expect(late.toISOString()).toBe('2026-06-03T13:30:00.000Z');
      expect(evaluate(exampleOffers, exampleFacts, { now: late }).map((o) => o.id)).toContain(
        'child-benefit',
      );
      expect(
        evaluate(exampleOffers, exampleFacts, { now: new Date(2026, 5, 4, 0, 30) }).map((o) => o.id),
      ).not.toContain('child-benefit');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
