// The proactive offer this service makes after a registration: Child Benefit, built from the
// published example (`exampleOffers`), with a rule that uses only what the person told this
// service. The example also waits for "nobody claims yet" from Child Benefit records, which a
// birth registration does not hold, so that condition and fact are left out here.
import { exampleOffers, type Offer } from '@polis-ds/patterns/proactive';

const example = exampleOffers.find((offer) => offer.id === 'child-benefit')!;
const threeMonthsAfterBirth = { date_add: [{ var: 'childBirthDate' }, 3, 'months'] };

export const childBenefit: Offer = {
  ...example,
  // Born (not in the future), and the 3-month deadline for every payment not passed.
  rule: {
    and: [
      { '>=': [{ days_since: { var: 'childBirthDate' } }, 0] },
      { '>=': [{ days_until: threeMonthsAfterBirth }, 0] },
    ],
  },
  deadline: threeMonthsAfterBirth,
  uses: { childBirthDate: example.uses.childBirthDate! },
  explanation: 'Because you told us your child was born on {childBirthDate}',
};

export const offers: readonly Offer[] = [childBenefit];
