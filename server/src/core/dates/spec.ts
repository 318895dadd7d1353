// What a date expression says, before it is resolved against the publication date.

/** "last Friday", "this week", "next March": which occurrence the writer points at; null when unsaid. */
export type Shift = 'last' | 'this' | 'next' | null;

export type DateSpec =
  /** Fully given by the text: "2026-01-22", "January 2026", "1959", "the 1960s", "now". */
  | { kind: 'fixed'; value: string }
  /** A day without its year: "Jan. 11", "3 January", "last Christmas"; `time` is "HH:MM" when a clock
   *  time is attached. */
  | { kind: 'dayOfYear'; month: number; day: number; time: string | null; shift: Shift }
  /** The n-th such weekday of a month, year left open: Thanksgiving (fourth Thursday of November). */
  | { kind: 'nthWeekday'; month: number; weekday: number; n: number; shift: Shift }
  /** A month without its year: "January", "last October". */
  | { kind: 'month'; month: number; shift: Shift }
  /** "Thursday", "last Friday", "next Monday". */
  | { kind: 'weekday'; weekday: number; shift: Shift }
  /** "today" (day 0), "yesterday" (day -1), "last week" (week -1), "two years ago" (year -2). */
  | { kind: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number }
  /** "the third quarter" (year from context), "the third quarter of 2025", "the latest quarter";
   *  `yearsBack` is 1 for "the year-earlier quarter". */
  | { kind: 'quarter'; quarter: number | 'latest' | 'current'; year: number | null; yearsBack: number }
  /** "the weekend", "last weekend", "this weekend". */
  | { kind: 'weekend'; shift: Shift }
  /** "last fall", "this summer". */
  | { kind: 'season'; season: string; shift: Shift }
  /** Recognisably a date, but not one that can be pinned down: "the end of the year". */
  | { kind: 'vague' };
