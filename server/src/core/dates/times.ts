// Clock times of day written in running text: "at around 11:30pm local time", "9 a.m.", "about an
// hour before midnight". A time is a span of minutes: an exact time is its minute, an approximate
// one ("around", "about") a quarter of an hour either side, the way outlets round what they are told.
import { pad } from './calendar';
import { COUNT_WORDS } from './lexicon';
import { timeAt } from './readers';
import { tokenize, type Token } from './tokens';

export interface TimeOfDay {
  start: number;
  end: number;
  text: string;
  /** "HH:MM", 24-hour. */
  value: string;
  /** Minutes after midnight the time may mean, inclusive. */
  from: number;
  to: number;
}

const APPROXIMATORS: ReadonlySet<string> = new Set(['around', 'about', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'circa']);
/** Either side of an approximate time; less than a quarter hour, so "around 11pm" and "around 11:30pm" differ. */
const APPROXIMATE_MINUTES = 14;
const MINUTES_PER_DAY = 24 * 60;
const CLOCK_WORDS: ReadonlyMap<string, number> = new Map([['midnight', 0], ['noon', 12 * 60], ['midday', 12 * 60]]);

/** The times of day written in text[start, end). */
export function timesOfDay(text: string, start: number, end: number): TimeOfDay[] {
  const tokens = tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const times: TimeOfDay[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = clockAt(tokens, i);
    if (!found) continue;
    const approximate = APPROXIMATORS.has(tokens[found.first - 1]?.lower ?? '');
    const first = approximate ? found.first - 1 : found.first;
    let last = found.next - 1;
    if (tokens[last + 1]?.lower === 'local' && tokens[last + 2]?.lower === 'time') last += 2;
    const spread = approximate ? APPROXIMATE_MINUTES : 0;
    const s = tokens[first]!.start;
    const e = tokens[last]!.end;
    times.push({ start: s, end: e, text: text.slice(s, e), value: `${pad(Math.floor(found.minutes / 60), 2)}:${pad(found.minutes % 60, 2)}`, from: found.minutes - spread, to: found.minutes + spread });
    i = last;
  }
  return times;
}

interface Clock {
  first: number;
  next: number;
  minutes: number;
}

/** "11:30pm", "9 a.m." (a number with minutes or a meridiem), or "midnight", "an hour before noon". */
function clockAt(tokens: Token[], i: number): Clock | null {
  const t = tokens[i]!;
  if (t.kind === 'num') {
    // timeAt reads only a number with minutes or a meridiem ("11:30", "9 a.m.").
    const time = timeAt(tokens, i);
    if (!time) return null;
    const written = tokens.slice(i, time.next).map((x) => x.text).join('');
    // "1:30" with no a.m. or p.m. may be either; "13:30" and "09:30" are read on a 24-hour clock.
    if (!/[ap]\.?m/i.test(written) && !t.text.startsWith('0') && +t.text >= 1 && +t.text <= 12) return null;
    const [h, m] = time.value.split(':').map(Number);
    return { first: i, next: time.next, minutes: h! * 60 + m! };
  }
  const clock = CLOCK_WORDS.get(t.lower);
  if (clock === undefined) return null;
  // "an hour before midnight", "two hours after noon", "half an hour before midnight"
  const direction = tokens[i - 1]?.lower;
  const unit = tokens[i - 2]?.lower;
  if ((direction === 'before' || direction === 'after') && (unit === 'hour' || unit === 'hours' || unit === 'minutes')) {
    const countWord = tokens[i - 3];
    const half = countWord?.lower === 'an' && tokens[i - 4]?.lower === 'half';
    const count = half ? 0.5 : countWord?.kind === 'num' ? +countWord.text : COUNT_WORDS.get(countWord?.lower ?? '');
    if (count !== undefined) {
      const minutes = unit === 'minutes' ? count : count * 60;
      const signed = direction === 'before' ? -minutes : minutes;
      return { first: i - (half ? 4 : 3), next: i + 1, minutes: (((clock + signed) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY };
    }
  }
  return { first: i, next: i + 1, minutes: clock };
}
