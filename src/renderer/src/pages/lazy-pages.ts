import { pageCode } from './lazy-page';

// The code of every page but the home screen and the team pages it links to: each loads when
// first shown, or ahead of that when the browser is idle on a page that leads to it.

export const dashboardPage = pageCode(() =>
  import('./dashboard/DashboardPage').then((m) => m.DashboardPage),
);
export const overviewPage = pageCode(() =>
  import('./overview/OverviewPage').then((m) => m.OverviewPage),
);
export const sharedScreenPage = pageCode(() =>
  import('./present/SharedScreenPage').then((m) => m.SharedScreenPage),
);
export const showThenFollow = pageCode(() =>
  import('./present/ShowThenFollow').then((m) => m.ShowThenFollow),
);
export const sessionReportPage = pageCode(() =>
  import('./report/SessionReportPage').then((m) => m.SessionReportPage),
);
export const teamReportPage = pageCode(() =>
  import('./report/TeamReportPage').then((m) => m.TeamReportPage),
);
export const sessionConsole = pageCode(() =>
  import('./session/SessionConsole').then((m) => m.SessionConsole),
);
export const settingsPage = pageCode(() =>
  import('./settings/SettingsPage').then((m) => m.SettingsPage),
);
export const templatePage = pageCode(() =>
  import('./team/TemplatePage').then((m) => m.TemplatePage),
);
