import { Migration20261125000000PeopleAndAudit } from './Migration20261125000000PeopleAndAudit.ts';
import { Migration20261125120000QueuesCasesDecisions } from './Migration20261125120000QueuesCasesDecisions.ts';
import { Migration20261125130000Wellness } from './Migration20261125130000Wellness.ts';
import { Migration20261125140000EventsAfterCommit } from './Migration20261125140000EventsAfterCommit.ts';
import { Migration20261125150000ClaimIndexes } from './Migration20261125150000ClaimIndexes.ts';
import { Migration20261125160000Escalations } from './Migration20261125160000Escalations.ts';
import { Migration20261125170000Calibration } from './Migration20261125170000Calibration.ts';
import { Migration20261125180000QualityReview } from './Migration20261125180000QualityReview.ts';
import { Migration20261125190000Training } from './Migration20261125190000Training.ts';
import { Migration20261125200000PerformanceReviews } from './Migration20261125200000PerformanceReviews.ts';
import { Migration20261202060000LeaseClaimOrder } from './Migration20261202060000LeaseClaimOrder.ts';
import { Migration20261202100000CompulsoryEscalations } from './Migration20261202100000CompulsoryEscalations.ts';
import { Migration20261202100100ServerHandleTime } from './Migration20261202100100ServerHandleTime.ts';
import { Migration20261202110000DashboardRollups } from './Migration20261202110000DashboardRollups.ts';
import { Migration20261202130000ReportRollups } from './Migration20261202130000ReportRollups.ts';
import { Migration20261203090000DecisionFeed } from './Migration20261203090000DecisionFeed.ts';
import { Migration20261204090000EnforcementLists } from './Migration20261204090000EnforcementLists.ts';
import { Migration20261204100000JobWorkers } from './Migration20261204100000JobWorkers.ts';
import { Migration20261204110000Webhooks } from './Migration20261204110000Webhooks.ts';
import { Migration20261204120000Appeals } from './Migration20261204120000Appeals.ts';
import { Migration20261204130000TokenRateLimits } from './Migration20261204130000TokenRateLimits.ts';
import { Migration20261202120000Reports } from './Migration20261202120000Reports.ts';

/** Migrations in the order they run. `npm run migration:create` appends here. */
export const migrationsList = [
  { name: 'Migration20261125000000PeopleAndAudit', class: Migration20261125000000PeopleAndAudit },
  { name: 'Migration20261125120000QueuesCasesDecisions', class: Migration20261125120000QueuesCasesDecisions },
  { name: 'Migration20261125130000Wellness', class: Migration20261125130000Wellness },
  { name: 'Migration20261125140000EventsAfterCommit', class: Migration20261125140000EventsAfterCommit },
  { name: 'Migration20261125150000ClaimIndexes', class: Migration20261125150000ClaimIndexes },
  { name: 'Migration20261125160000Escalations', class: Migration20261125160000Escalations },
  { name: 'Migration20261125170000Calibration', class: Migration20261125170000Calibration },
  { name: 'Migration20261125180000QualityReview', class: Migration20261125180000QualityReview },
  { name: 'Migration20261125190000Training', class: Migration20261125190000Training },
  { name: 'Migration20261125200000PerformanceReviews', class: Migration20261125200000PerformanceReviews },
  { name: 'Migration20261202060000LeaseClaimOrder', class: Migration20261202060000LeaseClaimOrder },
  { name: 'Migration20261202100000CompulsoryEscalations', class: Migration20261202100000CompulsoryEscalations },
  { name: 'Migration20261202100100ServerHandleTime', class: Migration20261202100100ServerHandleTime },
  { name: 'Migration20261202110000DashboardRollups', class: Migration20261202110000DashboardRollups },
  { name: 'Migration20261202120000Reports', class: Migration20261202120000Reports },
  { name: 'Migration20261202130000ReportRollups', class: Migration20261202130000ReportRollups },
  { name: 'Migration20261203090000DecisionFeed', class: Migration20261203090000DecisionFeed },
  { name: 'Migration20261204090000EnforcementLists', class: Migration20261204090000EnforcementLists },
  { name: 'Migration20261204100000JobWorkers', class: Migration20261204100000JobWorkers },
  { name: 'Migration20261204110000Webhooks', class: Migration20261204110000Webhooks },
  { name: 'Migration20261204120000Appeals', class: Migration20261204120000Appeals },
  { name: 'Migration20261204130000TokenRateLimits', class: Migration20261204130000TokenRateLimits },
];
