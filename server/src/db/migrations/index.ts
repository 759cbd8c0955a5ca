import { Migration20261125000000PeopleAndAudit } from './Migration20261125000000PeopleAndAudit.ts';

/** Migrations in the order they run. `npm run migration:create` appends here. */
export const migrationsList = [
  { name: 'Migration20261125000000PeopleAndAudit', class: Migration20261125000000PeopleAndAudit },
];
