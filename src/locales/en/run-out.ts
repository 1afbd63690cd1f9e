// English reference copy for the run-out date, said the same way by the banner and UsageSummary.
export const runOut = {
  today: 'today',
  tomorrow: 'tomorrow',
  todayOrTomorrow: 'today or tomorrow',
  /** {date}: one day ("Dec 3") or a range ("Dec 1 – 2"). */
  around: 'around {date}',
};
