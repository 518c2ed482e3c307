// Writes examples/history/: a synthetic, seeded history of an email program, in the layout of real exports, for
// the README's "Your own history in" (fit → simulate → report). Every number comes from the truths below and one
// seeded generator: `node scripts/make-history.mjs` writes the same bytes every time (`--seed N` for another draw,
// `--out DIR` for another folder). examples/history/README.md states the truths, so a reader can judge the fit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '20250107' }, out: { type: 'string', default: 'examples/history' } } });

/** The truths the data are drawn from: per segment (Mailchimp "List"), the long-run mean of each rate and how much campaigns vary around it. */
const TRUTH = {
  start: '2021-01-05', // the first send, a Tuesday; one campaign per list every Tuesday for 104 weeks
  weeks: 104,
  mppFrom: '2021-09-20', // Apple Mail Privacy Protection: machine opens from iOS 15 on
  mppShare: 0.25, // share of the delivered emails not opened by a person that Apple's proxy opens opened by Apple's proxy once MPP is adopted (reached linearly over 14 weeks)
  retention: { alpha: 0.3, beta: 1.5 }, // shifted-beta-geometric, periods of 1 month: each subscriber's monthly churn θ ~ Beta(α, β)
  lists: {
    Newsletter: {
      subscribers: 16000, // on 2021-01-01, with 1 to 36 months of tenure
      newPerMonth: 350, // sign-ups in the first month, growing 1 % a month
      openRate: 0.21, // human unique opens / delivered, long-run mean
      clickRate: 0.016, // unique clicks / delivered
      conversionRate: 0.03, // orders / unique clicks
      churnPerEmail: 0.0016, // (unsubscribes + complaints + hard bounces) / delivered
      averageOrderValue: 58,
    },
    Customers: {
      subscribers: 4000,
      newPerMonth: 70,
      openRate: 0.38,
      clickRate: 0.045,
      conversionRate: 0.07,
      churnPerEmail: 0.0008,
      averageOrderValue: 84,
    },
  },
  // κ of the campaign-to-campaign beta, per rate: a campaign's rate ~ Beta(κ·mean, κ·(1 − mean)), sd = √(mean·(1 − mean)/(κ + 1)).
  concentration: { openRate: 150, clickRate: 400, conversionRate: 300, churnPerEmail: 3000 },
  growthMonthly: 0.01,
  softBounce: 0.003, // of recipients; soft bounces are not lost
};

// --- a seeded generator (mulberry32) and the distributions drawn from it ---
let state = Number(values.seed) >>> 0;
const uniform = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
/** Gamma(shape, 1), Marsaglia–Tsang (shape < 1 boosted). */
const gamma = (shape) => {
  if (shape < 1) return gamma(shape + 1) * (1 - uniform()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal();
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - uniform()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
};
const beta = (a, b) => {
  const x = gamma(a);
  return x / (x + gamma(b));
};
/** Binomial(n, p): by inversion when the mean is small, else the normal approximation (rounded, kept in 0…n). */
const binomial = (n, p) => {
  if (n <= 0 || p <= 0) return 0;
  if (n * p < 30) {
    let [k, probability, u] = [0, (1 - p) ** n, uniform()];
    while (u > probability && k < n) {
      u -= probability;
      probability *= ((n - k) / (k + 1)) * (p / (1 - p));
      k += 1;
    }
    return k;
  }
  return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal())));
};

// --- dates ---
const DAY = 86_400_000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Mailchimp's "Send Date": `Jan 05, 2021 10:00 AM`. */
const mailchimpDate = (day) => {
  const d = new Date(day * DAY);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')}, ${d.getUTCFullYear()} 10:00 AM`;
};
/** Mailchimp's member times: `2021-03-14 18:02:11`. */
const memberTime = (dayWithFraction) => new Date(Math.round((dayWithFraction * DAY) / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
const monthStart = (year, month) => Date.UTC(year, month, 1) / DAY;

// --- the audience: every subscriber's sign-up and (when they left) unsubscribe day, month by month ---
const first = dayOf(TRUTH.start);
const [startYear, startMonth] = [new Date(first * DAY).getUTCFullYear(), new Date(first * DAY).getUTCMonth()];
const monthsCovered = 24;
const { alpha, beta: betaR } = TRUTH.retention;
const people = [];
for (const [list, truth] of Object.entries(TRUTH.lists)) {
  // The list on hand: joined 1 to 36 months before the history starts, each one's monthly churn drawn given the
  // tenure - 1 months they have stayed (Beta(α, β + tenure - 1)); their tenure-th month ends in the first month of the history.
  for (let i = 0; i < truth.subscribers; i++) {
    const tenure = 1 + Math.floor(uniform() * 36);
    people.push({ list, joined: monthStart(startYear, startMonth - tenure) + uniform() * 28, theta: beta(alpha, betaR + tenure - 1), tenure });
  }
  for (let m = 0; m < monthsCovered; m++) {
    const count = binomial(Math.round(2 * truth.newPerMonth * (1 + TRUTH.growthMonthly) ** m), 0.5);
    const from = monthStart(startYear, startMonth + m);
    const days = monthStart(startYear, startMonth + m + 1) - from;
    for (let i = 0; i < count; i++) people.push({ list, joined: from + uniform() * days, theta: beta(alpha, betaR), tenure: 1, isNew: true });
  }
}
// In each month of tenure (30.4375 days) that ends before the history does, a subscriber leaves with probability θ; the
// unsubscribe falls inside that month, 10 % to 85 % of the way through, so that it counts in the same month of tenure
// however the days are counted (calendar months or 30.4375 days).
const MONTH = 30.4375;
const end = monthStart(startYear, startMonth + monthsCovered);
for (const person of people) {
  for (let k = Math.max(1, person.tenure); person.joined + k * MONTH <= end; k++) {
    if (uniform() < person.theta) {
      person.left = person.joined + (k - 0.9 + 0.75 * uniform()) * MONTH;
      break;
    }
  }
}
const members = people.filter((p) => p.left === undefined || p.left >= monthStart(startYear, startMonth));
const aliveOn = (list, day) => members.filter((p) => p.list === list && p.joined <= day && (p.left === undefined || p.left > day)).length;

// --- campaigns.csv: Mailchimp's campaign report export ---
const header = [
  'Title',
  'Subject',
  'List',
  'Send Date',
  'Send Weekday',
  'Total Recipients',
  'Successful Deliveries',
  'Soft Bounces',
  'Hard Bounces',
  'Total Bounces',
  'Times Forwarded',
  'Forwarded Opens',
  'Unique Opens',
  'Open Rate',
  'Total Opens',
  'Unique Clicks',
  'Click Rate',
  'Total Clicks',
  'Unsubscribes',
  'Abuse Complaints',
  'Times Liked on Facebook',
  'Folder Id',
  'Unique Id',
  'Total Orders',
  'Total Gross Sales',
  'Total Revenue',
];
const topics = ['New arrivals', 'Weekend sale', 'How-to guide', 'Customer stories', 'Last chance', 'Seasonal picks', 'Behind the scenes', 'Gift ideas'];
const percent = (part, whole) => `${whole === 0 ? '0.00' : ((100 * part) / whole).toFixed(2)}%`;
const csvCell = (value) => (/[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));
const rows = [];
const mppAt = (day) => (day < dayOf(TRUTH.mppFrom) ? 0 : TRUTH.mppShare * Math.min(1, (day - dayOf(TRUTH.mppFrom)) / (14 * 7)));
for (let w = 0; w < TRUTH.weeks; w++) {
  const day = first + 7 * w;
  for (const [list, truth] of Object.entries(TRUTH.lists)) {
    const draw = (rate) => {
      const [mean, k] = [truth[rate], TRUTH.concentration[rate]];
      return beta(k * mean, k * (1 - mean));
    };
    const recipients = aliveOn(list, day);
    const soft = binomial(recipients, TRUTH.softBounce);
    const churn = binomial(recipients - soft, draw('churnPerEmail'));
    const hard = binomial(churn, 0.2);
    const complaints = binomial(churn - hard, 0.06);
    const unsubscribes = churn - hard - complaints;
    const delivered = recipients - soft - hard;
    const human = binomial(delivered, draw('openRate'));
    const opens = human + binomial(delivered - human, mppAt(day));
    // A click needs a (human) open: clicks per delivered drawn, then capped by the human opens.
    const clicks = Math.min(human, binomial(delivered, draw('clickRate')));
    const orders = binomial(clicks, draw('conversionRate'));
    let revenue = 0;
    for (let o = 0; o < orders; o++) revenue += truth.averageOrderValue * Math.exp(0.5 * normal() - 0.125);
    const topic = topics[(w + (list === 'Customers' ? 3 : 0)) % topics.length];
    rows.push([
      `${list} ${isoOf(day)}`,
      `${topic}${list === 'Customers' ? ' (members only)' : ''}`,
      list,
      mailchimpDate(day),
      'Tuesday',
      recipients,
      delivered,
      soft,
      hard,
      soft + hard,
      binomial(human, 0.004),
      0,
      opens,
      percent(opens, delivered),
      opens + binomial(opens, 0.6),
      clicks,
      percent(clicks, delivered),
      clicks + binomial(clicks, 0.35),
      unsubscribes,
      complaints,
      0,
      0,
      `${(0x1000000 + Math.floor(uniform() * 0xeffffff)).toString(16)}${String(w).padStart(3, '0')}${list[0]}`,
      orders,
      revenue.toFixed(2),
      revenue.toFixed(2),
    ]);
  }
}

// --- list.csv: the size of both lists at each month's end, with sign-ups and leavers of the month ---
const listRows = [];
for (let m = 0; m < monthsCovered; m++) {
  const [from, to] = [monthStart(startYear, startMonth + m), monthStart(startYear, startMonth + m + 1)];
  const joined = members.filter((p) => p.joined >= from && p.joined < to).length;
  const left = members.filter((p) => p.left !== undefined && p.left >= from && p.left < to).length;
  const alive = members.filter((p) => p.joined < to && (p.left === undefined || p.left >= to)).length;
  listRows.push([isoOf(to - 1), alive, joined, left]);
}

// --- audience.csv: Mailchimp's audience export of everyone who signed up in the two years (subscribed and unsubscribed) ---
const audience = members
  .filter((p) => p.isNew)
  .sort((a, b) => a.joined - b.joined)
  .map((p, i) => [`user${String(i + 1).padStart(5, '0')}@example.com`, p.list, memberTime(p.joined), p.left === undefined ? '' : memberTime(p.left)]);

// --- base.json: what history cannot tell, and two hypotheses ---
const base = {
  $schema: '../../schema/scenario-file.schema.json',
  name: 'Two lists, two years of history (synthetic)',
  horizonsYears: [1, 3, 5],
  baseline: {
    subscribers: 20000,
    newSubscribersPerMonth: 700,
    emailsPerMonth: 4.33,
    clickRate: 0.02,
    clickRateBasis: 'delivered',
    conversionRate: 0.04,
    averageOrderValue: 60,
    grossMargin: 0.45,
    costPerThousandEmails: 3.5,
    churnPerEmail: 0.001,
    budgetPerMonth: 1200,
    discountRateAnnual: 0.1,
    segments: { Newsletter: { share: 0.8 }, Customers: { share: 0.2 } },
  },
  hypotheses: {
    'Customers twice a week': { segments: { Customers: { emailsPerMonth: 8.67 } } },
    'Newsletter every other week': { segments: { Newsletter: { emailsPerMonth: 2.17 } } },
  },
};

const out = values.out;
mkdirSync(out, { recursive: true });
const csv = (head, body) => `${[head, ...body].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
writeFileSync(join(out, 'campaigns.csv'), csv(header, rows));
writeFileSync(join(out, 'list.csv'), csv(['Date', 'Subscribers', 'New', 'Unsubscribed'], listRows));
writeFileSync(join(out, 'audience.csv'), csv(['Email Address', 'List', 'OPTIN_TIME', 'UNSUB_TIME'], audience));
writeFileSync(join(out, 'base.json'), `${JSON.stringify(base, null, 2)}\n`);
process.stdout.write(
  `wrote ${out}/campaigns.csv (${rows.length} campaigns), list.csv (${listRows.length} months), audience.csv (${audience.length} people), base.json (seed ${values.seed})\n`,
);
